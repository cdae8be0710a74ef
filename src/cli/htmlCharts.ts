/**
 * The HTML report's charts: the Team Review's chart model (core/insights/chartModel.ts) written
 * as SVG text. Every text is escaped; colours are presentation attributes (so a mail client
 * that drops the stylesheet still shows them) that the report's stylesheet overrides for dark
 * mode. Stacked parts carry the Team Review's textures too, so no kind is told by colour
 * alone. Labels are 12 px, one unit to one CSS pixel at the width the report lays them out at.
 * Each chart is an image with a text alternative and is followed by a table of its numbers,
 * so the figures read the same where SVG is not shown (many mail clients, screen readers).
 */
import {
  frictionChartModel, pulseChartModel, pulseSeries, shareBarModel, TEXTURES, TEXTURE_TILE,
  type ShareKey, type WeekAxes,
} from '../core/insights/chartModel';
import { FRICTION_BUCKETS, type FrictionBucket, type TeamInsights } from '../core/insights/index';
import { escapeHtml } from '../core/util/escape';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { bucketLabels, pulseLabel } from '../core/insights/labels';

/** The width the report lays its charts out at: fits a mail window and an A4 page. */
export const REPORT_CHART_WIDTH = 640;
/** The report's label size: above the 11 px floor every chart keeps. */
const LABEL_PX = 12;
/** As many pulse dimensions as the Team Review draws. */
const PULSE_SERIES_MAX = 15;

export const BUCKET_COLOURS: Record<FrictionBucket, string> = { technical: '#2f6fde', procedural: '#c27c0e', cultural: '#9a4fd6', personal: '#1a8a4a', untagged: '#8a939c' };
export const SERIES_COLOURS = ['#2f6fde', '#d4571c', '#1a8a4a', '#9a4fd6', '#c7304a'];
export const SHARE_COLOURS: Record<ShareKey, string> = { done: '#1a8a4a', dropped: '#8a939c', overdue: '#c7304a', pending: '#2f6fde' };
const shareNames = (t: Translate): Record<ShareKey, string> => ({ done: t('Done'), dropped: t('Dropped'), overdue: t('Overdue'), pending: t('Still open') });

const e = (text: string | number): string => escapeHtml(String(text));
const n = (value: number): string => String(value);

/** Scaled down to a narrow window inline too, where a mail client drops the stylesheet. */
function svgOpen(label: string, width: number, height: number, cls: string, style = 'max-width:100%;height:auto'): string {
  return `<svg class="${cls}" role="img" aria-label="${e(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="${style}" xmlns="http://www.w3.org/2000/svg">`;
}

function axes(m: WeekAxes): string {
  const grid = m.ticks.map((t) => `<line class="grid" x1="${n(m.plot.left)}" x2="${n(m.plot.right)}" y1="${n(t.y)}" y2="${n(t.y)}" stroke="#d0d7de" stroke-width="1"/>` +
    `<text x="${n(m.tickX)}" y="${n(t.y + 4)}" text-anchor="end" font-size="${LABEL_PX}" fill="#57606a">${e(t.value)}</text>`);
  const weeks = m.weekLabels.map((l) => `<text x="${n(l.x)}" y="${n(m.weekLabelY)}" text-anchor="middle" font-size="${LABEL_PX}" fill="#57606a">${e(l.text)}</text>`);
  return `<g aria-hidden="true">${grid.join('')}${weeks.join('')}</g>`;
}

/** The patterns (chartModel's TEXTURES) textured parts refer to: kinds differ by pattern as well as colour. */
function textureDefs(keys: readonly string[]): string {
  const patterns = keys.filter((k) => TEXTURES[k]).map((k) => `<pattern id="texture-${k}" width="${TEXTURE_TILE}" height="${TEXTURE_TILE}" patternUnits="userSpaceOnUse">` +
    `<path d="${TEXTURES[k]}" fill="none" stroke="#ffffff" stroke-width="1.2"/></pattern>`);
  return `<defs>${patterns.join('')}</defs>`;
}

/** A part of a bar: its colour, and its texture over it (the tooltip stays the coloured part's). */
function part(key: string, cls: string, colour: string, box: { x: number; y: number; width: number; height: number }, title: string): string {
  const at = `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"`;
  const texture = TEXTURES[key] ? `<rect ${at} fill="url(#texture-${key})" pointer-events="none"/>` : '';
  return `<rect class="${cls}" ${at} fill="${colour}"><title>${e(title)}</title></rect>${texture}`;
}

function legend(items: Array<{ colour: string; cls: string; label: string; texture?: string }>): string {
  // Sized inline too: a mail client without the stylesheet still shows each colour next to its name.
  const swatch = (i: { colour: string; cls: string; texture?: string }) => (i.texture && TEXTURES[i.texture]
    ? `<svg class="swatch ${i.cls}" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" style="margin-right:.3em;vertical-align:-1px"><rect width="12" height="12" fill="${i.colour}"/><rect width="12" height="12" fill="url(#texture-${i.texture})"/></svg>`
    : `<span class="swatch ${i.cls}" style="display:inline-block;width:.8em;height:.8em;margin-right:.3em;background:${i.colour}"></span>`);
  return `<ul class="legend">${items.map((i) => `<li>${swatch(i)}${e(i.label)}</li>`).join('')}</ul>`;
}

