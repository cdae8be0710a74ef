/**
 * A reflection's code context as it is recorded: what a capture found (host/context.ts, from
 * git and the editor), bounded and ordered to fit the format (schemas/reflection.schema.json's
 * `context`). Most relevant first: the files of the commit that started the reflection, the
 * file open in the editor, then the files changed on the branch, at most LIMITS.contextPaths.
 */
import { LIMITS, type CodeContext } from './reflection';
import { CONTEXT_PATH_PATTERN } from './generated/schemaFacts';
import { COACHING_DIR } from '../store/store';
import { fitsCodePoints } from '../util/codePoints';
import { ELLIPSIS, clip } from '../util/clip';
import { isObject, isString } from '../util/guards';

/** A path a context may name: relative to the workspace folder, '/' separated, plain segments, within the limit. */
export function isContextPath(value: unknown): value is string {
  return typeof value === 'string' && fitsCodePoints(value, LIMITS.contextPathChars) && CONTEXT_PATH_PATTERN.test(value);
}

/** What a capture found, as git and the editor gave it. */
export interface ContextParts {
  branch?: string;
  /** The failed task's name, for a reflection a failed task started. */
  task?: string;
  /** The files of the commit that started the reflection. */
  commitFiles?: readonly string[];
  /** The file open in the editor, relative to the workspace folder. */
  activeFile?: string;
  /** Files changed on the branch, uncommitted ones first. */
  branchFiles?: readonly string[];
}

/** A path as the format writes it: '/' separated, without a leading './'. */
const normalized = (path: string): string => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

/** Reflections themselves are not code: a commit of `.coaching/` names nothing to map. */
const isReflectionFolder = (path: string): boolean => path === COACHING_DIR || path.startsWith(`${COACHING_DIR}/`);

/** A name on one line, within the limit; undefined when nothing is left. */
function name(text: string | undefined): string | undefined {
  const flat = text?.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return flat ? clip(flat, LIMITS.contextNameChars, { ellipsis: ELLIPSIS }) : undefined;
}

/** The context to record from what a capture found, or undefined when it found nothing. */
export function codeContext(parts: ContextParts): CodeContext | undefined {
  const candidates = [...(parts.commitFiles ?? []), ...(parts.activeFile !== undefined ? [parts.activeFile] : []), ...(parts.branchFiles ?? [])];
  const paths: string[] = [];
  for (const path of candidates.map(normalized)) {
    if (paths.length >= LIMITS.contextPaths) break;
    if (isContextPath(path) && !isReflectionFolder(path) && !paths.includes(path)) paths.push(path);
  }
  const branch = name(parts.branch);
  const task = name(parts.task);
  const context: CodeContext = { ...(branch ? { branch } : {}), ...(task ? { task } : {}), ...(paths.length ? { paths } : {}) };
  return Object.keys(context).length ? context : undefined;
}

/** A context kept in a draft, checked as the draft is read back (anything else is dropped), or undefined. */
export function restoreCodeContext(value: unknown): CodeContext | undefined {
  if (!isObject(value)) return undefined;
  const text = (v: unknown) => (isString(v) ? v : undefined);
  return codeContext({ branch: text(value.branch), task: text(value.task), branchFiles: Array.isArray(value.paths) ? value.paths.filter(isString) : [] });
}
