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
import { READ_CONCURRENCY, type FileStat } from './readCache';

/** The lstat of each of `files` (relative to `root`), undefined where there is none. */
export type StatFiles = (root: string, files: readonly string[]) => Promise<(FileStat | undefined)[]>;

/** Each of `files` lstat'ed through the thread pool's asynchronous lstat, which never holds this thread (the default). */
export const statInThreadPool: StatFiles = (root, files) => mapBounded(files, READ_CONCURRENCY, (file) => lstatLater(absolute(root, file)));

/** Each of `files` lstat'ed with blocking calls, in this thread (a worker's, or the CLI's when no worker can start). */
export function statBlocking(root: string, files: readonly string[]): (FileStat | undefined)[] {
  return files.map((file) => lstatOrNothing(absolute(root, file)));
}

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
 * folder's files are otherwise taken as the folder lists them (the read sorts them all in
 * turns): one sort of a month's 8,000 names would hold the thread for milliseconds.
 */
export async function walk(root: string, start: string, files: string[], maxFiles: number, problem: Report): Promise<boolean> {
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
    for (const entry of entries) {
      // Dirent types come from lstat semantics: a link is reported as a link, never followed.
      if (entry.isSymbolicLink()) links.push(`${dir}/${entry.name}`);
      else if (entry.isDirectory()) subfolders.push(`${dir}/${entry.name}`);
      else if (isReflectionFileName(entry.name)) found.push(`${dir}/${entry.name}`);
    }
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
