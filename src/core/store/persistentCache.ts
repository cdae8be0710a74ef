/**
 * The read cache kept on disk between runs, outside the repository: the extension keeps it
 * in its global storage, the CLI in the OS cache folder. It holds what parsing each file gave
 * (documents and problems), keyed by path and the file's size, modification time and inode,
 * so a second read of an unchanged corpus is this load plus a stat walk.
 *
 * The file is ours, but a crash, a full disk or another version may have left it in any
 * state: it is written atomically (temp file, then rename), carries its format, the writer's
 * version, the root it describes and a hash of its payload, and anything that does not match
 * is an empty cache, never an error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReadCache, ReadCacheEntry } from './readCache';
import { nextTurn } from '../util/turns';

/** Bump when the shape of an entry or of a parsed reflection changes. */
export const CACHE_FORMAT = 1;

/** The most a cache file may hold; past it the rest of the entries are left out (and re-read next time). */
export const CACHE_MAX_BYTES = 96 * 1024 * 1024;

export interface CacheLocation {
  /** The folder that holds this root's cache files (created on save). */
  dir: string;
  /** The version of whatever writes the cache: a cache from another version is ignored. */
  version: string;
}

interface Header {
  format: number;
  version: string;
  root: string;
  sha256: string;
}

/** A short, stable name for a repository root, so every root gets its own cache folder. */
export function rootHash(root: string): string {
  return createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
}

/**
 * The CLI's cache folder for `root`: `$XDG_CACHE_HOME/retro-coach/<hash>` (else
 * `~/.cache/…`), `~/Library/Caches/…` on macOS, `%LOCALAPPDATA%\retro-coach\<hash>` on Windows.
 */
export function cliCacheDir(root: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  let base: string;
  if (platform === 'win32') base = env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
  else if (platform === 'darwin') base = path.join(home, 'Library', 'Caches');
  else base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache');
  return path.join(base, 'retro-coach', rootHash(root));
}

/** One file per kind of read: a read without private files must not evict their entries. */
function cacheFile(location: CacheLocation, includePrivate: boolean): string {
  return path.join(location.dir, includePrivate ? 'corpus-private.json' : 'corpus.json');
}

/** Entries handled between two turns of the event loop: loading or saving never holds the thread for long. */
const ENTRIES_PER_TURN = 100;


function isEntry(value: unknown): value is [string, string, ReadCacheEntry['result']] {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || typeof value[1] !== 'string') return false;
  const result: unknown = value[2];
  if (typeof result !== 'object' || result === null) return false;
  if ('problems' in result) return Array.isArray(result.problems);
  return 'reflection' in result && typeof result.reflection === 'object' && result.reflection !== null && 'idLine' in result && typeof result.idLine === 'number';
}

/** The entries of a cache file's text (a header line, then one entry per line), or undefined when any of it does not check out. */
async function entriesOf(text: string, root: string, location: CacheLocation): Promise<ReadCache | undefined> {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
  if (header.format !== CACHE_FORMAT || header.version !== location.version || header.root !== path.resolve(root)) return undefined;
  const hash = createHash('sha256');
  const cache: ReadCache = new Map();
  for (let start = newline + 1; start < text.length; await nextTurn()) {
    let end = start;
    for (let n = 0; n < ENTRIES_PER_TURN && end < text.length; n++) {
      const next = text.indexOf('\n', end);
      if (next < 0) return undefined;
      end = next + 1;
    }
    const chunk = text.slice(start, end);
    hash.update(chunk);
    for (const line of chunk.slice(0, -1).split('\n')) {
      const value: unknown = JSON.parse(line);
      if (!isEntry(value)) return undefined;
      cache.set(value[0], { stamp: value[1], result: value[2] });
    }
    start = end;
  }
  return hash.digest('hex') === header.sha256 ? cache : undefined;
}

/** The cache for `root` as last saved by this version; empty when missing, corrupt, too large or another version's. */
export async function loadReadCache(root: string, location: CacheLocation, includePrivate: boolean): Promise<ReadCache> {
  try {
    const file = cacheFile(location, includePrivate);
    const stats = await fs.lstat(file);
    if (!stats.isFile() || stats.size > CACHE_MAX_BYTES + 4096) return new Map();
    return (await entriesOf(await fs.readFile(file, 'utf8'), root, location)) ?? new Map();
  } catch {
    // Missing, unreadable or not JSON: start empty, the read fills it again.
    return new Map();
  }
}

/** One line per entry, in batches, with their hash; entries past CACHE_MAX_BYTES are left out. */
async function linesOf(cache: ReadCache): Promise<{ batches: string[]; sha256: string }> {
  const hash = createHash('sha256');
  const batches: string[] = [];
  let batch: string[] = [];
  let bytes = 0;
  const flush = () => {
    const text = batch.join('');
    hash.update(text);
    batches.push(text);
    batch = [];
  };
  for (const [relative, entry] of cache) {
    const line = `${JSON.stringify([relative, entry.stamp, entry.result])}\n`;
    bytes += Buffer.byteLength(line);
    if (bytes > CACHE_MAX_BYTES) break;
    batch.push(line);
    if (batch.length === ENTRIES_PER_TURN) {
      flush();
      await nextTurn();
    }
  }
  flush();
  return { batches, sha256: hash.digest('hex') };
}

/**
 * Writes `cache` for `root`, atomically (a temporary file renamed over the old one). Never
 * throws: a cache that cannot be written only makes the next read slower.
 */
export async function saveReadCache(root: string, location: CacheLocation, includePrivate: boolean, cache: ReadCache): Promise<boolean> {
  const { batches, sha256 } = await linesOf(cache);
  const header: Header = { format: CACHE_FORMAT, version: location.version, root: path.resolve(root), sha256 };
  const file = cacheFile(location, includePrivate);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    await fs.mkdir(location.dir, { recursive: true, mode: 0o700 });
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.write(`${JSON.stringify(header)}\n`);
    for (const batch of batches) await handle.write(batch);
    await handle.close();
    handle = undefined;
    await fs.rename(temp, file);
    return true;
  } catch {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return false;
  }
}
