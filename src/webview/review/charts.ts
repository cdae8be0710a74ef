/**
 * The review's charts as inline SVG, drawn with createElementNS only. Colours come from CSS
 * classes (media/review.css) that use the theme's chart colours. Each chart is an image with
 * an aria-label that says what it shows, followed by a visually hidden table of its numbers.
 */
import { REVIEW_BUCKETS, type ReviewBucket, type ReviewStringKey, type ReviewView } from './protocol';
import { h, s } from '../shared/dom';

/** Looks up a localised text and fills its placeholders. */
export type T = (key: ReviewStringKey, ...values: Array<string | number>) => string;

const W = 440;
const H = 200;
const M = { top: 10, right: 8, bottom: 26, left: 26 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

function svgRoot(label: string, id: string, height = H): SVGSVGElement {
  return s('svg', { id, class: 'chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}

/** A table only screen readers see: the chart's numbers, row by row. */
function hiddenTable(caption: string, head: string[], rows: Array<Array<string | number>>): HTMLTableElement {
  return h('table', { class: 'visually-hidden' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c)) : h('td', {}, String(c))))))));
}

function legend(items: Array<{ cls: string; label: string }>): HTMLElement {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...items.map((i) => h('li', {}, h('span', { class: `swatch ${i.cls}` }), i.label)));
}

/** Every `step`-th label so week names never overlap. */
const labelStep = (n: number) => Math.max(1, Math.ceil(n / 8));
const shortWeek = (week: string) => week.replace(/^\d{4}-/, '');

