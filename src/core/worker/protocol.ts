/**
 * The messages between the main thread and the pool's worker threads: "parse these files" and
 * the parse of each, and "team insights of these documents" (sent in parts) and the insights.
 * Both sides check every message on arrival (a message is only data; the worker never
 * evaluates anything it is sent), so a bug on one side is a clear error, not a corrupt index
 * or report.
 */
import { INSIGHTS_SCHEMA, type Period, type TeamDocument, type TeamInsights } from '../insights/index';
import { isCalendarDate } from '../model/reflection';
import type { FileStat, FileStats, ReadResult } from '../store/readCache';
import { isObject, isString } from '../util/guards';
import { isClaimFlags } from './claims';

/** The most files one request names: small enough that its answer costs the receiving thread a few milliseconds. */
export const MAX_FILES_PER_REQUEST = 100;

/** The most documents one part of an insights request carries: copying 500 reflections costs the sender a few milliseconds. */
export const MAX_DOCUMENTS_PER_MESSAGE = 500;

export interface ParseRequest {
  id: number;
  /** The workspace root the paths are relative to. */
  root: string;
  /** Relative, '/' separated paths the walk reached (the folders above them were checked). */
  files: string[];
}

export type ParseResponse = { id: number; results: ReadResult[] } | { id: number; error: string };

/** The most files one stat request names: copying 5,000 paths into a message takes the walking thread about a millisecond. */
export const MAX_STAT_FILES_PER_REQUEST = 5_000;

/** "lstat these files": the CLI's walk hands its files' lstats to a worker, so its own thread reads the next repository meanwhile. */
export interface StatRequest {
  type: 'stat';
  id: number;
  root: string;
  /** Relative, '/' separated paths the walk reached; at most MAX_STAT_FILES_PER_REQUEST. */
  files: string[];
}

/** Numbers per file in a stat answer: size, mtimeMs, ino, and 1 for a regular file (else 0); NaN throughout for a file with no lstat. */
export const STAT_FIELDS = 4;

export type StatResponse = { id: number; stats: Float64Array } | { id: number; error: string };

/** The lstats as a stat answer carries them: one array of numbers, copied in one piece. */
export function packStats(stats: FileStats): Float64Array {
  const packed = new Float64Array(STAT_FIELDS * stats.length).fill(Number.NaN);
  for (let i = 0; i < stats.length; i++) {
    const s = stats.at(i);
    if (s) packed.set([s.size, s.mtimeMs, s.ino, s.isFile() ? 1 : 0], STAT_FIELDS * i);
  }
  return packed;
}

const IS_FILE = () => true;
const IS_NOT_FILE = () => false;

/**
 * The lstats stat answers carry, as the walk reads them: each file's when it is asked for, an
 * object that dies young, where one object per file would live as long as the walk (at 100,000
 * files, megabytes for the collector to copy while the extension host waits).
 */
export class PackedStats implements FileStats {
  private readonly packed: Float64Array;

  /** `parts`: stat answers, in order. */
  constructor(parts: readonly Float64Array[]) {
    if (parts.length === 1) {
      this.packed = parts[0];
      return;
    }
    this.packed = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      this.packed.set(part, offset);
      offset += part.length;
    }
  }

  get length(): number {
    return this.packed.length / STAT_FIELDS;
  }

  at(index: number): FileStat | undefined {
    const at = index * STAT_FIELDS;
    const { packed } = this;
    if (index < 0 || at >= packed.length || Number.isNaN(packed[at])) return undefined;
    return { size: packed[at], mtimeMs: packed[at + 1], ino: packed[at + 2], isFile: packed[at + 3] === 1 ? IS_FILE : IS_NOT_FILE };
  }
}

/**
 * One part of a request for the team insights of some documents. The first part says what to
 * compute (`task`); the worker keeps each part's documents under `id`, in the group the part
 * names, and counts their words as they arrive. With groups (a report across teams), a part
 * marked `groupDone` is its group's last: the worker computes that group at once if it takes
 * the group's claim (claims.ts) before the asking thread does. The request's last part
 * (`compute`) asks for the insights of all the documents and of every group not computed yet
 * whose claim the worker takes. The documents passed the privacy gate on the sending side
 * (pool.ts only sends TeamDocuments); the worker puts them in written order.
 */
export interface InsightsRequest {
  type: 'insights';
  id: number;
  /** The group (a team of a report across teams) of this part's documents: 0 up to the task's group count. */
  group: number;
  /** At most MAX_DOCUMENTS_PER_MESSAGE. */
  documents: TeamDocument[];
  /** Only on the first part. */
  task?: InsightsTask;
  groupDone?: true;
  /** Only on the last part. */
  compute?: true;
}

export interface InsightsTask {
  period: Period;
  today: string;
  groups?: InsightsGroups;
}

export interface InsightsGroups {
  count: number;
  /** One claim per group, shared with the asking thread. */
  claims: SharedArrayBuffer;
}

export interface InsightsAnswer {
  id: number;
  insights: TeamInsights;
  groups?: Array<TeamInsights | null>;
}

export type InsightsResponse = InsightsAnswer | { id: number; error: string };

function isProblem(value: unknown): boolean {
  return isObject(value) && typeof value.line === 'number' && typeof value.col === 'number' && isString(value.message);
}

