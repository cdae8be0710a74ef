/**
 * The walk of `.coaching/`: which files there are (never through a symbolic link, folders in
 * name order) and their lstats, taken here through the thread pool or, blocking, in a worker.
 */
import { lstat, lstatSync, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { isReflectionFileName } from './reflectionFiles';
import { LINK_MESSAGE, folderStatus } from './safeRead';
import { errorCode } from '../util/errors';
import { mapBounded } from '../util/mapBounded';
import { compare } from '../util/order';
import { READ_CONCURRENCY, type FileStat, type FileStats } from './readCache';
import { nextTurn } from '../util/turns';

/** The lstat of each of `files` (relative to `root`), undefined where there is none. */
export type StatFiles = (root: string, files: readonly string[]) => Promise<FileStats>;

/** Each of `files` lstat'ed through the thread pool's asynchronous lstat, which never holds this thread (the default). */
export const statInThreadPool: StatFiles = (root, files) => mapBounded(files, READ_CONCURRENCY, (file) => lstatLater(absolute(root, file)));

/** Each of `files` lstat'ed with blocking calls, in this thread (a worker's, or the CLI's when no worker can start). */
export function statBlocking(root: string, files: readonly string[]): (FileStat | undefined)[] {
  return files.map((file) => lstatOrNothing(absolute(root, file)));
}

/** A folder's entries taken in one task. */
const DIR_BATCH = 1_024;

/** How the walk reports a problem of a file or folder (relative path, 1-based position). */
export type Report = (relative: string, message: string, line?: number, col?: number) => void;

/** What lstat says, or nothing when it fails; through the callback API, which costs the calling thread less per file than fs.promises. */
function lstatLater(file: string): Promise<Stats | undefined> {
  return new Promise((resolve) => lstat(file, (err, stats) => resolve(err ? undefined : stats)));
}

/** What the blocking lstat says, or nothing when it fails, as the walk's asynchronous lstat does. */
function lstatOrNothing(file: string): Stats | undefined {
  try {
    return lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The file-system path of a '/'-separated path relative to `root`. */
export function absolute(root: string, relative: string): string {
  return path.join(root, ...relative.split('/'));
}

/** Whether `relative` is a real folder; a missing one is silently absent, anything else is reported. */
export async function isWalkable(root: string, relative: string, problem: Report): Promise<boolean> {
  const status = await folderStatus(root, relative);
  if (status === 'folder') return true;
  if (status === 'not-folder') problem(relative, `'${relative}' is not a folder; Retro Coach keeps reflections in a folder of that name. Rename or remove the file.`);
  else if (status !== 'absent') problem(relative, status.message);
  return false;
}

/**
 * Collects the reflection files under `start` (relative paths) into `files`, depth first with
 * folders in name order, and the files of a folder in name order where the budget cuts them
 * off, so a cut-off is the same on every run. Returns true when it stopped at `maxFiles`. A
 * folder's files are otherwise taken as readdir lists them (libuv sorts them by their bytes,
 * which nearly always is code-unit order too), and the read checks the order of them all in
 * turns, sorting only if it must: one sort of a month's 8,000 names per folder would hold the
 * thread for milliseconds.
 */
export async function walk(root: string, start: string, files: string[], maxFiles: number, problem: Report, known = new KnownPaths()): Promise<boolean> {
  if (!(await isWalkable(root, start, problem))) return false;
  const pending = [start];
  while (pending.length) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(absolute(root, dir), { withFileTypes: true });
    } catch (err) {
      problem(dir, `Could not read the folder (${errorCode(err) ?? String(err)}); check its permissions.`);
      continue;
    }
    const [links, subfolders, found]: string[][] = [[], [], []];
    const paths = known.folder(dir);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      // Dirent types come from lstat semantics: a link is reported as a link, never followed.
      if (entry.isSymbolicLink()) links.push(paths.path(entry.name));
      else if (entry.isDirectory()) subfolders.push(paths.path(entry.name));
      else if (isReflectionFileName(entry.name)) found.push(paths.path(entry.name));
      // A month of 8,000 reflections in one task held the thread ~10 ms.
      if ((i + 1) % DIR_BATCH === 0) await nextTurn();
    }
    paths.listed(entries.length);
    for (const link of links.sort(compare)) problem(link, LINK_MESSAGE);
    if (files.length + found.length > maxFiles) {
      files.push(...found.sort(compare).slice(0, maxFiles - files.length));
      return true;
    }
    for (const file of found) files.push(file);
    // Reversed onto the stack, so folders are visited in name order.
    pending.push(...subfolders.sort(compare).reverse());
  }
  return false;
}

/**
 * The paths earlier walks of one root made, by folder and name: a walk that finds an entry
 * again takes its path from here instead of making a new string. At 100,000 files, new
 * strings that live as long as the walk are what makes the collector pause the extension
 * host; a name looked up dies young. The index keeps one per folder (ReadOptions.knownPaths).
 */
export class KnownPaths {
  private readonly byFolder = new Map<string, Map<string, string>>();
  /** The folders of the walk under way: the others are forgotten when it ends (forgetOthers). */
  private listed = new Set<string>();

  /** The paths of `dir`'s entries; `listed` says how many it had, and more known than that means some are gone: the folder starts over. */
  folder(dir: string): { path(name: string): string; listed(entries: number): void } {
    this.listed.add(dir);
    let names = this.byFolder.get(dir);
    if (!names) this.byFolder.set(dir, (names = new Map()));
    const known = names;
    return {
      path: (name) => {
        let path = known.get(name);
        if (path === undefined) known.set(name, (path = `${dir}/${name}`));
        return path;
      },
      listed: (entries) => {
        if (known.size > entries) this.byFolder.delete(dir);
      },
    };
  }

  /** How many paths are known, for tests. */
  get size(): number {
    let size = 0;
    for (const names of this.byFolder.values()) size += names.size;
    return size;
  }

  /** Forgets the folders the walk that just ended did not list. */
  forgetOthers(): void {
    for (const dir of this.byFolder.keys()) if (!this.listed.has(dir)) this.byFolder.delete(dir);
    this.listed = new Set();
  }
}
