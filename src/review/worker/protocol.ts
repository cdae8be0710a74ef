/**
 * The messages between the extension host and the Team Review's worker thread. The host
 * sends the team's documents as changes (what was added or edited, what went away), in
 * chunks small enough that copying one costs its thread a few milliseconds, and asks for
 * views; the worker keeps the documents and computes every view (insights, recurring
 * blockers), so the host thread never does. Both sides check each message on arrival.
 *
 * No `vscode` here or in anything the worker bundles: the worker runs on plain Node.
 */
import type { TeamInsights } from '../../core/insights/index';
import type { TeamDocument } from '../../core/insights/team';
import { isCalendarDate } from '../../core/model/reflection';
import { isObject, isString } from '../../core/util/guards';
import { isReviewFilters, isReviewView, type ReviewFilters, type ReviewView } from '../../webview/review/protocol';
import type { LeftOut } from '../viewCheck';

/** Documents per sync message: copying 250 reflections into a message takes a couple of milliseconds. */
export const DOCUMENTS_PER_MESSAGE = 250;

/**
 * A team document as the worker holds it: `source` is the id of its workspace folder (the
 * folder's URI), which the host maps back to the folder when the person opens a file.
 */
export type WorkerDocument = TeamDocument<string> & { readonly source: string };

/** A document's key in the worker: its folder and its path (two folders may both hold `.coaching/reflections/x.yaml`). */
export const documentKey = (document: { source: string; path: string }): string => `${document.source}\u0000${document.path}`;

/**
 * Part of one change to the documents. The worker applies the parts as they come and starts
 * using the new set when the `last` part arrives, so a view never sees half a change.
 */
export interface SyncMessage {
  type: 'sync';
  /** Keys (documentKey) of documents that are gone. */
  remove: string[];
  /** Documents that are new or changed, at most DOCUMENTS_PER_MESSAGE. */
  upsert: WorkerDocument[];
  /** Folder id → the name a multi-root workspace shows it by. */
  folders: Record<string, string>;
  last: boolean;
}

export interface ViewRequest {
  type: 'view';
  id: number;
  /** Already through normalizePeriod. */
  filters: ReviewFilters;
  today: string;
  /** Whether files are named with their folder (a multi-root workspace). */
  multiRoot: boolean;
}

/** Team insights of one workspace folder's documents over a period (the Export Retro Summary). */
export interface InsightsRequest {
  type: 'insights';
  id: number;
  /** The folder's id, as the documents' `source`. */
  source: string;
  period: { from: string; to: string };
  today: string;
}

export type HostToWorker = SyncMessage | ViewRequest | InsightsRequest;

/** A file the view points at, with its folder id: the only files the host opens for it. */
export interface SentFile {
  key: string;
  source?: string;
  path: string;
  actions: string[];
}

export type ViewResponse =
  | { type: 'view'; id: number; view: ReviewView; sent: SentFile[]; leftOut: LeftOut[]; fresh: boolean }
  | { type: 'view'; id: number; error: string };

export type InsightsResponse =
  | { type: 'insights'; id: number; insights: TeamInsights<string> }
  | { type: 'insights'; id: number; error: string };

export type WorkerToHost = ViewResponse | InsightsResponse;

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** Enough to know the worker can index it; the host made it from its own gated documents. */
function isWorkerDocument(value: unknown): value is WorkerDocument {
  return isObject(value) && isString(value.path) && isString(value.source) && isObject(value.reflection) && isString(value.reflection.id);
}

function isFolderNames(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every(isString);
}

export function isHostToWorker(value: unknown): value is HostToWorker {
  if (!isObject(value)) return false;
  if (value.type === 'sync') {
    return isStringArray(value.remove) && Array.isArray(value.upsert) && value.upsert.length <= DOCUMENTS_PER_MESSAGE
      && value.upsert.every(isWorkerDocument) && isFolderNames(value.folders) && typeof value.last === 'boolean';
  }
  if (value.type === 'insights') {
    return Number.isSafeInteger(value.id) && isString(value.source) && isObject(value.period) && isCalendarDate(value.period.from)
      && isCalendarDate(value.period.to) && isString(value.today);
  }
  return value.type === 'view' && Number.isSafeInteger(value.id) && isReviewFilters(value.filters) && isString(value.today) && typeof value.multiRoot === 'boolean';
}

function isSentFile(value: unknown): value is SentFile {
  return isObject(value) && isString(value.key) && isString(value.path) && (value.source === undefined || isString(value.source)) && isStringArray(value.actions);
}

function isLeftOut(value: unknown): value is LeftOut {
  return isObject(value) && isString(value.item) && isString(value.reason);
}

/**
 * Team insights as the Markdown summary reads them: the parts it walks are there. What they hold
 * came from the host's own gated documents, and the summary escapes every text it prints.
 */
function isTeamInsights(value: unknown): value is TeamInsights<string> {
  return isObject(value) && isObject(value.reflections) && isObject(value.friction) && isObject(value.actions)
    && Array.isArray(value.recurring) && isObject(value.pulse) && Array.isArray(value.participation) && Array.isArray(value.areas);
}

/** A response to an insights request. */
export function isInsightsResponse(value: unknown): value is InsightsResponse {
  if (!isObject(value) || value.type !== 'insights' || !Number.isSafeInteger(value.id)) return false;
  return 'error' in value ? isString(value.error) : isTeamInsights(value.insights);
}

/** A response to a view request; the view itself is checked against the webview's own guard. */
export function isViewResponse(value: unknown): value is ViewResponse {
  if (!isObject(value) || value.type !== 'view' || !Number.isSafeInteger(value.id)) return false;
  if ('error' in value) return isString(value.error);
  return isReviewView(value.view) && Array.isArray(value.sent) && value.sent.every(isSentFile)
    && Array.isArray(value.leftOut) && value.leftOut.every(isLeftOut) && typeof value.fresh === 'boolean';
}
