/**
 * The review's charts as inline SVG, drawn with createElementNS only from the one chart model
 * (src/core/insights/chartModel.ts) the HTML report draws too: same scales, same stacks, same
 * ticks. Colours come from CSS classes (media/review.css) that use the theme's chart colours.
 * Each chart is an image with an aria-label that says what it shows, followed by a visually
 * hidden table of its numbers.
 *
 * Charts with text are drawn at the width they are shown at (the app measures it), one SVG
 * unit to one CSS pixel: a chart scaled down to a narrow panel would shrink its labels below
 * the 11 px the stylesheet sets.
 */
import {
  frictionChartModel, pulseChartModel, shareBarModel, TEXTURES, TEXTURE_TILE,
  type ShareKey, type WeekAxes,
} from '../../core/insights/chartModel';
import { REVIEW_BUCKETS, type ReviewStringKey, type ReviewView } from './protocol';
import { h, s } from '../shared/dom';

/** Looks up a localised text and fills its placeholders. */
export type T = (key: ReviewStringKey, ...values: Array<string | number>) => string;

/** The width charts are drawn at before the app has measured where they go. */
export const DEFAULT_CHART_WIDTH = 440;

function svgRoot(label: string, id: string, w: number, height: number): SVGSVGElement {
  return s('svg', { id, class: 'chart', viewBox: `0 0 ${w} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}

/**
 * A table only screen readers see: the chart's numbers, row by row. Hidden through a wrapper:
 * a table is as wide as its cells whatever its own width says, and would widen the page.
 */
function hiddenTable(caption: string, head: string[], rows: Array<Array<string | number>>): HTMLElement {
  return h('div', { class: 'visually-hidden' }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c)) : h('td', {}, String(c)))))))));
}

function legend(items: Array<{ cls: string; label: string; texture?: string }>): HTMLElement {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...items.map((i) => h('li', {}, swatch(i.cls, i.texture), i.label)));
}

const textureId = (key: string): string => `texture-${key}`;

/** The patterns (chartModel's TEXTURES) a chart's textured parts refer to (`fill="url(#texture-…)"`). */
function textureDefs(keys: readonly string[]): SVGDefsElement {
  return s('defs', {}, ...keys.filter((k) => TEXTURES[k]).map((k) =>
    s('pattern', { id: textureId(k), width: TEXTURE_TILE, height: TEXTURE_TILE, patternUnits: 'userSpaceOnUse' }, s('path', { class: 'texture', d: TEXTURES[k] as string }))));
}

/** A textured overlay on a part of a bar: the pattern only, so the part's tooltip still shows through. */
function textureOver(key: string, box: { x: number; y: number; width: number; height: number }): SVGRectElement | null {
  return TEXTURES[key] ? s('rect', { class: 'texture-over', fill: `url(#${textureId(key)})`, ...box }) : null;
}

/** A legend's swatch: the colour, with the same texture as the chart's parts. */
function swatch(cls: string, texture: string | undefined): Element {
  if (!texture || !TEXTURES[texture]) return h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' });
  return s('svg', { class: `swatch textured ${cls}`, viewBox: '0 0 10 10', 'aria-hidden': 'true' },
    s('rect', { class: cls, width: 10, height: 10 }), s('rect', { class: 'texture-over', fill: `url(#${textureId(texture)})`, width: 10, height: 10 }));
}

/** Grid lines with their values, and the week names: what every week chart has. */
function axes(m: WeekAxes): SVGGElement[] {
  return [
    s('g', { class: 'axis', 'aria-hidden': 'true' }, ...m.ticks.flatMap((t) => [
      s('line', { class: 'grid', x1: m.plot.left, x2: m.plot.right, y1: t.y, y2: t.y }),
      s('text', { x: m.tickX, y: t.y + 4, 'text-anchor': 'end' }, String(t.value)),
    ])),
    s('g', { class: 'axis', 'aria-hidden': 'true' }, ...m.weekLabels.map((l) => s('text', { x: l.x, y: m.weekLabelY, 'text-anchor': 'middle' }, l.text))),
  ];
}

export function frictionChart(view: ReviewView, t: T, width: number): HTMLElement {
  const m = frictionChartModel(view.weeks, REVIEW_BUCKETS, width);
  const breakdown = m.breakdown.map((b) => `${t(`kind.${b.bucket}`)} ${b.count}`).join(', ');
  const label = t('frictionSummary', view.filters.from, view.filters.to, m.reflections, view.weeks.length, breakdown);
  const svg = svgRoot(label, 'friction-chart', m.width, m.height);
  svg.append(textureDefs(REVIEW_BUCKETS), ...axes(m), s('g', { class: 'bars' }, ...m.segments.flatMap((g) => [
    s('rect', { class: `bar b-${g.bucket}`, 'data-week': g.week, x: g.x, width: g.width, y: g.y, height: g.height },
      s('title', {}, `${g.week} · ${t(`kind.${g.bucket}`)}: ${g.value}`)),
    textureOver(g.bucket, { x: g.x, y: g.y, width: g.width, height: g.height }),
  ].filter((e) => e !== null))));
  return h('section', { class: 'card chart-card', 'aria-labelledby': 'friction-title' },
    h('h2', { id: 'friction-title' }, t('frictionChart')),
    m.reflections ? null : h('p', { class: 'hint' }, t('frictionNone')),
    svg,
    legend(REVIEW_BUCKETS.map((b) => ({ cls: `b-${b}`, label: t(`kind.${b}`), texture: b }))),
    hiddenTable(t('frictionChart'), [t('week'), ...REVIEW_BUCKETS.map((b) => t(`kind.${b}`)), t('total')],
      m.rows.map((r) => [r.week, ...r.counts, r.total])));
}

export function pulseChart(view: ReviewView, t: T, width: number): HTMLElement {
  const m = pulseChartModel(view.weeks.map((w) => w.week), view.pulse, width);
  const summary = m.series.map((d) => `${d.label} ${d.mean ?? '–'}`).join(', ');
  const svg = svgRoot(t('pulseSummary', summary), 'pulse-chart', m.width, m.height);
  svg.append(...axes(m), ...m.series.map((d) => s('g', { class: `series d-${d.colour}` },
    ...d.lines.map((points) => s('polyline', { class: 'line', points })),
    ...d.points.map((p) => s('circle', { class: 'point', cx: p.x, cy: p.y, r: 3.5 }, s('title', {}, `${p.week} · ${d.label}: ${p.value}`))))));
  const rated = m.series.length > 0;
  return h('section', { class: 'card chart-card', 'aria-labelledby': 'pulse-title' },
    h('h2', { id: 'pulse-title' }, t('pulseChart')),
    rated ? svg : h('p', { class: 'hint', id: 'pulse-chart-empty' }, t('pulseNone')),
    rated ? legend(m.series.map((d) => ({ cls: `d-${d.colour}`, label: `${d.label} (${d.mean ?? '–'})` }))) : null,
    rated ? hiddenTable(t('pulseChart'), [t('week'), ...m.series.map((d) => d.label)],
      m.rows.map((r) => [r.week, ...r.values.map((v) => v ?? '–')])) : null);
}

const SHARE_CLASS: Record<ShareKey, string> = { done: 'f-done', dropped: 'f-dropped', overdue: 'f-overdue', pending: 'f-pending' };

export function followThroughChart(view: ReviewView, t: T): HTMLElement {
  const c = view.counts;
  const m = shareBarModel({ done: c.done, dropped: c.dropped, overdue: c.overdueOpened, pending: c.pending });
  const label = t('followThroughSummary', c.opened, c.done, c.dropped, c.overdueOpened, c.pending);
  const svg = svgRoot(label, 'follow-through-chart', m.width, m.height);
  // Stretched to the card's width: a single bar has no text to distort.
  svg.setAttribute('class', 'chart bar-chart');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.append(textureDefs(m.parts.map((p) => p.key)), ...m.parts.filter((p) => p.value).flatMap((p) => [
    s('rect', { class: `bar ${SHARE_CLASS[p.key]}`, x: p.x, y: 0, width: Math.max(1, p.width), height: m.height }, s('title', {}, `${t(p.key)}: ${p.value}`)),
    textureOver(p.key, { x: p.x, y: 0, width: Math.max(1, p.width), height: m.height }),
  ].filter((e) => e !== null)));
  return h('section', { class: 'card chart-card wide', 'aria-labelledby': 'follow-title' },
    h('h2', { id: 'follow-title' }, t('followThroughChart'),
      h('span', { class: 'rate' }, c.followThrough === null ? '' : `${Math.round(c.followThrough * 100)} %`)),
    m.sum ? svg : h('p', { class: 'hint' }, t('followThroughNone')),
    m.sum ? h('ul', { class: 'legend' }, ...m.parts.map((p) => h('li', {}, swatch(SHARE_CLASS[p.key], p.key), `${t(p.key)} ${p.value}`))) : null);
}
