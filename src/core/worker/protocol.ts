/**
 * The messages between the index and its worker threads: "parse these files" and the parse
 * of each. Both sides check every message on arrival (a message is only data; the worker
 * never evaluates anything it is sent), so a bug on one side is a clear error, not a corrupt
 * index.
 */
import type { ReadResult } from '../store/readCache';
import { isObject, isString } from '../util/guards';

/** The most files one request names: small enough that its answer costs the receiving thread a few milliseconds. */
export const MAX_FILES_PER_REQUEST = 100;

export interface ParseRequest {
  id: number;
  /** The workspace root the paths are relative to. */
  root: string;
  /** Relative, '/' separated paths the walk reached (the folders above them were checked). */
  files: string[];
}

export type ParseResponse = { id: number; results: ReadResult[] } | { id: number; error: string };

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
