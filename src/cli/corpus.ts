/**
 * How the CLI reads a repository: through the persistent cache in the OS cache folder
 * (cliCacheDir), so a second run on an unchanged corpus is a cache load plus a stat walk.
 * Without an environment (tests driving main()) nothing is kept between runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Corpus } from '../core/store/corpus';
import { cliCacheDir } from '../core/store/persistentCache';
import { readCorpus } from '../core/worker/readCorpus';
import { sharedParsePool } from '../core/worker/pool';

/** Set to `off` to read every file on every run and keep nothing on disk. */
export const CACHE_ENV = 'RETRO_COACH_CACHE';

let codeVersion: string | undefined;

/**
 * The cache's writer version: a hash of the running code (dist/cli.js is one bundle), so
 * any other build, whatever its package version says, starts from an empty cache.
 */
function version(): string {
  codeVersion ??= `code-${createHash('sha256').update(readFileSync(__filename)).digest('hex').slice(0, 16)}`;
  return codeVersion;
}

export function readForCli(root: string, includePrivate: boolean, env: NodeJS.ProcessEnv | undefined): Promise<Corpus> {
  const persist = env && env[CACHE_ENV] !== 'off' ? { dir: cliCacheDir(root, env), version: version() } : undefined;
  // The walk's lstats in a worker (blocking calls, the cheapest per file), while this thread reads the cache or the next repository.
  return readCorpus(root, { includePrivate, persist, stat: sharedParsePool().stat });
}
