/**
 * The message protocol between the Team Review panel's host side (src/review) and its
 * webview app (src/webview/review). Like protocol.ts for the coaching panel: both sides
 * import these types and check every message they receive with the guards below. The host
 * computes everything; the view carries only what is drawn, with every list and text bounded,
 * because it is built from files that arrive with `git clone`.
 */
import { FRICTION_KINDS, TRIGGER_KINDS, type FrictionKind, type TriggerKind } from '../../core/model/reflection';

export type { FrictionKind, TriggerKind };

export const REVIEW_VIEW_TYPE = 'retroCoach.review';

/** Friction buckets of the weekly chart, in stacking order. */
export const REVIEW_BUCKETS = [...FRICTION_KINDS, 'untagged'] as const;
export type ReviewBucket = (typeof REVIEW_BUCKETS)[number];

/** Bounds of what the host sends; the guards refuse anything larger. */
export const REVIEW_LIMITS = {
  /** Weeks in one period (about three years). */
  weeks: 160,
  authors: 200,
  nameChars: 200,
  blockers: 20,
  blockerTerms: 5,
  termChars: 60,
  quotes: 3,
  quoteChars: 200,
  owners: 50,
  actionsPerOwner: 50,
  actionChars: 300,
  pathChars: 1000,
  pulseDimensions: 15,
  labelChars: 60,
  errorChars: 2000,
  folderChars: 300,
} as const;

export interface ReviewFilters {
  /** Local dates, YYYY-MM-DD, both inclusive. */
  from: string;
  to: string;
  /** null: every kind. */
  friction: FrictionKind | null;
  /** A named author; null: everyone (anonymous reflections included, never named). */
  author: string | null;
  trigger: TriggerKind | null;
}

/** Where a file is: its path relative to its workspace folder and, in multi-root workspaces, the folder's name. */
export interface FileRef {
  path: string;
  folder?: string;
}

export interface ReviewWeek {
  week: string;
  monday: string;
  /** Reflections that report friction (sessions and blockers). */
  total: number;
  counts: Record<ReviewBucket, number>;
}

export interface ReviewPulseDimension {
  id: string;
  label: string;
  count: number;
  mean: number | null;
  /** One mean per week of `weeks`, null where nobody rated it. */
  points: Array<number | null>;
}

export interface ReviewBlocker {
  terms: string[];
  size: number;
  firstSeen: string;
  lastSeen: string;
  /** The group's first reflection. */
  file: FileRef;
  quotes: Array<{ text: string; file: FileRef }>;
}

export interface ReviewAction {
  id: string;
  text: string;
  due: string | null;
  ageDays: number;
  overdue: boolean;
  daysOverdue: number;
  file: FileRef;
}

export interface ReviewOwner {
  owner: string;
  /** False for the group of actions nobody answers for. */
  assigned: boolean;
  open: number;
  overdue: number;
  /** The first REVIEW_LIMITS.actionsPerOwner, most overdue first; `open - actions.length` more exist. */
  actions: ReviewAction[];
}

export interface ReviewView {
  filters: ReviewFilters;
  today: string;
  /** Named authors to filter by; anonymous reflections are never offered. */
  authors: string[];
  /** Team reflections in the workspace at all (any date, any filter); 0 shows the empty state. */
  totalReflections: number;
  counts: {
    reflections: number;
    openActions: number;
    overdue: number;
    /** done / (done + dropped + overdue) of the actions opened in the period, or null. */
    followThrough: number | null;
    opened: number;
    done: number;
    dropped: number;
    pending: number;
    overdueOpened: number;
  };
  weeks: ReviewWeek[];
  pulse: ReviewPulseDimension[];
  blockers: ReviewBlocker[];
  owners: ReviewOwner[];
  /** Owners left out of `owners`. */
  moreOwners: number;
  /** Set when recurring blockers were searched only in this many (the latest) reflections of the period. */
  blockersSearched: number | null;
  /** Something to tell the person (a period that was adjusted, a failure); null when all is well. */
  notice: string | null;
}

/** Every text the review app shows, localised by the host (vscode.l10n). */
export const REVIEW_STRING_KEYS = [
  'title', 'filters', 'from', 'to', 'friction', 'author', 'trigger', 'all', 'everyone',
  'kind.technical', 'kind.procedural', 'kind.cultural', 'kind.personal', 'kind.untagged',
  'trigger.manual', 'trigger.task-failed', 'trigger.long-debug', 'trigger.commit', 'trigger.branch-switch', 'trigger.end-of-day', 'trigger.gap',
  'countReflections', 'countOpenActions', 'countOverdue', 'countFollowThrough', 'noRate',
  'frictionChart', 'frictionSummary', 'frictionNone', 'week', 'total',
  'pulseChart', 'pulseSummary', 'pulseNone', 'dimension', 'mean',
  'followThroughChart', 'followThroughSummary', 'followThroughNone', 'opened', 'done', 'dropped', 'overdue', 'pending',
  'blockers', 'blockersNone', 'blockerMeta', 'blockersSearched', 'openFile',
  'actions', 'actionsNone', 'ownerMeta', 'unassigned', 'age', 'overdueBy', 'due', 'more', 'moreOwners',
  'emptyTitle', 'emptyBody', 'startReflection', 'periodEmpty',
] as const;
export type ReviewStringKey = (typeof REVIEW_STRING_KEYS)[number];
export type ReviewStrings = Record<ReviewStringKey, string>;

