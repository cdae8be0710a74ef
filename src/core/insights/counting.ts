/**
 * What every number on every screen counts, defined once. The Team Review, the tree views,
 * the status bar, the Markdown export, the CLI's `report` (Markdown, JSON, HTML) and
 * `history` all count through these functions, so they agree:
 *
 * - A **reflection** is a session, a quick blocker or a pulse check. A follow-up file only
 *   records what became of earlier actions: it is counted apart, never as a reflection.
 * - A reflection is **in a period** when the local date its writer saw (the text of
 *   `created`) falls within it (period.ts `createdIn`).
 * - **Friction** is reported by sessions and blockers. Each counts once, under the first kind
 *   it lists (the one the person chose first), or as untagged when it lists none; so a week's
 *   bar is exactly as high as the week's total, and the kinds of a period add up to its total.
 * - Which **files** are reflections is store/reflectionFiles.ts's `isReflectionPath`: files under
 *   `.coaching/reflections/` and `.coaching/private/`, never the schema copy, summaries or the
 *   team's config.yaml and questions.yaml.
 * - Who **answers for an action** is model/actionState.ts's `responsibleFor`.
 */
import { FRICTION_KINDS, isFrictionKind, type FrictionKind, type Reflection, type ReflectionKind } from '../model/reflection';

export const UNTAGGED = 'untagged';
export type FrictionBucket = FrictionKind | typeof UNTAGGED;
/** The buckets of friction counts, in the order charts stack them. */
export const FRICTION_BUCKETS: readonly FrictionBucket[] = [...FRICTION_KINDS, UNTAGGED];

/** The kinds of file that count as reflections. */
export type CountedKind = Exclude<ReflectionKind, 'follow-up'>;
export const COUNTED_KINDS: readonly CountedKind[] = ['session', 'blocker', 'pulse'];

/** Whether a file counts as a reflection: a session, blocker or pulse check, not a follow-up. */
export function isCountedReflection(reflection: Pick<Reflection, 'kind'>): boolean {
  return reflection.kind !== 'follow-up';
}

export interface ReflectionCounts {
  /** Sessions, blockers and pulse checks: what every screen calls "reflections". */
  total: number;
  byKind: Record<CountedKind, number>;
  /** Follow-up files, which are never counted as reflections. */
  followUps: number;
}

/** Counts documents (already narrowed to a period, a week or a folder by the caller). */
export function countReflections(documents: readonly { reflection: Pick<Reflection, 'kind'> }[]): ReflectionCounts {
  const counts: ReflectionCounts = { total: 0, byKind: { session: 0, blocker: 0, pulse: 0 }, followUps: 0 };
  for (const { reflection } of documents) {
    if (!isCountedReflection(reflection)) counts.followUps++;
    else {
      counts.total++;
      counts.byKind[reflection.kind as CountedKind]++;
    }
  }
  return counts;
}

/** Only sessions and blockers report friction; pulse checks and follow-ups never tag it. */
export function reportsFriction(reflection: Pick<Reflection, 'kind'>): boolean {
  return reflection.kind === 'session' || reflection.kind === 'blocker';
}

/** The one bucket a friction-reporting reflection counts under: the first kind it lists, else untagged. */
export function frictionBucket(reflection: Pick<Reflection, 'friction'>): FrictionBucket {
  return reflection.friction.find(isFrictionKind) ?? UNTAGGED;
}