/** A parse: a reflection (already validated by the core in the worker) or the problems that kept it out. */
export function isReadResult(value: unknown): value is ReadResult {
  if (!isObject(value)) return false;
  if ('problems' in value) return Array.isArray(value.problems) && value.problems.every(isProblem);
  return isObject(value.reflection) && isString(value.reflection.id) && typeof value.idLine === 'number';
}

export function isParseRequest(value: unknown): value is ParseRequest {
  return isObject(value) && Number.isSafeInteger(value.id) && isString(value.root) && Array.isArray(value.files)
    && value.files.length <= MAX_FILES_PER_REQUEST && value.files.every(isString);
}

export function isStatRequest(value: unknown): value is StatRequest {
  return isObject(value) && value.type === 'stat' && Number.isSafeInteger(value.id) && isString(value.root)
    && Array.isArray(value.files) && value.files.length <= MAX_STAT_FILES_PER_REQUEST && value.files.every(isString);
}

/** A response to a stat request for `count` files: STAT_FIELDS numbers per file, in order, or an error. */
export function isStatResponse(value: unknown, count: number): value is StatResponse {
  if (!isObject(value) || !Number.isSafeInteger(value.id)) return false;
  if ('error' in value) return isString(value.error);
  return value.stats instanceof Float64Array && value.stats.length === STAT_FIELDS * count;
}

/** A response to a request for `count` files: one parse per file, in order, or an error. */
export function isParseResponse(value: unknown, count: number): value is ParseResponse {
  if (!isObject(value) || !Number.isSafeInteger(value.id)) return false;
  if ('error' in value) return isString(value.error);
  return Array.isArray(value.results) && value.results.length === count && value.results.every(isReadResult);
}

/** What the insights read of a document is there with its type; the sender validated the rest when it read the file. */
function isSentDocument(value: unknown): boolean {
  if (!isObject(value) || !isString(value.path) || !isObject(value.reflection)) return false;
  const r = value.reflection;
  return isString(r.id) && isString(r.kind) && isString(r.created) && isString(r.visibility)
    && Array.isArray(r.friction) && Array.isArray(r.exchanges) && Array.isArray(r.actions);
}

/** Whether `value` names a period and today's date (a request's `task`, or the insights' own). */
function hasPeriodAndToday(value: unknown): boolean {
  return isObject(value) && isObject(value.period) && isCalendarDate(value.period.from) && isCalendarDate(value.period.to)
    && isCalendarDate(value.today);
}

/** At most this many groups in one request: the pool opens none for more (a report across more teams is made in the asking thread). */
export const MAX_GROUPS = 10_000;

const isGroupCount = (value: unknown): value is number => Number.isSafeInteger(value) && Number(value) >= 1 && Number(value) <= MAX_GROUPS;

function isGroups(value: unknown): boolean {
  return isObject(value) && isGroupCount(value.count) && isClaimFlags(value.claims, value.count);
}

const isTask = (value: unknown): boolean => hasPeriodAndToday(value) && isObject(value) && (value.groups === undefined || isGroups(value.groups));

/** A part of an insights request, each field of the kind it is (the worker checks the group against its task's count). */
export function isInsightsRequest(value: unknown): value is InsightsRequest {
  return isObject(value) && value.type === 'insights' && Number.isSafeInteger(value.id)
    && Number.isSafeInteger(value.group) && Number(value.group) >= 0 && Number(value.group) < MAX_GROUPS
    && Array.isArray(value.documents) && value.documents.length <= MAX_DOCUMENTS_PER_MESSAGE && value.documents.every(isSentDocument)
    && (value.task === undefined || isTask(value.task))
    && (value.groupDone === undefined || value.groupDone === true) && (value.compute === undefined || value.compute === true);
}

const isArrayOf = (value: unknown, item: (v: unknown) => boolean): boolean => Array.isArray(value) && value.every(item);

function isBlocker(value: unknown): boolean {
  return isObject(value) && isArrayOf(value.terms, isString) && typeof value.size === 'number' && isString(value.firstSeen)
    && isString(value.lastSeen) && isArrayOf(value.quotes, isObject) && isArrayOf(value.paths, isString);
}

/** Team insights with every part the reports read, of the kind each is. */
export function isTeamInsights(value: unknown): value is TeamInsights {
  if (!isObject(value) || value.schema !== INSIGHTS_SCHEMA || !hasPeriodAndToday(value)) return false;
  const { reflections, friction, actions } = value;
  return isObject(reflections) && typeof reflections.total === 'number'
    && isObject(friction) && isObject(friction.totals) && isArrayOf(friction.weeks, isObject)
    && isArrayOf(value.recurring, isBlocker)
    && isObject(actions) && isObject(actions.followThrough) && isArrayOf(actions.openByOwner, isObject)
    && isObject(value.pulse) && isArrayOf(value.participation, isObject) && isArrayOf(value.areas, isObject);
}

/** A response to an insights request of `groups` groups (undefined: a request without them): the insights, or an error. */
export function isInsightsResponse(value: unknown, groups?: number): value is InsightsResponse {
  if (!isObject(value) || !Number.isSafeInteger(value.id)) return false;
  if ('error' in value) return isString(value.error);
  if (!isTeamInsights(value.insights)) return false;
  if (groups === undefined) return value.groups === undefined;
  return Array.isArray(value.groups) && value.groups.length === groups && value.groups.every((g) => g === null || isTeamInsights(g));
}
