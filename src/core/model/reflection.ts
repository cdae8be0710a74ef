/**
 * The reflection model: what one coaching session leaves behind in `.coaching/`.
 * Format v1 is documented in README.md and in schemas/reflection.schema.json;
 * the validator in `validate.ts` and that schema must agree (a unit test checks it).
 */
import { isOneOf } from '../util/guards';

/** Identifies the file format and its version; readers refuse versions they do not know. */
export const REFLECTION_SCHEMA = 'retro-coach/reflection/v1';

export const FRICTION_KINDS = ['technical', 'procedural', 'cultural', 'personal'] as const;
/** Where friction comes from: code and tools, process, people and norms, or the person's own state. */
export type FrictionKind = (typeof FRICTION_KINDS)[number];

/** GROW: goal (where you want to be), reality (where you are), options, will (the next step). */
export const GROW_STAGES = ['goal', 'reality', 'options', 'will'] as const;
export type GrowStage = (typeof GROW_STAGES)[number];

export const VISIBILITIES = ['team', 'anonymous', 'private'] as const;
/** team: signed with the author; anonymous: no author field; private: kept out of git and team views. */
export type Visibility = (typeof VISIBILITIES)[number];

/** What a file records: a full coaching session, a quick blocker, a pulse check, or follow-ups on earlier actions. */
export const REFLECTION_KINDS = ['session', 'blocker', 'pulse', 'follow-up'] as const;
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

/** What started it: the person (manual) or a friction signal Retro Coach noticed. */
export const TRIGGER_KINDS = ['manual', 'task-failed', 'long-debug', 'commit', 'branch-switch', 'end-of-day', 'gap'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** New actions are always written `open`; later states arrive as `updates` in newer files. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A pulse-check rating: 1 (worst) to 5 (best). */
export const PULSE_MIN = 1;
export const PULSE_MAX = 5;

export interface Trigger {
  kind: TriggerKind;
  /** A short note about what started it, e.g. a task name. */
  detail?: string;
}

/** One question asked and the answer given, in the order they happened. */
export interface Exchange {
  /** Id of the question in the bank it came from. */
  question: string;
  /** The question's text as it was asked, so the file reads on its own even if the bank changes. */
  text: string;
  answer: string;
}

export interface Action {
  id: string;
  text: string;
  owner?: string;
  /** A calendar date, YYYY-MM-DD. */
  due?: string;
  status: ActionStatus;
}

/**
 * A status change of an action written in an earlier file. Files are never edited, so an
 * action's current status is the last update for it, in time order (see actions.ts).
 */
export interface ActionUpdate {
  /** The action's id, e.g. `k3j9x2ab-a1`. */
  action: string;
  status: ActionStatus;
  /** What happened, in the person's words. */
  note?: string;
}

export interface Reflection {
  schema: typeof REFLECTION_SCHEMA;
  id: string;
  kind: ReflectionKind;
  /** ISO 8601 with the writer's UTC offset, e.g. 2026-11-25T10:12:00+01:00. */
  created: string;
  /** git user.name; absent for anonymous reflections and when git has no name. */
  author?: string;
  visibility: Visibility;
  friction: FrictionKind[];
  trigger: Trigger;
  exchanges: Exchange[];
  /** Pulse-check ratings by dimension id (e.g. focus: 4); only in `pulse` files. */
  pulse?: Record<string, number>;
  actions: Action[];
  /** Status changes of earlier actions (follow-ups). */
  updates?: ActionUpdate[];
}

/** Bounds for anything we read or write: files in `.coaching/` arrive with `git clone`. */
export const LIMITS = {
  /** Largest reflection file we parse, in bytes. */
  fileBytes: 256 * 1024,
  answerChars: 10_000,
  questionChars: 500,
  actionChars: 1_000,
  ownerChars: 200,
  detailChars: 200,
  exchanges: 50,
  actions: 20,
  updates: 50,
  pulseDimensions: 10,
  noteChars: 2_000,
} as const;

export function isFrictionKind(value: unknown): value is FrictionKind {
  return isOneOf(FRICTION_KINDS, value);
}

export function isGrowStage(value: unknown): value is GrowStage {
  return isOneOf(GROW_STAGES, value);
}

export function isVisibility(value: unknown): value is Visibility {
  return isOneOf(VISIBILITIES, value);
}

/** A calendar date that exists: YYYY-MM-DD with a real month and day. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
