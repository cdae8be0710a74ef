/**
 * The Team Review's charts as geometry: scales, stacks, ticks, labels and the numbers their
 * text alternatives read out. The review panel draws this model as SVG elements
 * (src/webview/review/charts.ts) and the HTML report writes it as escaped SVG text
 * (src/cli/html.ts), so both show the same scales and the same sections.
 *
 * Pure arithmetic with no imports: the review app bundles it into the browser, whose type
 * check must not reach the rest of the core (the pulse input is described by its shape).
 * Charts with text are laid out at the width they are shown at, one unit to one CSS pixel,
 * so their labels keep their size on any panel.
 */

/** Height of the week charts, in units (= CSS pixels). */
export const CHART_HEIGHT = 200;
/** Narrower than this, a chart is laid out at this width and scaled down: its weeks would not fit otherwise. */
export const MIN_CHART_WIDTH = 200;
/** Room around the plot: the values on the left, the week names below. */
export const CHART_MARGIN = { top: 10, right: 8, bottom: 26, left: 28 } as const;
/** Smallest label size any renderer may use, in CSS pixels. */
export const CHART_LABEL_PX = 11;
/** Room each week label needs ("W53" at the label size and a gap), so labels never overlap. */
const LABEL_ROOM = 40;
const PLOT_H = CHART_HEIGHT - CHART_MARGIN.top - CHART_MARGIN.bottom;
/** The widest a week's bar gets, however few weeks there are. */
const MAX_BAR_W = 40;
/** Pulse ratings run from 1 to 5. */
const PULSE_SCALE = { min: 1, max: 5 } as const;
/** The follow-through bar's own width: it has no text, so renderers may stretch it to any width. */
export const SHARE_BAR_WIDTH = 440;
export const SHARE_BAR_HEIGHT = 20;

/** A horizontal grid line and its value on the left. */
export interface Tick {
  value: number;
  y: number;
}

/** A week's name under the x-axis. */
export interface WeekLabel {
  x: number;
  text: string;
}

/** What every week chart has: its size, the plot's edges, grid lines and week names. */
export interface WeekAxes {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  /** Where the tick values end (they are right-aligned there). */
  tickX: number;
  weekLabels: WeekLabel[];
  /** The baseline of the week names. */
  weekLabelY: number;
}