function table(caption: string, head: string[], rows: Array<Array<string | number>>): string {
  const cells = (row: Array<string | number>) => row.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('');
  return `<div style="overflow-x:auto"><table class="numbers"><caption>${e(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</tbody></table></div>`;
}

export function frictionSection(insights: TeamInsights, t: Translate = ENGLISH): string {
  const m = frictionChartModel(insights.friction.weeks, FRICTION_BUCKETS, REPORT_CHART_WIDTH);
  const labels = bucketLabels(t);
  const breakdown = m.breakdown.map((b) => `${labels[b.bucket]} ${b.count}`).join(', ');
  const label = `${t('Friction by week, {0} to {1}: {2} reflections reporting friction over {3} weeks.', insights.period.from, insights.period.to, m.reflections, m.rows.length)} ${breakdown}`;
  const bars = m.segments.map((g) => part(g.bucket, `b-${g.bucket}`, BUCKET_COLOURS[g.bucket], g, `${g.week} · ${labels[g.bucket]}: ${g.value}`));
  return [
    `<section><h2>${e(t('Friction by week'))}</h2>`,
    m.reflections ? '' : `<p class="muted">${e(t('No reflection in this period reports friction.'))}</p>`,
    `${svgOpen(label, m.width, m.height, 'chart')}${textureDefs(FRICTION_BUCKETS)}${axes(m)}<g>${bars.join('')}</g></svg>`,
    legend(FRICTION_BUCKETS.map((b) => ({ colour: BUCKET_COLOURS[b], cls: `b-${b}`, label: labels[b], texture: b }))),
    table(t('Friction by week'), [t('Week'), ...FRICTION_BUCKETS.map((b) => labels[b]), t('Total')], m.rows.map((r) => [r.week, ...r.counts, r.total])),
    '</section>',
  ].join('');
}

export function pulseSection(insights: TeamInsights, t: Translate = ENGLISH): string {
  const weeks = insights.pulse.weeks.map((w) => w.week);
  const pulse = { ...insights.pulse, dimensions: insights.pulse.dimensions.map((d) => ({ ...d, label: pulseLabel(d, t) })) };
  const m = pulseChartModel(weeks, pulseSeries(pulse, PULSE_SERIES_MAX), REPORT_CHART_WIDTH);
  const heading = `<section><h2>${e(t('Pulse trends'))}</h2>`;
  if (!m.series.length) return `${heading}<p class="muted">${e(t('No pulse checks in this period.'))}</p></section>`;
  const mean = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  const label = `${t('Mean pulse ratings from 1 to 5 by week.')} ${m.series.map((d) => `${d.label} ${mean(d.mean)}`).join(', ')}`;
  const lines = m.series.map((d) => {
    const colour = SERIES_COLOURS[d.colour];
    return `<g class="d-${d.colour}">${d.lines.map((points) => `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"/>`).join('')}` +
      `${d.points.map((p) => `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="3.5" fill="${colour}"><title>${e(`${p.week} · ${d.label}: ${p.value}`)}</title></circle>`).join('')}</g>`;
  });
  return [
    heading,
    `${svgOpen(label, m.width, m.height, 'chart')}${axes(m)}${lines.join('')}</svg>`,
    legend(m.series.map((d) => ({ colour: SERIES_COLOURS[d.colour], cls: `d-${d.colour}`, label: `${d.label} (${mean(d.mean)})` }))),
    table(t('Mean pulse rating by week'), [t('Week'), ...m.series.map((d) => d.label)], m.rows.map((r) => [r.week, ...r.values.map((v) => (v === null ? '–' : v))])),
    '</section>',
  ].join('');
}

export function followThroughSection(insights: TeamInsights, t: Translate = ENGLISH): string {
  const ft = insights.actions.followThrough;
  const m = shareBarModel({ done: ft.done, dropped: ft.dropped, overdue: ft.overdue, pending: ft.pending });
  const names = shareNames(t);
  const rate = ft.rate === null ? '' : ` <span class="rate">${Math.round(ft.rate * 100)} %</span>`;
  const heading = `<section><h2>${e(t('Follow-through'))}${rate}</h2>`;
  if (!m.sum) return `${heading}<p class="muted">${e(t('No actions were named in this period.'))}</p></section>`;
  const label = t('Of {0} actions named in the period: {1} done, {2} dropped, {3} overdue, {4} still open.', ft.opened, ft.done, ft.dropped, ft.overdue, ft.pending);
  const parts = m.parts.filter((p) => p.value).map((p) => part(p.key, `f-${p.key}`, SHARE_COLOURS[p.key], { x: p.x, y: 0, width: Math.max(1, p.width), height: m.height }, `${names[p.key]}: ${p.value}`));
  return [
    heading,
    // One bar without text: stretched to the page's width, whatever its own units.
    `${svgOpen(label, m.width, m.height, 'bar', `width:100%;height:${m.height}px`).replace('<svg ', '<svg preserveAspectRatio="none" ')}${textureDefs(m.parts.map((p) => p.key))}${parts.join('')}</svg>`,
    legend(m.parts.map((p) => ({ colour: SHARE_COLOURS[p.key], cls: `f-${p.key}`, label: `${names[p.key]} ${p.value}`, texture: p.key }))),
    `<p class="muted">${e(label)}</p>`,
    '</section>',
  ].join('');
}
