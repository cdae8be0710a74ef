/**
 * The message protocol between the Team Review panel's host side (src/review) and its
 * webview app (src/webview/review). Like protocol.ts for the coaching panel: both sides
 * import these types and check every message they receive with the guards below. The host
 * computes everything; the view carries only what is drawn, with every list and text bounded,
 * because it is built from files that arrive with `git clone`.
 *
 * Each message and view is declared once, as a check (src/webview/shared/guards.ts); its
 * TypeScript type is inferred from it. Ids and names are checked with the core's patterns and
 * LIMITS, so anything the reflection validator accepts passes here too.
 */
import { ACTION_ID_PATTERN, PULSE_KEY_PATTERN } from '../../core/model/ids';
import { FRICTION_KINDS, LIMITS, PULSE_MAX, PULSE_MIN, TRIGGER_KINDS, type FrictionKind, type TriggerKind } from '../../core/model/reflection';
import {
  arrayOf, bool, int, keyed, message, messages, nullable, num, object, oneOf, optional, str, where,
  type Check, type Infer, guard } from '../shared/guards';

export type { FrictionKind, TriggerKind };

export const REVIEW_VIEW_TYPE = 'retroCoach.review';

/** Friction buckets of the weekly chart, in stacking order. */
export const REVIEW_BUCKETS = [...FRICTION_KINDS, 'untagged'] as const;
export type ReviewBucket = (typeof REVIEW_BUCKETS)[number];

/** Bounds of what the host sends (it clips texts to them); the guards refuse anything larger. */
export const REVIEW_LIMITS = {
  /** Weeks in one period (about three years). */
  weeks: 160,
  authors: 200,
  /** Authors and owners, as long as the file format allows them. */
  nameChars: LIMITS.ownerChars,
  blockers: 20,
  blockerTerms: 5,
  termChars: 60,
  quotes: 3,
  quoteChars: 200,
  owners: 50,
  /** The first page of each owner's open actions; the view says how many more there are. */
  actionsPerOwner: 10,
  actionChars: 300,
  pathChars: 1000,
  pulseDimensions: 15,
  labelChars: 60,
  errorChars: 2000,
  folderChars: 300,
  /** Friction by area: the areas named most often. */
  areas: 20,
  /** The first page of each area's reflections, newest first; the view says how many more there are. */
  filesPerArea: 10,
  /** An area is a folder or a file path from a reflection's context. */
  areaChars: LIMITS.contextPathChars,
} as const;
const L = REVIEW_LIMITS;

/** Every text the review app shows, localised by the host (vscode.l10n). */
export const REVIEW_STRING_KEYS = [
  'title', 'filters', 'from', 'to', 'friction', 'author', 'trigger', 'all', 'everyone',
  'kind.technical', 'kind.procedural', 'kind.cultural', 'kind.personal', 'kind.untagged',
  'trigger.manual', 'trigger.task-failed', 'trigger.long-debug', 'trigger.commit', 'trigger.branch-switch', 'trigger.end-of-day', 'trigger.gap',
  'countReflections', 'countOpenActions', 'countOverdue', 'countFollowThrough', 'noRate',
  'frictionChart', 'frictionSummary', 'frictionNone', 'week', 'total',
  'pulseChart', 'pulseSummary', 'pulseNone', 'dimension', 'mean',
  'followThroughChart', 'followThroughSummary', 'followThroughNone', 'opened', 'done', 'dropped', 'overdue', 'pending',
  'blockers', 'blockersNone', 'blockerMeta', 'openFile',
  'actions', 'actionsNone', 'ownerMeta', 'unassigned', 'age', 'overdueBy', 'due', 'more', 'moreOwners',
  'emptyTitle', 'emptyBody', 'startReflection', 'periodEmpty',
  'areas', 'areasHint', 'areasNone', 'areaMeta', 'areaMetaOne', 'areaFolder', 'areaFile', 'areaMore', 'filtered', 'filteredOne',
] as const;
export type ReviewStringKey = (typeof REVIEW_STRING_KEYS)[number];

/** Longest localised string. */
const STRING_CHARS = 1000;
const reviewStrings = keyed(REVIEW_STRING_KEYS, str({ max: STRING_CHARS }));
export type ReviewStrings = Infer<typeof reviewStrings>;

// ---------------------------------------------------------------- building blocks

/** YYYY-MM-DD; the host turns a date that does not exist into its default period. */
const date = str({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ });
const count = int();
/** A pulse mean: an average of ratings, so within their range. */
const mean = num({ min: PULSE_MIN, max: PULSE_MAX });
/** As the validator accepts them: never markup or a path. */
const actionId = str({ max: 40, pattern: ACTION_ID_PATTERN });
const filePath = str({ min: 1, max: L.pathChars });
const folderName = str({ max: L.folderChars });

const reviewFilters = object({
  /** Local dates, YYYY-MM-DD, both inclusive. */
  from: date,
  to: date,
  /** null: every kind. */
  friction: nullable(oneOf(FRICTION_KINDS)),
  /** A named author; null: everyone (anonymous reflections included, never named). */
  author: nullable(str({ max: L.nameChars, pattern: /\S/ })),
  trigger: nullable(oneOf(TRIGGER_KINDS)),
});
export type ReviewFilters = Infer<typeof reviewFilters>;

const fileRef = object({ path: filePath, folder: optional(folderName) });
/** Where a file is: its path relative to its workspace folder and, in multi-root workspaces, the folder's name. */
export type FileRef = Infer<typeof fileRef>;

// ---------------------------------------------------------------- the view

