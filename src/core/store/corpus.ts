/**
 * Reads every reflection of a workspace. The files arrive with `git clone`, so the walk
 * trusts nothing: it never follows a symbolic link, never reads a file larger than a
 * reflection may be, stops after a bounded number of files, and turns every failure into
 * a problem for that one file instead of an error for the whole corpus.
 */
import { promises as fs, constants as fsConstants, type Stats } from 'node:fs';
import * as path from 'node:path';
import { LIMITS, type Reflection } from '../model/reflection';
import { parseReflection } from '../model/reflectionYaml';
import { COACHING_DIR, PRIVATE_DIR, REFLECTIONS_DIR } from './store';
import { errorCode, errorMessage } from '../util/errors';

export interface CorpusDocument<S = unknown> {
  /** Relative to the workspace root, '/' separated, e.g. .coaching/reflections/2026/11/x.yaml. */
  path: string;
  reflection: Reflection;
  /**
   * Where the host found the file (the extension: its workspace folder). Opaque to the core,
   * which passes it through untouched to every output that points at the file; the reader
   * never sets it.
   */
  source?: S;
}

/** Something wrong with one file or folder; `line` and `col` are 1-based (1:1 for the file as a whole). */
export interface CorpusProblem {
  path: string;
  line: number;
  col: number;
  message: string;
}

export interface Corpus {
  /** Sorted by path. */
  documents: CorpusDocument[];
  problems: CorpusProblem[];
}

export interface ReadOptions {
  /** Also read `.coaching/private/` (this machine's own private reflections). */
  includePrivate: boolean;
  /** Stop after this many reflection files; the rest is reported as one problem. */
  maxFiles?: number;
  /** Keep parsed files between reads so unchanged files are not read again (see ReadCache). */
  cache?: ReadCache;
}

export const DEFAULT_MAX_FILES = 20_000;
/** Files read at the same time: enough to hide latency, few enough not to run out of file handles. */
const READ_CONCURRENCY = 16;
/** O_NOFOLLOW closes the gap between lstat and open; Windows has no such flag (nor, for us, the risk). */
const NO_FOLLOW = fsConstants.O_NOFOLLOW ?? 0;

/** Links in a clone can point anywhere on this machine (~/.ssh, /etc): report, never follow. */
const SYMLINK = `This is a symbolic link; Retro Coach does not follow links in ${COACHING_DIR}/ because they can point anywhere on this machine. Replace it with the file or folder itself.`;
const TOO_LARGE = `The file is larger than ${LIMITS.fileBytes} bytes, the limit for a reflection, so it was not read. Split it or shorten the answers.`;

const isReflectionFile = (name: string) => /\.ya?ml$/i.test(name);

function describeError(err: unknown): string {
  return errorCode(err) ?? errorMessage(err);
}

/** Reads the reflections under `root`/.coaching. Never throws for anything a file or folder contains. */
export async function readReflections(root: string, opts: ReadOptions): Promise<Corpus> {
  const maxFiles = opts.maxFiles ?? DEFAULT_MAX_FILES;
  const problems: CorpusProblem[] = [];
  const problem = (relative: string, message: string, line = 1, col = 1) => problems.push({ path: relative, line, col, message });

  const coaching = await folderStatus(root, COACHING_DIR, problem);
  if (coaching !== 'folder') return { documents: [], problems };

  const areas = opts.includePrivate ? [REFLECTIONS_DIR, PRIVATE_DIR] : [REFLECTIONS_DIR];
  const files: string[] = [];
  let truncated = false;
  for (const area of areas) {
    truncated = await walk(root, `${COACHING_DIR}/${area}`, files, maxFiles, problem);
    if (truncated) break;
  }
  if (truncated) {
    problem(COACHING_DIR, `Stopped after ${maxFiles} reflection files; the rest of ${COACHING_DIR}/ was not read. Move old reflections out of ${COACHING_DIR}/ (git history keeps them).`);
  }
  files.sort(byCodeUnits);

  const cache = opts.cache;
  const read = await mapBounded(files, READ_CONCURRENCY, (file) => (cache ? readCached(root, file, cache) : readOne(root, file)));
  if (cache) {
    const present = new Set(files);
    for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  }
  const documents: CorpusDocument[] = [];
  const firstPathOfId = new Map<string, string>();
  read.forEach((result, i) => {
    const file = files[i];
    if ('problems' in result) {
      for (const p of result.problems) problem(file, p.message, p.line, p.col);
      return;
    }
    const { reflection } = result;
    const first = firstPathOfId.get(reflection.id);
    if (first !== undefined) {
      // Two files with one id make its action ids ambiguous. The first by path stays: within a
      // folder that is the older one, since names start with the date.
      problem(file, `Reflection id '${reflection.id}' is already used by ${first}; this file was skipped. Remove the copy, or give it a new id and new action ids.`, result.idLine, 1);
      return;
    }
    firstPathOfId.set(reflection.id, file);
    documents.push({ path: file, reflection });
  });
  return { documents, problems };
}

