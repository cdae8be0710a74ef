/**
 * What the corpus keeps of each file between reads: its parse (a reflection, or the problems
 * that kept it out) under a stamp of the file's size, modification time and inode. The same
 * shape lives in memory (the extension's index) and on disk (persistentCache.ts).
 */
import type { Stats } from 'node:fs';
import { LIMITS, type Reflection } from '../model/reflection';
import { parseReflection, type ParseProblem } from '../model/reflectionYaml';
import { parseCanonicalReflection } from '../model/fastParse';
import { mapBounded } from '../util/mapBounded';
import { readUntrusted } from './safeRead';
import { eachStep, runInOneGo, type RunSteps, type Steps, type Turns } from '../util/turns';

export type ReadResult = { reflection: Reflection; idLine: number } | { problems: ParseProblem[] };

export interface ReadCacheEntry {
  stamp: string;
  result: ReadResult;
}

/**
 * Parsed files by relative path, with the size, modification time and inode they had: pass
 * the same cache to every read and a change to one file re-reads that file only.
 */
export type ReadCache = Map<string, ReadCacheEntry>;

/** The key a cached parse is valid for: any write changes the size or the modification time, a replaced file its inode. */
export function stampOf(stats: FileStat): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/** The size a stamp was made for. */
export function sizeOfStamp(stamp: string): number {
  return Number(stamp.slice(0, stamp.indexOf(':')));
}

/** Whether two caches hold the same parse for every path (the same objects): nothing to save. */
export function sameEntries(a: ReadCache, b: ReadCache): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) if (b.get(key) !== entry) return false;
  return true;
}

/** Files read at the same time: enough to hide latency, few enough not to run out of file handles. */
export const READ_CONCURRENCY = 16;

/**
 * Reads and parses files the walk reached and just lstat'ed as regular files within the size
 * limit (the folders above them were checked on the way down), in order. The default reads
 * them here; core/worker reads them in worker threads.
 */
export type ParseFiles = (root: string, files: readonly string[]) => Promise<ReadResult[]>;

export const parseHere: ParseFiles = (root, files) => mapBounded(files, READ_CONCURRENCY, (file) => readReflectionFile(root, file, { parentsChecked: true, statted: true }));

/**
 * What the walk's lstat of a file says, as far as reading it needs: a Stats, or the same
 * numbers read back from a worker thread (core/worker's `stat`).
 */
export type FileStat = Pick<Stats, 'size' | 'mtimeMs' | 'ino' | 'isFile'>;

/**
 * The lstats of a walk's files, in order: an array of them, or the numbers a worker packed
 * (core/worker's PackedStats), read one file at a time, so 100,000 lstats are not 100,000
 * objects that live as long as the walk.
 */
export interface FileStats {
  readonly length: number;
  at(index: number): FileStat | undefined;
}

/** Whether the walk's lstat already tells the reader all it would check before opening the file. */
function plainFile(stats: FileStat | undefined): boolean {
  return stats !== undefined && stats.isFile() && stats.size <= LIMITS.fileBytes;
}

export interface FilesRead {
  /** The parse of each file, in order. */
  results: ReadResult[];
  /** Which of them (indices, ascending) were read now rather than found in the cache: new or changed files. */
  fresh: number[];
}

/**
 * The parse of each of `files` (with the lstat the walk took of each, if any): from `cache`
 * when its stamp still matches, the rest through `parse`, which the cache then keeps. The
 * look-ups run through `run` (in turns on the extension host: one per file).
 */
export async function readFiles(root: string, files: readonly string[], stats: FileStats, opts: { cache?: ReadCache; parse?: ParseFiles; run?: RunSteps }): Promise<FilesRead> {
  const results = new Array<ReadResult>(files.length);
  const { cache } = opts;
  const missing = await (opts.run ?? runInOneGo)((turns) => cacheHitSteps(files, stats, cache, results, turns));
  // The rare rest (a link, a pipe, too large, gone since the walk) gets the reader's full checks and its refusal.
  const plain = missing.filter((i) => plainFile(stats.at(i)));
  const odd = missing.filter((i) => !plainFile(stats.at(i)));
  const parsed = await (opts.parse ?? parseHere)(root, plain.map((i) => files[i]));
  const refused = await Promise.all(odd.map((i) => readReflectionFile(root, files[i], { parentsChecked: true })));
  const keep = (i: number, result: ReadResult) => {
    results[i] = result;
    const stat = stats.at(i);
    if (cache && stat) cache.set(files[i], { stamp: stampOf(stat), result });
  };
  plain.forEach((i, k) => keep(i, parsed[k]));
  odd.forEach((i, k) => keep(i, refused[k]));
  return { results, fresh: missing };
}

/** Fills `results` with the cache's parses whose stamps still match; returns the indices of the files it has none for. */
function* cacheHitSteps(files: readonly string[], stats: FileStats, cache: ReadCache | undefined, results: ReadResult[], turns: Turns): Steps<number[]> {
  const missing: number[] = [];
  yield* eachStep(files, turns, (file, i) => {
    const stat = stats.at(i);
    const hit = cache && stat ? cache.get(file) : undefined;
    if (hit && stat && hit.stamp === stampOf(stat)) results[i] = hit.result;
    else missing.push(i);
  });
  return missing;
}

/**
 * Reads and parses one reflection file through the untrusted reader: links (here or in a
 * folder above), non-files and oversized files are refused before they are read.
 */
export async function readReflectionFile(root: string, relative: string, opts: { parentsChecked?: boolean; statted?: boolean } = {}): Promise<ReadResult> {
  const read = await readUntrusted(root, relative, { maxBytes: LIMITS.fileBytes, parentsChecked: opts.parentsChecked, statted: opts.statted });
  if (!read.ok) return { problems: [{ line: read.line, col: 1, message: read.message }] };
  // Files in the form Retro Coach writes take the fast path; anything else, `yaml` (which also says what is wrong).
  const canonical = parseCanonicalReflection(read.text);
  if (canonical) return { reflection: canonical, idLine: lineOfTopLevelKey(read.text, 'id') };
  const result = parseReflection(read.text);
  if (!result.ok) return { problems: result.problems };
  return { reflection: result.reflection, idLine: lineOfTopLevelKey(read.text, 'id') };
}

/** The 1-based line of a top-level `key:` in block style, or 1 when it is written some other way. */
function lineOfTopLevelKey(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => line.replace(/^\uFEFF/, '').startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