const reviewWeek = object({
  week: str({ max: 10 }),
  monday: date,
  /** Reflections that report friction (sessions and blockers). */
  total: count,
  counts: keyed(REVIEW_BUCKETS, count),
});
export type ReviewWeek = Infer<typeof reviewWeek>;

const reviewPulseDimension = object({
  id: str({ max: 32, pattern: PULSE_KEY_PATTERN }),
  label: str({ max: L.labelChars }),
  count,
  mean: nullable(mean),
  /** One mean per week of `weeks`, null where nobody rated it. */
  points: arrayOf(nullable(mean), { max: L.weeks }),
});
export type ReviewPulseDimension = Infer<typeof reviewPulseDimension>;

const reviewBlocker = object({
  terms: arrayOf(str({ max: L.termChars }), { max: L.blockerTerms }),
  size: count,
  firstSeen: date,
  lastSeen: date,
  /** The group's first reflection. */
  file: fileRef,
  quotes: arrayOf(object({ text: str({ max: L.quoteChars }), file: fileRef }), { max: L.quotes }),
});
export type ReviewBlocker = Infer<typeof reviewBlocker>;

const reviewAction = object({
  id: actionId,
  text: str({ max: L.actionChars }),
  due: nullable(date),
  ageDays: count,
  overdue: bool,
  daysOverdue: count,
  file: fileRef,
});
export type ReviewAction = Infer<typeof reviewAction>;

const reviewOwner = where(object({
  owner: str({ max: L.nameChars }),
  /** False for the group of actions nobody answers for. */
  assigned: bool,
  open: count,
  overdue: count,
  /** The first REVIEW_LIMITS.actionsPerOwner, most overdue first; `open - actions.length` more exist. */
  actions: arrayOf(reviewAction, { max: L.actionsPerOwner }),
}), (o) => o.actions.length <= o.open, 'no more actions than are open');
export type ReviewOwner = Infer<typeof reviewOwner>;

/** What the areas of a reflection's code context are: a folder (ending in '/') or a file. */
export const AREA_KINDS = ['folder', 'file'] as const;

const reviewArea = where(object({
  area: str({ min: 1, max: L.areaChars }),
  kind: oneOf(AREA_KINDS),
  /** Reflections that named it, and by bucket (each reflection under one, as the friction chart counts). */
  total: count,
  counts: keyed(REVIEW_BUCKETS, count),
  /** The first REVIEW_LIMITS.filesPerArea of those reflections, newest first; `total - files.length` more exist. */
  files: arrayOf(fileRef, { max: L.filesPerArea }),
}), (a) => a.files.length <= a.total, 'no more files than reflections');
export type ReviewArea = Infer<typeof reviewArea>;

const reviewCounts = object({
  reflections: count,
  openActions: count,
  overdue: count,
  /** done / (done + dropped + overdue) of the actions opened in the period, or null. */
  followThrough: nullable(num({ min: 0, max: 1 })),
  opened: count,
  done: count,
  dropped: count,
  pending: count,
  overdueOpened: count,
});

const reviewView = where(object({
  filters: reviewFilters,
  today: date,
  /** Named authors to filter by; anonymous reflections are never offered. */
  authors: arrayOf(str({ max: L.nameChars }), { max: L.authors }),
  /** Team reflections in the workspace at all (any date, any filter); 0 shows the empty state. */
  totalReflections: count,
  counts: reviewCounts,
  weeks: arrayOf(reviewWeek, { max: L.weeks }),
  pulse: arrayOf(reviewPulseDimension, { max: L.pulseDimensions }),
  blockers: arrayOf(reviewBlocker, { max: L.blockers }),
  owners: arrayOf(reviewOwner, { max: L.owners }),
  /** Owners left out of `owners`. */
  moreOwners: count,
  /** Friction by area: folders and files reflections named in their code context, most often named first. */
  areas: arrayOf(reviewArea, { max: L.areas }),
  /** Something to tell the person (a period that was adjusted, items left out); null when all is well. */
  notice: nullable(str({ max: L.errorChars })),
}), (v) => v.pulse.every((p) => p.points.length === v.weeks.length), 'one pulse point per week');
export type ReviewView = Infer<typeof reviewView>;

// ---------------------------------------------------------------- messages

const reviewHostMessage = messages(
  message('init', { strings: reviewStrings }),
  message('render', { view: reviewView }),
);
export type ReviewHostMessage = Infer<typeof reviewHostMessage>;

const reviewWebviewMessage = messages(
  message('ready'),
  message('filter', { filters: reviewFilters }),
  /** Opens a file the host sent (never any other path), at the action's line when `actionId` is given. */
  message('open', { path: filePath, folder: optional(folderName), actionId: optional(actionId) }),
  message('startReflection'),
);
export type ReviewWebviewMessage = Infer<typeof reviewWebviewMessage>;

// ---------------------------------------------------------------- guards

/** The checks themselves, for a log line saying where a refused message went wrong (formatFailure). */
export const checkReviewWebviewMessage: Check<ReviewWebviewMessage> = reviewWebviewMessage;
export const checkReviewHostMessage: Check<ReviewHostMessage> = reviewHostMessage;
/** The host checks its own view with this before posting, and leaves out the items that fail (src/review/viewCheck.ts). */
export const checkReviewView: Check<ReviewView> = reviewView;

export const isReviewFilters = guard(reviewFilters);

export const isReviewView = guard(reviewView);

/** Checks a message the review app posted; the host drops anything that fails. */
export const isReviewWebviewMessage = guard(reviewWebviewMessage);

/** Checks a message the host posted; the app ignores anything that fails. */
export const isReviewHostMessage = guard(reviewHostMessage);