type Report = (relative: string, message: string) => void;

/** Whether `relative` is a real folder; a missing one is silently absent, anything else is reported. */
async function folderStatus(root: string, relative: string, problem: Report): Promise<'folder' | 'absent'> {
  let stats: Stats;
  try {
    stats = await fs.lstat(path.join(root, ...relative.split('/')));
  } catch (err) {
    if (errorCode(err) !== 'ENOENT' && errorCode(err) !== 'ENOTDIR') problem(relative, `Could not read the folder (${describeError(err)}); check its permissions.`);
    return 'absent';
  }
  if (stats.isSymbolicLink()) problem(relative, SYMLINK);
  else if (!stats.isDirectory()) problem(relative, `'${relative}' is not a folder; Retro Coach keeps reflections in a folder of that name. Rename or remove the file.`);
  else return 'folder';
  return 'absent';
}

/**
 * Collects the reflection files under `start` (relative paths) into `files`, depth first in
 * name order so a cut-off is the same on every run. Returns true when it stopped at `maxFiles`.
 */
async function walk(root: string, start: string, files: string[], maxFiles: number, problem: Report): Promise<boolean> {
  if ((await folderStatus(root, start, problem)) !== 'folder') return false;
  const pending = [start];
  while (pending.length) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(path.join(root, ...dir.split('/')), { withFileTypes: true });
    } catch (err) {
      problem(dir, `Could not read the folder (${describeError(err)}); check its permissions.`);
      continue;
    }
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const relative = `${dir}/${entry.name}`;
      // Dirent types come from lstat semantics: a link is reported as a link, never followed.
      if (entry.isSymbolicLink()) {
        problem(relative, SYMLINK);
      } else if (entry.isDirectory()) {
        subfolders.push(relative);
      } else if (isReflectionFile(entry.name)) {
        if (files.length >= maxFiles) return true;
        files.push(relative);
      }
    }
    // Reversed onto the stack, so folders are visited in name order.
    pending.push(...subfolders.reverse());
  }
  return false;
}

type ReadResult = { reflection: Reflection; idLine: number } | { problems: { line: number; col: number; message: string }[] };

/**
 * Parsed files by relative path, with the size, modification time and inode they had: pass
 * the same cache to every read and a change to one file re-reads that file only.
 */
export type ReadCache = Map<string, { stamp: string; result: ReadResult }>;

async function readCached(root: string, relative: string, cache: ReadCache): Promise<ReadResult> {
  const stats = await fs.lstat(path.join(root, ...relative.split('/'))).catch(() => undefined);
  const stamp = stats ? `${stats.size}:${stats.mtimeMs}:${stats.ino}` : '';
  const hit = cache.get(relative);
  if (stats && hit && hit.stamp === stamp) return hit.result;
  const result = await readOne(root, relative);
  if (stats) cache.set(relative, { stamp, result });
  return result;
}

/** Reads and parses one file, refusing links, non-files and oversized files before reading them. */
async function readOne(root: string, relative: string): Promise<ReadResult> {
  const fail = (message: string) => ({ problems: [{ line: 1, col: 1, message }] });
  const absolute = path.join(root, ...relative.split('/'));
  let text: string;
  try {
    const stats = await fs.lstat(absolute);
    if (stats.isSymbolicLink()) return fail(SYMLINK);
    if (!stats.isFile()) return fail(`This is not a regular file; remove it or rename it so it does not end in .yaml.`);
    if (stats.size > LIMITS.fileBytes) return fail(TOO_LARGE);
    const handle = await fs.open(absolute, fsConstants.O_RDONLY | NO_FOLLOW);
    try {
      // The file may have grown since lstat: read one byte past the limit, never the whole file.
      const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) return fail(TOO_LARGE);
      }
      text = buffer.toString('utf8', 0, length);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (errorCode(err) === 'ELOOP') return fail(SYMLINK);
    return fail(`Could not read the file (${describeError(err)}); check that it is a readable file, or remove it.`);
  }
  const result = parseReflection(text);
  if (!result.ok) return { problems: result.problems };
  return { reflection: result.reflection, idLine: lineOfTopLevelKey(text, 'id') };
}

/** The 1-based line of a top-level `key:` in block style, or 1 when it is written some other way. */
function lineOfTopLevelKey(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Maps `items` with at most `limit` calls in flight; results keep the order of `items`. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
