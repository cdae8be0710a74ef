/**
 * Team insights: what a period of reflections says, as plain JSON for the review panel, the
 * Markdown export and the CLI. Pure functions of the documents, the period and today's date.
 * Two rules hold for every output, enforced in one place (insights/team.ts): private
 * reflections are never read, and anonymous ones never carry an author. Every function here
 * takes `TeamDocument`s, which only that gate makes.
 */
import { actionsByOwner, followThrough, type FollowThrough, type OwnerActions } from './actionInsights';
import { checkPeriod, checkToday, type Period } from './period';
import { foldActions } from '../model/actionState';
import { recurringBlockers, type RecurringBlocker, type RecurringOptions } from './recurring';
import type { TeamDocument } from './team';
import { countReflections, type ReflectionCounts } from './counting';
import { frictionByArea, type AreaOptions, type FrictionArea } from './areas';
import { documentsByWeek, frictionTotals, participation, pulseTrends, weeklyFriction, type FrictionCounts, type PulseTrends, type WeeklyFriction, type WeeklyParticipation } from './weekly';

export { actionsByOwner, followThrough, UNASSIGNED, type FollowThrough, type OpenActionInsight, type OwnerActions } from './actionInsights';
export { weekOf, weeksOf, type Period, type WeekRef } from './period';
export { excerpt, recurringBlockers, type BlockerQuote, type RecurringBlocker, type RecurringOptions } from './recurring';
export { teamDocuments, type TeamDocument } from './team';
export { COUNTED_KINDS, countReflections, frictionBucket, isCountedReflection, reportsFriction, type CountedKind, type ReflectionCounts } from './counting';
export { stem, terms } from './terms';
export { frictionByArea, type AreaOptions, type FrictionArea } from './areas';
export {
  FRICTION_BUCKETS, UNTAGGED, frictionTotals, participation, pulseTrends, weeklyFriction,
  type FrictionBucket, type FrictionCounts, type PulseDimensionTrend, type PulseRating, type PulseTrends, type WeeklyFriction, type WeeklyParticipation,
} from './weekly';

/** Identifies the insights format; renderers refuse versions they do not know. */
export const INSIGHTS_SCHEMA = 'retro-coach/insights/v1';

/** `S` is the type of the documents' `source`, passed through to what points at a file. */
export interface TeamInsights<S = unknown> {
  schema: typeof INSIGHTS_SCHEMA;
  period: Period;
  today: string;
  /** Team-visible reflections written in the period, by kind, and the follow-ups apart (counting.ts). */
  reflections: ReflectionCounts;
  friction: { totals: FrictionCounts; weeks: WeeklyFriction[] };
  recurring: RecurringBlocker<S>[];
  actions: { followThrough: FollowThrough; openByOwner: OwnerActions<S>[] };
  pulse: PulseTrends;
  participation: WeeklyParticipation[];
  /** Folders and files the period's reflections named in their code context (areas.ts). */
  areas: FrictionArea<S>[];
}

export function teamInsights<S>(team: readonly TeamDocument<S>[], period: Period, today: string, options: { recurring?: RecurringOptions; areas?: AreaOptions } = {}): TeamInsights<S> {
  checkPeriod(period);
  checkToday(today);
  // One pass over the documents for the weekly views and one fold of the actions, shared by the views that need them.
  const byWeek = documentsByWeek(team, period);
  const { actions } = foldActions(team);
  const weeks = weeklyFriction(team, period, byWeek);
  return {
    schema: INSIGHTS_SCHEMA,
    period: { from: period.from, to: period.to },
    today,
    reflections: countReflections(byWeek.flatMap((w) => w.documents)),
    friction: { totals: frictionTotals(weeks), weeks },
    recurring: recurringBlockers(team, period, options.recurring),
    actions: { followThrough: followThrough(team, period, today, actions), openByOwner: actionsByOwner(team, today, actions) },
    pulse: pulseTrends(team, period, byWeek),
    participation: participation(team, period, byWeek),
    areas: frictionByArea(team, period, options.areas),
  };
}
