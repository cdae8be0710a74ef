/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, every text from
 * the repository escaped, so it can be mailed or attached to a retro and opened anywhere. It
 * has the Team Review's sections, with the same charts (one chart model, htmlCharts.ts), and
 * reads in light and dark (prefers-color-scheme) and on paper.
 */
import type { TeamInsights } from '../core/insights/index';
import { escapeHtml } from '../core/util/escape';
import { BUCKET_COLOURS, SERIES_COLOURS, SHARE_COLOURS, followThroughSection, frictionSection, pulseSection } from './htmlCharts';
import { areasHtml } from './areas';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { ownerLabel } from '../core/insights/labels';

const e = (text: string | number): string => escapeHtml(String(text));

/** Dark variants of the chart colours: lighter, so they keep their contrast on a dark page. */
const DARK = {
  buckets: { technical: '#6ea8ff', procedural: '#e3a33b', cultural: '#c08cf0', personal: '#4cc27e', untagged: '#9aa4ae' },
  series: ['#6ea8ff', '#f0884e', '#4cc27e', '#c08cf0', '#f0697f'],
  shares: { done: '#4cc27e', dropped: '#9aa4ae', overdue: '#f0697f', pending: '#6ea8ff' },
};

/** Chart colours as rules: presentation attributes carry the light ones, these win where styles apply. */
function colourRules(buckets: Record<string, string>, series: readonly string[], shares: Record<string, string>): string {
  return [
    ...Object.entries(buckets).map(([b, c]) => `.b-${b}{fill:${c};background:${c}!important}`),
    ...series.map((c, i) => `.d-${i} polyline{stroke:${c}}.d-${i} circle{fill:${c}}.swatch.d-${i}{background:${c}!important}`),
    ...Object.entries(shares).map(([k, c]) => `.f-${k}{fill:${c};background:${c}!important}`),
  ].join('');
}

const STYLE = `
:root{color-scheme:light dark}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#1f2328;background:#fff}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
.muted{color:#59636e}.rate{font-weight:400;color:#59636e}
.headline{display:flex;flex-wrap:wrap;gap:1em 2.5em;margin:1em 0}.headline div{font-size:1.8em;font-weight:600;line-height:1.2}.headline span{display:block;font-size:.5em;font-weight:400;color:#59636e}
svg{display:block;max-width:100%;height:auto;overflow:visible}svg.bar{width:100%;height:20px;margin:.4em 0}
svg text{font-family:inherit;font-size:12px;fill:#57606a}svg .grid{stroke:#d0d7de}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2em 1.2em;padding:0;margin:.5em 0;font-size:.9em}.legend li{display:inline-flex;align-items:center;gap:.4em}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px}
table.numbers{border-collapse:collapse;font-size:.85em;margin:.6em 0;font-variant-numeric:tabular-nums}
table.numbers caption{text-align:left;color:#59636e;padding-bottom:.2em}
table.numbers th,table.numbers td{border:1px solid #d0d7de;padding:.15em .6em;text-align:right}table.numbers th[scope=row]{text-align:left;font-weight:400}
blockquote{margin:.3em 0 .3em 1em;padding-left:.8em;border-left:3px solid #d0d7de}
li{overflow-wrap:anywhere}
${colourRules(BUCKET_COLOURS, SERIES_COLOURS, SHARE_COLOURS)}
@media (prefers-color-scheme:dark){
body{color:#e6edf3;background:#0d1117}h2,table.numbers th,table.numbers td{border-color:#3d444d}
.muted,.rate,.headline span,table.numbers caption{color:#9198a1}svg text{fill:#9198a1}svg .grid{stroke:#3d444d}blockquote{border-left-color:#3d444d}
${colourRules(DARK.buckets, DARK.series, DARK.shares)}
}
@media print{
body{margin:0;max-width:none;color:#000;background:#fff;font-size:11pt}section{break-inside:avoid}
.muted,.rate,.headline span,table.numbers caption{color:#444}svg text{fill:#333}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
${colourRules(BUCKET_COLOURS, SERIES_COLOURS, SHARE_COLOURS)}
}`;

function headline(insights: TeamInsights, t: Translate): string {
  const ft = insights.actions.followThrough;
  const open = insights.actions.openByOwner.reduce((n, o) => n + o.actions.length, 0);
  const overdue = insights.actions.openByOwner.reduce((n, o) => n + o.overdue, 0);
  const stat = (value: string | number, label: string) => `<div>${e(value)} <span>${e(label)}</span></div>`;
  return `<div class="headline">${stat(insights.reflections.total, t('reflections in the period'))}${stat(open, t('open actions'))}${stat(overdue, t('overdue'))}` +
    `${stat(ft.rate === null ? '–' : `${Math.round(ft.rate * 100)} %`, t('follow-through'))}</div>`;
}

function list(items: string[], none: string): string {
  return items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${e(none)}</p>`;
}

function blockersSection(insights: TeamInsights, t: Translate): string {
  const items = insights.recurring.map((b) => `<li><strong>${e(b.terms.join(' · '))}</strong> — ${e(t.plural(b.size, '{0} reflection, {1} to {2}', '{0} reflections, {1} to {2}', b.firstSeen, b.lastSeen))}` +
    `${b.quotes.map((q) => `<blockquote>${e(q.text)} <span class="muted">(${e(q.path)})</span></blockquote>`).join('')}</li>`);
  return `<section><h2>${e(t('Recurring blockers'))}</h2>${list(items, t('No blockers came up more than once in this period.'))}</section>`;
}

function actionNote(a: TeamInsights['actions']['openByOwner'][number]['actions'][number], t: Translate): string {
  const overdue = a.overdue ? `${t('overdue by {0} d', a.daysOverdue)} · ` : '';
  const due = a.due ? `${t('due {0}', a.due)} · ` : '';
  return `${overdue}${due}${t('{0} d old', a.ageDays)} · ${a.path}`;
}

function ownersSection(insights: TeamInsights, t: Translate): string {
  const items = insights.actions.openByOwner.map((o) => `<li><strong>${e(ownerLabel(o.owner, t))}</strong>: ${e(t('{0} open', o.actions.length))}${o.overdue ? e(t(', {0} overdue', o.overdue)) : ''}<ul>` +
    o.actions.map((a) => `<li>${e(a.text)} <span class="muted">${e(actionNote(a, t))}</span></li>`).join('') +
    '</ul></li>');
  return `<section><h2>${e(t('Open actions by owner'))}</h2>${list(items, t('No open actions.'))}</section>`;
}

export function reportHtml(insights: TeamInsights, title: string, generatedAt: string, t: Translate = ENGLISH): string {
  return `<!DOCTYPE html>
<html lang="${t.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="color-scheme" content="light dark">
<title>${e(title)}</title>
<style>${STYLE}</style></head><body>
<h1>${e(title)}</h1>
<p class="muted">${e(t('{0} to {1} · generated {2}. Private reflections are never included; anonymous ones name nobody.', insights.period.from, insights.period.to, generatedAt))}</p>
${headline(insights, t)}
${frictionSection(insights, t)}
${pulseSection(insights, t)}
${followThroughSection(insights, t)}
${blockersSection(insights, t)}
${ownersSection(insights, t)}
${areasHtml(insights.areas, t)}
</body></html>
`;
}