/** Horizontal grid lines and their values, from `min` to `max`. */
function yAxis(min: number, max: number, ticks: number[]): SVGGElement {
  const y = (v: number) => M.top + PLOT_H - ((v - min) / (max - min)) * PLOT_H;
  return s('g', { class: 'axis', 'aria-hidden': 'true' }, ...ticks.flatMap((v) => [
    s('line', { class: 'grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
    s('text', { x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
  ]));
}

function xLabels(weeks: ReviewView['weeks'], x: (i: number) => number): SVGGElement {
  const step = labelStep(weeks.length);
  return s('g', { class: 'axis', 'aria-hidden': 'true' }, ...weeks.map((w, i) =>
    i % step === 0 ? s('text', { x: x(i), y: H - M.bottom + 17, 'text-anchor': 'middle' }, shortWeek(w.week)) : null));
}

export function frictionChart(view: ReviewView, t: T): HTMLElement {
  const weeks = view.weeks;
  const stack = (w: ReviewView['weeks'][number]) => REVIEW_BUCKETS.reduce((n, b) => n + w.counts[b], 0);
  const max = Math.max(1, ...weeks.map(stack));
  const top = max <= 4 ? max : Math.ceil(max / 4) * 4;
  const ticks = top <= 4 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 4, top / 2, (3 * top) / 4, top];
  const slot = PLOT_W / Math.max(1, weeks.length);
  const barW = Math.min(40, slot * 0.7);
  const x = (i: number) => M.left + slot * i + slot / 2;
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  const total = weeks.reduce((n, w) => n + w.total, 0);
  const totals = Object.fromEntries(REVIEW_BUCKETS.map((b) => [b, weeks.reduce((n, w) => n + w.counts[b], 0)])) as Record<ReviewBucket, number>;
  const breakdown = REVIEW_BUCKETS.filter((b) => totals[b]).map((b) => `${t(`kind.${b}`)} ${totals[b]}`).join(', ');
  const label = t('frictionSummary', view.filters.from, view.filters.to, total, weeks.length, breakdown);

  const svg = svgRoot(label, 'friction-chart');
  svg.append(yAxis(0, top, ticks), xLabels(weeks, x));
  const bars = s('g', { class: 'bars' });
  weeks.forEach((w, i) => {
    let base = 0;
    for (const b of REVIEW_BUCKETS) {
      const n = w.counts[b];
      if (!n) continue;
      bars.append(s('rect', { class: `bar b-${b}`, 'data-week': w.week, x: x(i) - barW / 2, width: barW, y: y(base + n), height: Math.max(1, y(base) - y(base + n)) },
        s('title', {}, `${w.week} · ${t(`kind.${b}`)}: ${n}`)));
      base += n;
    }
  });
  svg.append(bars);
  return h('section', { class: 'card chart-card', 'aria-labelledby': 'friction-title' },
    h('h2', { id: 'friction-title' }, t('frictionChart')),
    total ? null : h('p', { class: 'hint' }, t('frictionNone')),
    svg,
    legend(REVIEW_BUCKETS.map((b) => ({ cls: `b-${b}`, label: t(`kind.${b}`) }))),
    hiddenTable(t('frictionChart'), [t('week'), ...REVIEW_BUCKETS.map((b) => t(`kind.${b}`)), t('total')],
      weeks.map((w) => [w.week, ...REVIEW_BUCKETS.map((b) => w.counts[b]), w.total])));
}

export function pulseChart(view: ReviewView, t: T): HTMLElement {
  const weeks = view.weeks;
  const dims = view.pulse;
  const slot = PLOT_W / Math.max(1, weeks.length);
  const x = (i: number) => M.left + slot * i + slot / 2;
  const y = (v: number) => M.top + PLOT_H - ((v - 1) / 4) * PLOT_H;
  const summary = dims.map((d) => `${d.label} ${d.mean ?? '–'}`).join(', ');
  const svg = svgRoot(t('pulseSummary', summary), 'pulse-chart');
  svg.append(yAxis(1, 5, [1, 2, 3, 4, 5]), xLabels(weeks, x));
  dims.forEach((d, k) => {
    const g = s('g', { class: `series d-${k % 5}` });
    // A week nobody rated breaks the line rather than drawing through it.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) g.append(s('polyline', { class: 'line', points: run.join(' ') }));
      run = [];
    };
    d.points.forEach((p, i) => {
      if (p === null) return flush();
      run.push(`${x(i).toFixed(1)},${y(p).toFixed(1)}`);
      g.append(s('circle', { class: 'point', cx: x(i), cy: y(p), r: 3.5 }, s('title', {}, `${weeks[i]?.week ?? ''} · ${d.label}: ${p}`)));
    });
    flush();
    svg.append(g);
  });
  return h('section', { class: 'card chart-card', 'aria-labelledby': 'pulse-title' },
    h('h2', { id: 'pulse-title' }, t('pulseChart')),
    dims.length ? svg : h('p', { class: 'hint', id: 'pulse-chart-empty' }, t('pulseNone')),
    dims.length ? legend(dims.map((d, k) => ({ cls: `d-${k % 5}`, label: `${d.label} (${d.mean ?? '–'})` }))) : null,
    dims.length ? hiddenTable(t('pulseChart'), [t('week'), ...dims.map((d) => d.label)],
      weeks.map((w, i) => [w.week, ...dims.map((d) => d.points[i] ?? '–')])) : null);
}

export function followThroughChart(view: ReviewView, t: T): HTMLElement {
  const c = view.counts;
  const parts = [
    { key: 'done', cls: 'f-done', n: c.done },
    { key: 'dropped', cls: 'f-dropped', n: c.dropped },
    { key: 'overdue', cls: 'f-overdue', n: c.overdueOpened },
    { key: 'pending', cls: 'f-pending', n: c.pending },
  ] as const;
  const sum = parts.reduce((n, p) => n + p.n, 0);
  const label = t('followThroughSummary', c.opened, c.done, c.dropped, c.overdueOpened, c.pending);
  const height = 20;
  const svg = svgRoot(label, 'follow-through-chart', height);
  // Stretched to the card's width: a single bar has no text to distort.
  svg.setAttribute('class', 'chart bar-chart');
  svg.setAttribute('preserveAspectRatio', 'none');
  let at = 0;
  for (const p of parts) {
    if (!p.n) continue;
    const width = (p.n / sum) * W;
    svg.append(s('rect', { class: `bar ${p.cls}`, x: at, y: 0, width: Math.max(1, width), height }, s('title', {}, `${t(p.key)}: ${p.n}`)));
    at += width;
  }
  return h('section', { class: 'card chart-card wide', 'aria-labelledby': 'follow-title' },
    h('h2', { id: 'follow-title' }, t('followThroughChart'),
      h('span', { class: 'rate' }, c.followThrough === null ? '' : `${Math.round(c.followThrough * 100)} %`)),
    sum ? svg : h('p', { class: 'hint' }, t('followThroughNone')),
    sum ? h('ul', { class: 'legend' }, ...parts.map((p) => h('li', {}, h('span', { class: `swatch ${p.cls}`, 'aria-hidden': 'true' }), `${t(p.key)} ${p.n}`))) : null);
}

