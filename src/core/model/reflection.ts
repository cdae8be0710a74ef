/**
 * The reflection model: what one coaching session leaves behind in `.coaching/`.
 * Format v1 is documented in README.md and defined by schemas/reflection.schema.json: the
 * enums, limits and date rules below are read from the schemas at build time
 * (generated/schemaFacts.ts), and the validator is compiled from them (validate.ts).
 */
import { isOneOf } from '../util/guards';
import {
  ACTION_STATUSES, CALENDAR_DATE_PATTERN, FRICTION_KINDS, GROW_STAGES, REFLECTION_KINDS, REFLECTION_SCHEMA, SCHEMA_LIMITS, TRIGGER_KINDS, VISIBILITIES,
} from './generated/schemaFacts';
import { isRealDate } from './schemaFormats';

/** Identifies the file format and its version; readers refuse versions they do not know. */
export { REFLECTION_SCHEMA };

export { FRICTION_KINDS };
/** Where friction comes from: code and tools, process, people and norms, or the person's own state. */
export type FrictionKind = (typeof FRICTION_KINDS)[number];

/** GROW: goal (where you want to be), reality (where you are), options, will (the next step). */
export { GROW_STAGES };
export type GrowStage = (typeof GROW_STAGES)[number];

export { VISIBILITIES };
/** team: signed with the author; anonymous: no author field; private: kept out of git and team views. */
export type Visibility = (typeof VISIBILITIES)[number];

/** What a file records: a full coaching session, a quick blocker, a pulse check, or follow-ups on earlier actions. */
export { REFLECTION_KINDS };
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

/** What started it: the person (manual) or a friction signal Retro Coach noticed. */
export { TRIGGER_KINDS };
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** New actions are always written `open`; later states arrive as `updates` in newer files. */
export { ACTION_STATUSES };
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A pulse-check rating: 1 (worst) to 5 (best). */
export const PULSE_MIN = SCHEMA_LIMITS.pulseMin;
export const PULSE_MAX = SCHEMA_LIMITS.pulseMax;

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

/**
 * Where in the code a reflection was started, recorded only when the person turned on
 * retroCoach.context.capture, and never for anonymous or private reflections. Each part is
 * left out when it was not known.
 */
export interface CodeContext {
  /** The git branch checked out, e.g. `feature/login`. */
  branch?: string;
  /** The name of the task whose failure started the reflection. */
  task?: string;
  /** Files, relative to the workspace folder with '/' separators, most relevant first. */
  paths?: string[];
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
  /** The code it is about (format v1 readers ignore it when absent). */
  context?: CodeContext;
  exchanges: Exchange[];
  /** Pulse-check ratings by dimension id (e.g. focus: 4); only in `pulse` files. */
  pulse?: Record<string, number>;
  actions: Action[];
  /** Status changes of earlier actions (follow-ups). */
  updates?: ActionUpdate[];
}

/**
 * Bounds for anything we read or write: files in `.coaching/` arrive with `git clone`. Texts
 * (`…Chars`) are in characters as JSON Schema counts them, Unicode code points, like every
 * limit of Retro Coach (util/codePoints.ts); all but the file size come from the schema.
 */
export const LIMITS = {
  /** Largest file in `.coaching/` we parse, in bytes (the schema cannot say this). */
  fileBytes: 256 * 1024,
  answerChars: SCHEMA_LIMITS.answerChars,
  questionChars: SCHEMA_LIMITS.questionChars,
  actionChars: SCHEMA_LIMITS.actionChars,
  /** Bounds both an action's owner and a reflection's author. */
  ownerChars: SCHEMA_LIMITS.ownerChars,
  detailChars: SCHEMA_LIMITS.detailChars,
  exchanges: SCHEMA_LIMITS.exchanges,
  actions: SCHEMA_LIMITS.actions,
  updates: SCHEMA_LIMITS.updates,
  pulseDimensions: SCHEMA_LIMITS.pulseDimensions,
  noteChars: SCHEMA_LIMITS.noteChars,
  /** Files a reflection's code context names at most. */
  contextPaths: SCHEMA_LIMITS.contextPaths,
  contextPathChars: SCHEMA_LIMITS.contextPathChars,
  /** Bounds the context's branch and task names. */
  contextNameChars: SCHEMA_LIMITS.contextNameChars,
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

/** How long a calendar date is as written (YYYY-MM-DD): the bound of a half-typed due date. */
export const CALENDAR_DATE_CHARS = 'YYYY-MM-DD'.length;

/**
 * A calendar date as the schema accepts a due date: YYYY-MM-DD, a day that exists, in the
 * year 1000 or later (so JavaScript never reads year 0050 as 1950). The one rule for every
 * date a person types or a file holds: due dates, review periods, today.
 */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_DATE_PATTERN.test(value) && isRealDate(value);
}
