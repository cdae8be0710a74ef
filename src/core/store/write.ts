/**
 * Writing files under a workspace folder when the folder's content is not ours: `.coaching/`
 * arrives with `git clone`, so any folder in a path may be a committed symbolic link that
 * points out of the repository. Every write here checks each path component from the
 * workspace root down before it creates or writes anything, creates temp files exclusively
 * and without following links, flushes the data, and flushes the folder after the final name
 * appears, so a crash leaves either the whole file or none.
 */
import { promises as fs, constants as fsConstants, type Stats } from 'node:fs';
import * as path from 'node:path';
import { newShortId, type Random } from '../model/ids';
import { errorCode } from '../util/errors';

/** Raised when a file name is already taken; the store picks another id and tries again. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
    this.name = 'FileExistsError';
  }
}

/** Raised when a folder on the way to a file is a link or not a folder; nothing was created or written. */
export class UnsafePathError extends Error {
  constructor(readonly relativePath: string, readonly found: 'link' | 'not-folder' | 'folder') {
    super(found === 'link'
      ? `${relativePath} is a symbolic link. Retro Coach writes only into real folders inside the repository, so a link cannot send your reflection elsewhere. Replace the link with a folder (move the link aside, then create the folder), then save again.`
      : found === 'folder'
        ? `${relativePath} is a folder where Retro Coach keeps a file of its own. Move it aside, then save again.`
        : `${relativePath} is a file where Retro Coach needs a folder. Move it aside, then save again.`);
    this.name = 'UnsafePathError';
  }
}

/** Exclusive create that refuses to follow a link at the name (O_NOFOLLOW where the platform has it). */
const CREATE_NEW = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0);

/** Whether `stats` is a folder we may write into; throws for links and non-folders. */
function checkFolder(stats: Stats, shown: string): void {
  if (stats.isSymbolicLink()) throw new UnsafePathError(shown, 'link');
  if (!stats.isDirectory()) throw new UnsafePathError(shown, 'not-folder');
}

/**
 * Makes sure `relativeDir` (with '/' separators) exists under `root` as real folders, one
 * component at a time: an existing component must be a folder, not a link to one; a missing
 * one is created (never recursively, so no link is followed on the way).
 */
export async function ensureRealFolders(root: string, relativeDir: string): Promise<void> {
  let current = root;
  const shown: string[] = [];
  for (const part of relativeDir.split('/').filter((p) => p && p !== '.')) {
    if (part === '..') throw new UnsafePathError(relativeDir, 'not-folder');
    current = path.join(current, part);
    shown.push(part);
    const stats = await fs.lstat(current).catch((err: unknown) => {
      if (errorCode(err) === 'ENOENT') return undefined;
      throw err;
    });
    if (stats) {
      checkFolder(stats, shown.join('/'));
      continue;
    }
    try {
      await fs.mkdir(current);
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
      // Someone made it at the same moment: check what they made.
      checkFolder(await fs.lstat(current), shown.join('/'));
    }
  }
}

/** Flushes a folder's entries to disk after a link or rename; best effort where folders cannot be opened (Windows). */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, fsConstants.O_RDONLY);
    await handle.sync();
  } catch {
    // Windows cannot open a folder for flushing, and NTFS journals the entry itself.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes `content` to a new temp file beside `target` and flushes it; resolves to the temp file's path. */
async function writeTemp(target: string, content: string, random: Random): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${newShortId(random)}.tmp`);
  const handle = await fs.open(temp, CREATE_NEW, 0o666);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  return temp;
}

/**
 * Writes `content` to a new file at `relative` (with '/' separators) under `root`, atomically
 * and without ever replacing one: the bytes go to a temp file in the same folder, are flushed,
 * and are then hard-linked to the final name (link fails if the name exists). Readers never
 * see a half-written file. Where the file system cannot hard-link, an exclusive copy keeps the
 * no-overwrite promise.
 */
export async function writeNewFile(root: string, relative: string, content: string, random: Random): Promise<void> {
  const target = path.join(root, ...relative.split('/'));
  await ensureRealFolders(root, path.posix.dirname(relative));
  const temp = await writeTemp(target, content, random);
  try {
    try {
      await fs.link(temp, target);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EEXIST') throw new FileExistsError(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
      try {
        await fs.copyFile(temp, target, fsConstants.COPYFILE_EXCL);
      } catch (copyErr) {
        if (errorCode(copyErr) === 'EEXIST') throw new FileExistsError(target);
        throw copyErr;
      }
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
  await syncFolder(path.dirname(target));
}

/**
 * Replaces the file at `relative` under `root` with `content`, atomically (temp file, then
 * rename). Only for files Retro Coach owns, never a reflection: a link at the name is replaced
 * by the file, not followed.
 */
export async function replaceOwnFile(root: string, relative: string, content: string, random: Random): Promise<void> {
  const target = path.join(root, ...relative.split('/'));
  await ensureRealFolders(root, path.posix.dirname(relative));
  if ((await fs.lstat(target).catch(() => undefined))?.isDirectory()) throw new UnsafePathError(relative, 'folder');
  const temp = await writeTemp(target, content, random);
  try {
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  await syncFolder(path.dirname(target));
}
