/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, every text from
 * the repository escaped, so it can be mailed or attached to a retro and opened anywhere.
 */
import type { TeamInsights } from '../core/insights/index';
import { escapeHtml } from '../core/util/escape';

const KIND_COLOURS: Record<string, string> = { technical: '#3b82f6', procedural: '#f59e0b', cultural: '#a855f7', personal: '#10b981', untagged: '#9ca3af' };

function frictionChart(insights: TeamInsights): string {
  const weeks = insights.friction.weeks;
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const barWidth = 28;
  const height = 120;
  const bars = weeks.map((w, i) => {
    let y = height;
    const parts = Object.entries(w.counts).filter(([, n]) => n > 0).map(([kind, n]) => {
      const h = (n / max) * (height - 10);
      y -= h;
      return `<rect x="${i * (barWidth + 6)}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${KIND_COLOURS[kind] ?? '#888'}"><title>${escapeHtml(`${w.week}: ${n} ${kind}`)}</title></rect>`;
    });
    return `${parts.join('')}<text x="${i * (barWidth + 6) + barWidth / 2}" y="${height + 14}" font-size="9" text-anchor="middle">${escapeHtml(w.week.slice(5))}</text>`;
  });
  const label = weeks.map((w) => `${w.week}: ${w.total}`).join(', ');
  return `<svg role="img" aria-label="${escapeHtml(`Reflections per week by friction kind. ${label}`)}" width="${Math.max(1, weeks.length) * (barWidth + 6)}" height="${height + 20}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

export function reportHtml(insights: TeamInsights, title: string, generatedAt: string): string {
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '<p class="muted">None.</p>');
  const blockers = insights.recurring.map((b) => `<li><strong>${escapeHtml(b.terms.join(', '))}</strong> — ${b.size} reflections, ${escapeHtml(b.firstSeen)} to ${escapeHtml(b.lastSeen)}${b.quotes.map((q) => `<blockquote>${escapeHtml(q.text)} <span class="muted">(${escapeHtml(q.path)})</span></blockquote>`).join('')}</li>`);
  const owners = insights.actions.openByOwner.map((o) => `<li><strong>${escapeHtml(o.owner)}</strong>: ${o.actions.length} open${o.overdue ? `, ${o.overdue} overdue` : ''}<ul>${o.actions.map((a) => `<li>${escapeHtml(a.text)} <span class="muted">${a.overdue ? `overdue by ${a.daysOverdue} d · ` : ''}${a.ageDays} d old · ${escapeHtml(a.path)}</span></li>`).join('')}</ul></li>`);
  const ft = insights.actions.followThrough;
  const legend = Object.entries(KIND_COLOURS).map(([k, c]) => `<span class="key"><span class="swatch" style="background:${c}"></span>${k}</span>`).join(' ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#1f2328;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}.muted{color:#8d96a0}}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #8884}
.muted{color:#656d76}.numbers{display:flex;gap:2em}.numbers div{font-size:1.8em;font-weight:600}.numbers span{display:block;font-size:.5em;font-weight:400}
blockquote{margin:.3em 0 .3em 1em;padding-left:.8em;border-left:3px solid #8886}.key{margin-right:1em}.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
svg text{fill:currentColor}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${escapeHtml(insights.period.from)} to ${escapeHtml(insights.period.to)} · generated ${escapeHtml(generatedAt)} · ${insights.documents} team reflections. Private reflections are never included; anonymous ones name nobody.</p>
<div class="numbers"><div>${insights.documents}<span>reflections</span></div><div>${insights.actions.openByOwner.reduce((n, o) => n + o.actions.length, 0)}<span>open actions</span></div><div>${ft.overdue}<span>overdue</span></div><div>${ft.rate === null ? '–' : `${Math.round(ft.rate * 100)} %`}<span>follow-through</span></div></div>
<h2>Friction by week</h2>${frictionChart(insights)}<p>${legend}</p>
<h2>Recurring blockers</h2>${list(blockers)}
<h2>Open actions by owner</h2>${list(owners)}
</body></html>
`;
}
