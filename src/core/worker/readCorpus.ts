/**
 * The corpus as the CLI (and anything else outside the extension) reads it: files parsed in
 * the shared worker pool when there are many, and through the persistent cache when given
 * one, so a second run on an unchanged corpus is a cache load plus a stat walk.
 */
import { readReflections, statInThreadPool, type Corpus, type ReadCache, type ReadOptions, type StatFiles } from '../store/corpus';
import { loadReadCache, saveReadCache, type CacheLocation } from '../store/persistentCache';
import { sameEntries } from '../store/readCache';
import { sharedParsePool } from './pool';

export interface CorpusOptions extends Omit<ReadOptions, 'cache' | 'parse'> {
  /** Where to keep parsed files between runs (e.g. cliCacheDir(root) and the CLI's version); none: parse every file. */
  persist?: CacheLocation;
}

/** Reads the reflections under `root`/.coaching like readReflections. Never throws for a file's content, a worker or a cache that cannot be used. */
export async function readCorpus(root: string, opts: CorpusOptions): Promise<Corpus> {
  const parse = sharedParsePool().parse;
  if (!opts.persist) return readReflections(root, { ...opts, parse });
  // The cache loads while the walk lists and lstats the files: the read looks in it only once the lstats are in.
  const cache: ReadCache = new Map();
  const loading = loadReadCache(root, opts.persist, opts.includePrivate);
  const stat = opts.stat ?? statInThreadPool;
  const statThenCache: StatFiles = async (from, files) => {
    const [stats, loaded] = await Promise.all([stat(from, files), loading]);
    for (const [file, entry] of loaded) cache.set(file, entry);
    return stats;
  };
  const corpus = await readReflections(root, { ...opts, cache, parse, stat: statThenCache });
  if (!sameEntries(await loading, cache)) await saveReadCache(root, opts.persist, opts.includePrivate, cache);
  return corpus;
}
