/**
 * Week-by-week views of a period: what kind of friction people reported, how their pulse
 * ratings moved, and how many took part. Every week of the period is present, quiet ones
 * as zeros, so a chart's x-axis never skips.
 */
import { PULSE_MAX, PULSE_MIN } from '../model/reflection';
import { PULSE_KEY_PATTERN } from '../model/ids';
import { PULSE_DIMENSIONS } from '../coach/quickCaptures';
import { localDateOf } from '../calendar';
import { checkPeriod, compare, createdIn, round2, weekOf, weeksOf, type Period, type WeekRef } from './period';
import { FRICTION_BUCKETS, countReflections, frictionBucket, reportsFriction, type FrictionBucket } from './counting';
import { namedAuthor, normalizeName, type TeamDocument } from './team';

export interface WeekOfDocuments {
  week: WeekRef;
  documents: TeamDocument[];
}

/**
 * Buckets of one period's team documents by ISO week, in week order. Each local date is
 * placed once, however many reflections share it; pass the result to the weekly views of the
 * same documents and period so they share one pass.
 */
export function documentsByWeek(documents: readonly TeamDocument[], period: Period): WeekOfDocuments[] {
  checkPeriod(period);
  const weeks = weeksOf(period).map((week) => ({ week, documents: [] as TeamDocument[] }));
  const index = new Map(weeks.map((w, i) => [w.week.week, i]));
  // The week of each local date, -1 for a date outside the period.
  const weekOfDate = new Map<string, number>();
  for (const document of documents) {
    const date = localDateOf(document.reflection.created);
    let at = weekOfDate.get(date);
    if (at === undefined) {
      at = createdIn(document.reflection.created, period) ? (index.get(weekOf(date).week) as number) : -1;
      weekOfDate.set(date, at);
    }
    if (at >= 0) weeks[at].documents.push(document);
  }
  return weeks;
}

export { FRICTION_BUCKETS, UNTAGGED, type FrictionBucket } from './counting';

export interface FrictionCounts {
  /** Reflections that report friction (sessions and blockers). */
  total: number;
  /** Each of them under its one bucket (counting.ts `frictionBucket`), so the counts add up to `total`. */
  counts: Record<FrictionBucket, number>;
}

export type WeeklyFriction = WeekRef & FrictionCounts;

function emptyCounts(): FrictionCounts {
  return { total: 0, counts: Object.fromEntries(FRICTION_BUCKETS.map((b) => [b, 0])) as Record<FrictionBucket, number> };
}

export function weeklyFriction(documents: readonly TeamDocument[], period: Period, weeks = documentsByWeek(documents, period)): WeeklyFriction[] {
  return weeks.map(({ week, documents: inWeek }) => {
    const tally = emptyCounts();
    for (const d of inWeek.filter((document) => reportsFriction(document.reflection))) {
      tally.total++;
      tally.counts[frictionBucket(d.reflection)]++;
    }
    return { ...week, ...tally };
  });
}

/** The period's friction as one tally, from the weeks' tallies. */
export function frictionTotals(weeks: readonly FrictionCounts[]): FrictionCounts {
  const sum = emptyCounts();
  for (const w of weeks) {
    sum.total += w.total;
    FRICTION_BUCKETS.forEach((b) => (sum.counts[b] += w.counts[b]));
  }
  return sum;
}

export interface PulseRating {
  dimension: string;
  /** Mean of the week's ratings to two decimals, or null when nobody rated it. */
  mean: number | null;
  count: number;
}

export interface PulseDimensionTrend {
  id: string;
  /** The dimension's label, or its id for a dimension this version does not know. */
  label: string;
  count: number;
  mean: number | null;
  /** The first and last weeks that have ratings, for "focus fell from 3.8 to 2.9". */
  first: { week: string; mean: number } | null;
  last: { week: string; mean: number } | null;
}

export interface PulseTrends {
  dimensions: PulseDimensionTrend[];
  weeks: (WeekRef & { ratings: PulseRating[] })[];
}

const isRating = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= PULSE_MIN && (value as number) <= PULSE_MAX;

/** Ratings under a key the validator accepts; anything else is ignored rather than shown. */
function pulseEntries(d: TeamDocument): [string, number][] {
  return Object.entries(d.reflection.pulse ?? {}).filter((e): e is [string, number] => PULSE_KEY_PATTERN.test(e[0]) && isRating(e[1]));
}

interface Tally {
  sum: number;
  count: number;
}

const meanOf = (t: Tally) => (t.count ? round2(t.sum / t.count) : null);

/** Mean pulse ratings per week and dimension; the five known dimensions first, then any others by id. */
export function pulseTrends(documents: readonly TeamDocument[], period: Period, byWeek = documentsByWeek(documents, period)): PulseTrends {
  const weeks = byWeek.map(({ week, documents: inWeek }) => ({
    week,
    ratings: inWeek.filter((d) => d.reflection.kind === 'pulse').flatMap(pulseEntries),
  }));
  const known = PULSE_DIMENSIONS.map((d) => d.id);
  const extra = new Set(weeks.flatMap((w) => w.ratings.map(([id]) => id)).filter((id) => !known.includes(id)));
  const ids = [...known, ...[...extra].sort(compare)];

  // tallies[week][dimension], in the order of `weeks` and `ids`.
  const tallies = weeks.map((w) => ids.map((id) => w.ratings.filter(([d]) => d === id).reduce((t, [, r]) => ({ sum: t.sum + r, count: t.count + 1 }), { sum: 0, count: 0 })));

  const dimensions = ids.map((id, i): PulseDimensionTrend => {
    const rated = weeks.map((w, k) => ({ week: w.week.week, ...tallies[k][i] })).filter((t) => t.count);
    const total = rated.reduce((t, w) => ({ sum: t.sum + w.sum, count: t.count + w.count }), { sum: 0, count: 0 });
    const point = (t: (typeof rated)[number] | undefined) => (t ? { week: t.week, mean: round2(t.sum / t.count) } : null);
    return {
      id,
      label: PULSE_DIMENSIONS.find((d) => d.id === id)?.label ?? id,
      count: total.count,
      mean: meanOf(total),
      first: point(rated[0]),
      last: point(rated[rated.length - 1]),
    };
  });
  return {
    dimensions,
    weeks: weeks.map((w, k) => ({ ...w.week, ratings: ids.map((id, i) => ({ dimension: id, mean: meanOf(tallies[k][i]), count: tallies[k][i].count })) })),
  };
}

export type WeeklyParticipation = WeekRef & {
  /** Reflections (counting.ts: sessions, blockers and pulse checks), anonymous ones included. */
  reflections: number;
  /** Follow-up files, which only record what became of earlier actions. */
  followUps: number;
  /** Distinct people who signed a reflection or follow-up; anonymous ones are never counted as anyone. */
  authors: number;
};

export function participation(documents: readonly TeamDocument[], period: Period, weeks = documentsByWeek(documents, period)): WeeklyParticipation[] {
  return weeks.map(({ week, documents: inWeek }) => {
    const authors = new Set(inWeek.map(namedAuthor).filter((a): a is string => a !== undefined).map(normalizeName));
    const counts = countReflections(inWeek);
    return { ...week, reflections: counts.total, followUps: counts.followUps, authors: authors.size };
  });
}