/** One bucket of one week's stack. */
export interface BarSegment<B extends string> {
  bucket: B;
  week: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrictionWeekInput<B extends string> {
  week: string;
  /** Reflections that report friction; each is in one bucket (insights/counting.ts), so the buckets add up to this. */
  total: number;
  counts: Readonly<Record<B, number>>;
}

export interface FrictionChartModel<B extends string> extends WeekAxes {
  segments: BarSegment<B>[];
  /** The top of the value axis: at least every week's whole stack, so no segment is ever cut off. */
  top: number;
  /** Sum of the weeks' `total`, and each bucket over the period (non-zero ones, in stacking order). */
  reflections: number;
  breakdown: Array<{ bucket: B; count: number }>;
  /** The text alternative as a table: one row per week, a value per bucket, then the week's total. */
  rows: Array<{ week: string; counts: number[]; total: number }>;
}

export interface PulseSeriesInput {
  id: string;
  label: string;
  mean: number | null;
  /** One mean per week of the chart, null where nobody rated it. */
  points: ReadonlyArray<number | null>;
}

export interface PulsePoint {
  week: string;
  value: number;
  x: number;
  y: number;
}

export interface PulseChartModel extends WeekAxes {
  series: Array<{
    id: string;
    label: string;
    mean: number | null;
    /** Position of the series in the palette (colours repeat after five). */
    colour: number;
    points: PulsePoint[];
    /** Polylines through consecutive rated weeks: a week nobody rated breaks the line. */
    lines: string[];
  }>;
  /** The text alternative as a table: one row per week, a value (or null) per series. */
  rows: Array<{ week: string; values: Array<number | null> }>;
}

export type ShareKey = 'done' | 'dropped' | 'overdue' | 'pending';

export interface ShareBarModel {
  width: number;
  height: number;
  /** The parts in order, with their place on the bar; parts of 0 are listed and not drawn. */
  parts: Array<{ key: ShareKey; value: number; x: number; width: number }>;
  sum: number;
}

/** Every `step`-th week is named, so names never overlap. */
function labelStep(weeks: number, plotW: number): number {
  return Math.max(1, Math.ceil(weeks / Math.max(1, Math.floor(plotW / LABEL_ROOM))));
}

const shortWeek = (week: string): string => week.replace(/^\d{4}-/, '');
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The axes of a chart `width` wide over `weeks`, with a value scale from `min` to `max`. */
function weekAxes(width: number, weeks: readonly string[], min: number, max: number, ticks: readonly number[]): { frame: WeekAxes; x(i: number): number; y(v: number): number; slot: number } {
  const w = Math.max(MIN_CHART_WIDTH, Math.floor(Number.isFinite(width) ? width : MIN_CHART_WIDTH));
  const plot = { left: CHART_MARGIN.left, right: w - CHART_MARGIN.right, top: CHART_MARGIN.top, bottom: CHART_MARGIN.top + PLOT_H };
  const slot = (plot.right - plot.left) / Math.max(1, weeks.length);
  const x = (i: number) => round1(plot.left + slot * i + slot / 2);
  const y = (v: number) => round1(plot.bottom - ((v - min) / (max - min)) * PLOT_H);
  const step = labelStep(weeks.length, plot.right - plot.left);
  const frame: WeekAxes = {
    width: w,
    height: CHART_HEIGHT,
    plot,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    tickX: plot.left - 6,
    weekLabels: weeks.flatMap((week, i) => (i % step === 0 ? [{ x: x(i), text: shortWeek(week) }] : [])),
    weekLabelY: plot.bottom + 17,
  };
  return { frame, x, y, slot };
}

/** The value axis for counts up to `max`: whole numbers, at most five lines, the top at or above `max`. */
export function countScale(max: number): { top: number; ticks: number[] } {
  const m = Math.max(1, Math.ceil(max));
  if (m <= 4) return { top: m, ticks: Array.from({ length: m + 1 }, (_, i) => i) };
  const top = Math.ceil(m / 4) * 4;
  return { top, ticks: [0, top / 4, top / 2, (3 * top) / 4, top] };
}

/**
 * Reflections per week, stacked by bucket in the order of `buckets`. The scale is set by the
 * tallest stack, so no segment is ever cut off whatever the input says its total is.
 */
export function frictionChartModel<B extends string>(weeks: ReadonlyArray<FrictionWeekInput<B>>, buckets: readonly B[], width: number): FrictionChartModel<B> {
  const stack = (w: FrictionWeekInput<B>) => buckets.reduce((n, b) => n + Math.max(0, w.counts[b] ?? 0), 0);
  const { top, ticks } = countScale(Math.max(0, ...weeks.map(stack)));
  const axes = weekAxes(width, weeks.map((w) => w.week), 0, top, ticks);
  const barW = round1(Math.min(MAX_BAR_W, axes.slot * 0.7));
  const segments: BarSegment<B>[] = [];
  weeks.forEach((w, i) => {
    let base = 0;
    for (const bucket of buckets) {
      const value = Math.max(0, w.counts[bucket] ?? 0);
      if (!value) continue;
      const y = axes.y(base + value);
      segments.push({ bucket, week: w.week, value, x: round1(axes.x(i) - barW / 2), y, width: barW, height: Math.max(1, round1(axes.y(base) - y)) });
      base += value;
    }
  });
  return {
    ...axes.frame,
    segments,
    top,
    reflections: weeks.reduce((n, w) => n + w.total, 0),
    breakdown: buckets.map((bucket) => ({ bucket, count: weeks.reduce((n, w) => n + (w.counts[bucket] ?? 0), 0) })).filter((b) => b.count > 0),
    rows: weeks.map((w) => ({ week: w.week, counts: buckets.map((b) => w.counts[b] ?? 0), total: w.total })),
  };
}

/** Mean pulse ratings per week, one line per dimension, on a fixed 1–5 scale. */
export function pulseChartModel(weeks: readonly string[], series: readonly PulseSeriesInput[], width: number): PulseChartModel {
  const ticks = Array.from({ length: PULSE_SCALE.max - PULSE_SCALE.min + 1 }, (_, i) => PULSE_SCALE.min + i);
  const axes = weekAxes(width, weeks, PULSE_SCALE.min, PULSE_SCALE.max, ticks);
  const inScale = (v: number | null | undefined): v is number => typeof v === 'number' && v >= PULSE_SCALE.min && v <= PULSE_SCALE.max;
  const { x, y } = axes;
  return {
    ...axes.frame,
    series: series.map((s, k) => {
      const points: PulsePoint[] = [];
      const lines: string[] = [];
      let run: string[] = [];
      const flush = () => {
        if (run.length > 1) lines.push(run.join(' '));
        run = [];
      };
      weeks.forEach((week, i) => {
        const value = s.points[i];
        if (!inScale(value)) return flush();
        const point = { week, value, x: x(i), y: y(value) };
        points.push(point);
        run.push(`${point.x},${point.y}`);
      });
      flush();
      return { id: s.id, label: s.label, mean: s.mean, colour: k % 5, points, lines };
    }),
    rows: weeks.map((week, i) => ({ week, values: series.map((s) => (inScale(s.points[i]) ? (s.points[i] as number) : null)) })),
  };
}

/** The part of the insights' pulse trends (weekly.ts) the chart reads. */
export interface PulseTrendsInput {
  dimensions: ReadonlyArray<{ id: string; label: string; count: number; mean: number | null }>;
  weeks: ReadonlyArray<{ ratings: ReadonlyArray<{ mean: number | null }> }>;
}

/**
 * The dimensions somebody rated in the period (at most `max`), with one point per week: what
 * the pulse chart draws, in the Team Review and in the HTML report alike.
 */
export function pulseSeries(pulse: PulseTrendsInput, max = Number.POSITIVE_INFINITY): Array<PulseSeriesInput & { count: number }> {
  return pulse.dimensions
    .map((d, i) => ({ id: d.id, label: d.label, count: d.count, mean: d.mean, points: pulse.weeks.map((w) => w.ratings[i]?.mean ?? null) }))
    .filter((d) => d.count > 0)
    .slice(0, max);
}

/** What became of the actions named in the period, as shares of one bar. */
export function shareBarModel(counts: Readonly<Record<ShareKey, number>>): ShareBarModel {
  const keys: ShareKey[] = ['done', 'dropped', 'overdue', 'pending'];
  const sum = keys.reduce((n, k) => n + Math.max(0, counts[k]), 0);
  let at = 0;
  const parts = keys.map((key) => {
    const value = Math.max(0, counts[key]);
    const width = sum ? round1((value / sum) * SHARE_BAR_WIDTH) : 0;
    const part = { key, value, x: round1(at), width };
    at += width;
    return part;
  });
  return { width: SHARE_BAR_WIDTH, height: SHARE_BAR_HEIGHT, parts, sum };
}

/**
 * Textures drawn over the colours of stacked parts (an SVG path in a TEXTURE_TILE-unit square
 * tile), so neighbouring kinds differ by pattern as well as by colour: nothing on a chart is
 * told by colour alone. One kind per chart (technical, done) stays plain. The Team Review and
 * the HTML report draw the same ones.
 */
export const TEXTURES: Readonly<Record<string, string | undefined>> = {
  procedural: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2',
  cultural: 'M1.5,1.5 h2 v2 h-2 z',
  personal: 'M0,1.5 h6 M0,4.5 h6',
  untagged: 'M0,0 l6,6 M6,0 l-6,6',
  dropped: 'M0,0 l6,6 M6,0 l-6,6',
  overdue: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2',
  pending: 'M1.5,1.5 h2 v2 h-2 z',
};

export const TEXTURE_TILE = 6;
