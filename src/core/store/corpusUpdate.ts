/**
 * Brings a corpus up to date after a file watcher named the files that changed, without
 * walking `.coaching/` again: each named file is stat'ed and, when new or changed, read
 * through the same untrusted reader as a full read. Anything a single-file update cannot
 * decide the way a full walk would (a folder, a link, a file outside the reflection folders,
 * a budget reached, a walk that had stopped early) is no update: the caller walks again.
 * The corpus is patched where the named files sit (corpusParts.ts), so an update costs a
 * search and a splice per file, not a pass over every file.
 */
import { promises as fs, type Stats } from 'node:fs';
import { LIMITS } from '../model/reflection';
import { CORPUS_BUDGET, assemble, type Corpus, type CorpusListing, type ReadOptions } from './corpus';
import { COACHING_DIR, PRIVATE_DIR } from './store';
import { isReflectionPath } from './reflectionFiles';
import { readFiles, sizeOfStamp, type ReadCache, type ReadResult } from './readCache';
import { patchParts, positionIn } from './corpusParts';
import { absolute } from './corpusWalk';

export interface UpdateOptions extends ReadOptions {
  cache: ReadCache;
}

/** What the budget counts of a file: oversize files are refused unread, so they cost nothing. */
function budgetBytes(size: number): number {
  return size > LIMITS.fileBytes ? 0 : size;
}

/** Whether every folder from `.coaching` down to `relative`'s folder is a real folder (not a link). */
async function parentsAreFolders(root: string, relative: string): Promise<boolean> {
  const parts = relative.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const stats = await fs.lstat(absolute(root, parts.slice(0, i).join('/'))).catch(() => undefined);
    if (!stats?.isDirectory()) return false;
  }
  return true;
}

/** Whether a full walk could say something about `relative` that this update cannot. */
function needsWalk(relative: string, listing: CorpusListing, opts: UpdateOptions): boolean {
  if (!listing.complete || !isReflectionPath(relative)) return true;
  if (!opts.includePrivate && relative.startsWith(`${COACHING_DIR}/${PRIVATE_DIR}/`)) return true;
  return listing.walkProblems.some((p) => p.path === relative || relative.startsWith(`${p.path}/`));
}

/**
 * The corpus and listing after `changed` (relative paths) changed on disk, or undefined when
 * only a full read (readListed) can tell. Neither `listing` nor, on undefined, `opts.cache`'s
 * meaning is changed: the cache only ever holds parses under the stamps they were read with.
 * The files not named keep the parses `listing` was assembled with; an update from a listing
 * that a later update replaced takes every file's parse from the cache instead.
 */
export async function updateReflections(root: string, listing: CorpusListing, changed: readonly string[], opts: UpdateOptions): Promise<{ corpus: Corpus; listing: CorpusListing } | undefined> {
  const files = [...listing.files];
  let bytes = listing.bytes;
  const reads: { relative: string; stats: Stats }[] = [];
  for (const relative of new Set(changed)) {
    if (needsWalk(relative, listing, opts)) return undefined;
    const at = positionIn(files, relative);
    const before = opts.cache.get(relative);
    if (at.found) bytes -= before ? budgetBytes(sizeOfStamp(before.stamp)) : 0;
    const stats = await fs.lstat(absolute(root, relative)).catch(() => undefined);
    if (!stats) {
      // A folder that held files (even one named like a reflection) is gone: the walk decides.
      const inside = files[positionIn(files, `${relative}/`).index];
      if (inside?.startsWith(`${relative}/`)) return undefined;
      if (at.found) files.splice(at.index, 1);
      continue;
    }
    if (!stats.isFile()) return undefined;
    if (!at.found) {
      if (!(await parentsAreFolders(root, relative))) return undefined;
      files.splice(at.index, 0, relative);
    }
    bytes += budgetBytes(stats.size);
    reads.push({ relative, stats });
  }
  if (files.length > (opts.maxFiles ?? CORPUS_BUDGET.files) || bytes > (opts.maxBytes ?? CORPUS_BUDGET.bytes)) return undefined;
  const parsed = (await readFiles(root, reads.map((r) => r.relative), reads.map((r) => r.stats), opts)).results;
  const results = new Map<string, ReadResult | undefined>();
  for (const relative of new Set(changed)) {
    if (positionIn(files, relative).found) continue;
    opts.cache.delete(relative);
    results.set(relative, undefined);
  }
  reads.forEach((r, i) => results.set(r.relative, parsed[i]));
  const next: CorpusListing = { ...listing, files, bytes };
  const corpus = patchParts(listing, next, results) ?? assembleFromCache(next, opts.cache, opts.source);
  return corpus && { corpus, listing: next };
}

/** The whole corpus of `listing` from the parses in `cache` (an update of a listing that a later one replaced); undefined when one is missing. */
function assembleFromCache(listing: CorpusListing, cache: ReadCache, source: unknown): Corpus | undefined {
  const read: ReadResult[] = [];
  for (const file of listing.files) {
    const entry = cache.get(file);
    if (!entry) return undefined;
    read.push(entry.result);
  }
  return assemble(listing, read, source);
}