export type ReviewHostMessage =
  | { type: 'init'; strings: ReviewStrings }
  | { type: 'render'; view: ReviewView };

export type ReviewWebviewMessage =
  | { type: 'ready' }
  | { type: 'filter'; filters: ReviewFilters }
  /** Opens a file the host sent (never any other path), at the action's line when `actionId` is given. */
  | { type: 'open'; path: string; folder?: string; actionId?: string }
  | { type: 'startReflection' };

// ---------------------------------------------------------------- guards

type Obj = Record<string, unknown>;
const L = REVIEW_LIMITS;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isRate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isMean = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10;
const isListOf = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
/** Action ids are `<reflection id>-a<n>` in lower-case Crockford base32; accept a little more, never markup or paths. */
const isActionId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,40}$/.test(v);

export function isReviewFilters(v: unknown): v is ReviewFilters {
  return isObj(v) && isDate(v.from) && isDate(v.to) &&
    (v.friction === null || isOneOf(FRICTION_KINDS, v.friction)) &&
    (v.author === null || (isText(v.author, L.nameChars) && v.author.trim() !== '')) &&
    (v.trigger === null || isOneOf(TRIGGER_KINDS, v.trigger));
}

function isFileRef(v: unknown): v is FileRef {
  return isObj(v) && isText(v.path, L.pathChars) && v.path !== '' && (v.folder === undefined || isText(v.folder, L.folderChars));
}

/** Checks a message the review app posted; the host drops anything that fails. */
export function isReviewWebviewMessage(v: unknown): v is ReviewWebviewMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready': case 'startReflection': return true;
    case 'filter': return isReviewFilters(v.filters);
    case 'open': return isText(v.path, L.pathChars) && v.path !== '' &&
      (v.folder === undefined || isText(v.folder, L.folderChars)) && (v.actionId === undefined || isActionId(v.actionId));
    default: return false;
  }
}

function isWeek(v: unknown): v is ReviewWeek {
  return isObj(v) && isText(v.week, 10) && isDate(v.monday) && isCount(v.total) &&
    isObj(v.counts) && REVIEW_BUCKETS.every((b) => isCount((v.counts as Obj)[b]));
}

function isPulse(v: unknown): v is ReviewPulseDimension {
  return isObj(v) && isText(v.id, 32) && isText(v.label, L.labelChars) && isCount(v.count) && (v.mean === null || isMean(v.mean)) &&
    isListOf(v.points, L.weeks, (p): p is number | null => p === null || isMean(p));
}

function isBlocker(v: unknown): v is ReviewBlocker {
  return isObj(v) && isListOf(v.terms, L.blockerTerms, (t): t is string => isText(t, L.termChars)) && isCount(v.size) &&
    isDate(v.firstSeen) && isDate(v.lastSeen) && isFileRef(v.file) &&
    isListOf(v.quotes, L.quotes, (q): q is ReviewBlocker['quotes'][number] => isObj(q) && isText(q.text, L.quoteChars) && isFileRef(q.file));
}

function isAction(v: unknown): v is ReviewAction {
  return isObj(v) && isActionId(v.id) && isText(v.text, L.actionChars) && (v.due === null || isDate(v.due)) &&
    isCount(v.ageDays) && typeof v.overdue === 'boolean' && isCount(v.daysOverdue) && isFileRef(v.file);
}

function isOwner(v: unknown): v is ReviewOwner {
  return isObj(v) && isText(v.owner, L.nameChars) && typeof v.assigned === 'boolean' && isCount(v.open) && isCount(v.overdue) &&
    isListOf(v.actions, L.actionsPerOwner, isAction) && v.actions.length <= v.open;
}

function isCounts(v: unknown): v is ReviewView['counts'] {
  return isObj(v) && isCount(v.reflections) && isCount(v.openActions) && isCount(v.overdue) && (v.followThrough === null || isRate(v.followThrough)) &&
    isCount(v.opened) && isCount(v.done) && isCount(v.dropped) && isCount(v.pending) && isCount(v.overdueOpened);
}

export function isReviewView(v: unknown): v is ReviewView {
  if (!isObj(v)) return false;
  return isReviewFilters(v.filters) && isDate(v.today) &&
    isListOf(v.authors, L.authors, (a): a is string => isText(a, L.nameChars)) &&
    isCount(v.totalReflections) && isCounts(v.counts) &&
    isListOf(v.weeks, L.weeks, isWeek) &&
    isListOf(v.pulse, L.pulseDimensions, isPulse) && v.pulse.every((p) => p.points.length === (v.weeks as unknown[]).length) &&
    isListOf(v.blockers, L.blockers, isBlocker) &&
    isListOf(v.owners, L.owners, isOwner) && isCount(v.moreOwners) && (v.blockersSearched === null || isCount(v.blockersSearched)) &&
    (v.notice === null || isText(v.notice, L.errorChars));
}

function isReviewStrings(v: unknown): v is ReviewStrings {
  return isObj(v) && REVIEW_STRING_KEYS.every((k) => isText(v[k], 1000));
}

/** Checks a message the host posted; the app ignores anything that fails. */
export function isReviewHostMessage(v: unknown): v is ReviewHostMessage {
  if (!isObj(v)) return false;
  if (v.type === 'init') return isReviewStrings(v.strings);
  if (v.type === 'render') return isReviewView(v.view);
  return false;
}
