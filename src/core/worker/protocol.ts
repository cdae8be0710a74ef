/**
 * The messages between the main thread and the pool's worker threads: "parse these files" and
 * the parse of each, and "team insights of these documents" (sent in parts) and the insights.
 * Both sides check every message on arrival (a message is only data; the worker never
 * evaluates anything it is sent), so a bug on one side is a clear error, not a corrupt index
 * or report.
 */
import { INSIGHTS_SCHEMA, type Period, type TeamDocument, type TeamInsights } from '../insights/index';
import { isCalendarDate } from '../model/reflection';
import type { ReadResult } from '../store/readCache';
import { isObject, isString } from '../util/guards';

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

/**
 * One part of a request for the team insights of some documents. The worker keeps each part's
 * documents under `id` and computes when the part with `compute` (the last) arrives. The
 * documents passed the privacy gate on the sending side (pool.ts only sends TeamDocuments)
 * and are in written order across the parts, as teamInsights expects.
 */
export interface InsightsRequest {
  type: 'insights';
  id: number;
  /** At most MAX_DOCUMENTS_PER_MESSAGE. */
  documents: TeamDocument[];
  /** Only on the last part. */
  compute?: { period: Period; today: string };
}

export type InsightsResponse = { id: number; insights: TeamInsights } | { id: number; error: string };

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

/** Whether `value` names a period and today's date (a request's `compute`, or the insights' own). */
function hasPeriodAndToday(value: unknown): boolean {
  return isObject(value) && isObject(value.period) && isCalendarDate(value.period.from) && isCalendarDate(value.period.to)
    && isCalendarDate(value.today);
}

export function isInsightsRequest(value: unknown): value is InsightsRequest {
  return isObject(value) && value.type === 'insights' && Number.isSafeInteger(value.id) && Array.isArray(value.documents)
    && value.documents.length <= MAX_DOCUMENTS_PER_MESSAGE && value.documents.every(isSentDocument)
    && (value.compute === undefined || hasPeriodAndToday(value.compute));
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

/** A response to an insights request: the insights, or an error. */
export function isInsightsResponse(value: unknown): value is InsightsResponse {
  if (!isObject(value) || !Number.isSafeInteger(value.id)) return false;
  return 'error' in value ? isString(value.error) : isTeamInsights(value.insights);
}
