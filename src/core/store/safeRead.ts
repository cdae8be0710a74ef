/**
 * The one way Retro Coach reads a file or lists a folder under `.coaching/`. Everything there
 * arrives with `git clone`, so a read trusts nothing: it refuses symbolic links (in the file
 * and in every folder above it), pipes, devices and other non-files before opening anything,
 * opens with O_NOFOLLOW and O_NONBLOCK (so a link or pipe swapped in after the check is
 * refused too, never waited on), reads at most `maxBytes + 1` bytes (so an oversize file is
 * detected without reading it), and requires UTF-8. A bad file is a refusal with a message
 * and a line, never an exception.
 */
import { closeSync, fstatSync, lstatSync, openSync, promises as fs, readSync, constants as fsConstants, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { errorCode } from '../util/errors';

/** Why a file was not read. `missing` is often no problem at all (an optional file). */
export type ReadRefusal = 'missing' | 'link' | 'not-file' | 'too-large' | 'not-utf8' | 'unreadable';

export type SafeRead =
  | { ok: true; text: string; bytes: number }
  | { ok: false; refusal: ReadRefusal; message: string; line: number };

export type Refused = Extract<SafeRead, { ok: false }>;

export interface SafeReadOptions {
  /** The most bytes the file may have; one more is read to tell that it has more. */
  maxBytes: number;
  /** The caller walked down to the file and refused links on the way, so the folders above need no check. */
  parentsChecked?: boolean;
  /**
   * The caller just lstat'ed the file and found a regular file within maxBytes, so that lstat
   * is not repeated; the open (O_NOFOLLOW, O_NONBLOCK) and the fstat of the open file still
   * refuse a link, pipe or larger file swapped in since.
   */
  statted?: boolean;
}

/** O_NOFOLLOW closes the gap between lstat and open; Windows has neither the flag nor, for us, the risk. */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

export const LINK_MESSAGE = 'This is a symbolic link; Retro Coach does not follow links in .coaching/ because they can point anywhere on this machine. Replace it with the file or folder itself.';
const NOT_FILE_MESSAGE = 'This is not a regular file (a pipe, device or socket); Retro Coach reads only plain files here. Remove it, or rename it so it does not end in .yaml.';

function refused(refusal: ReadRefusal, message: string, line = 1): Refused {
  return { ok: false, refusal, message, line };
}

function tooLarge(maxBytes: number): Refused {
  return refused('too-large', `The file is larger than ${maxBytes} bytes, the most Retro Coach reads, so it was not read. Shorten it, or split it into several files.`);
}

function unreadable(err: unknown): Refused {
  const code = errorCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return refused('missing', 'The file does not exist.');
  if (code === 'ELOOP') return refused('link', LINK_MESSAGE);
  return refused('unreadable', `Could not read the file (${code ?? String(err)}); check that it is a readable file, or remove it.`);
}

/** What lstat (or fstat on the open file) says that rules the file out before any byte is read. */
function refusalOf(stats: Stats, maxBytes: number): Refused | undefined {
  if (stats.isSymbolicLink()) return refused('link', LINK_MESSAGE);
  if (!stats.isFile()) return refused('not-file', NOT_FILE_MESSAGE);
  if (stats.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

/** The folders from `root` down to (not including) the last part of `relative`. */
function parentsOf(root: string, relative: string): { relative: string; absolute: string }[] {
  const parts = relative.split('/');
  return parts.slice(0, -1).map((_, i) => {
    const prefix = parts.slice(0, i + 1).join('/');
    return { relative: prefix, absolute: path.join(root, ...prefix.split('/')) };
  });
}

function parentRefusal(folder: string, stats: Stats | undefined): Refused | undefined {
  if (!stats) return refused('missing', 'The file does not exist.');
  if (stats.isSymbolicLink()) return refused('link', `'${folder}' is a symbolic link; Retro Coach does not follow links in .coaching/ because they can point anywhere on this machine. Replace it with the folder itself.`);
  if (!stats.isDirectory()) return refused('missing', 'The file does not exist.');
  return undefined;
}

/** UTF-8 text (a byte order mark is dropped), or where the first byte that is not UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array): SafeRead {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.length };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return refused('not-utf8', `The file is not UTF-8 text (the first invalid byte is on line ${line}); save it as UTF-8.`, line);
  }
}

/** Reads `root`/`relative` ('/' separated) as untrusted text. Never throws. */
export async function readUntrusted(root: string, relative: string, opts: SafeReadOptions): Promise<SafeRead> {
  if (!opts.parentsChecked) {
    for (const parent of parentsOf(root, relative)) {
      const refusal = parentRefusal(parent.relative, await fs.lstat(parent.absolute).catch(() => undefined));
      if (refusal) return refusal;
    }
  }
  const file = path.join(root, ...relative.split('/'));
  let handle: fs.FileHandle | undefined;
  try {
    const before = opts.statted ? undefined : refusalOf(await fs.lstat(file), opts.maxBytes);
    if (before) return before;
    handle = await fs.open(file, OPEN_FLAGS);
    const stats = await handle.stat();
    const after = refusalOf(stats, opts.maxBytes);
    if (after) return after;
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, opts.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > opts.maxBytes) return tooLarge(opts.maxBytes);
      // The file grew since fstat: make room up to the limit (plus the byte that tells it is over).
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(opts.maxBytes + 1 - length)]);
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (err) {
    return unreadable(err);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The same read, synchronously, for the few callers that cannot wait (small team files). */
export function readUntrustedSync(root: string, relative: string, opts: SafeReadOptions): SafeRead {
  if (!opts.parentsChecked) {
    for (const parent of parentsOf(root, relative)) {
      const refusal = parentRefusal(parent.relative, lstatSync(parent.absolute, { throwIfNoEntry: false }));
      if (refusal) return refusal;
    }
  }
  const file = path.join(root, ...relative.split('/'));
  let fd: number | undefined;
  try {
    const before = refusalOf(lstatSync(file), opts.maxBytes);
    if (before) return before;
    fd = openSync(file, OPEN_FLAGS);
    const stats = fstatSync(fd);
    const after = refusalOf(stats, opts.maxBytes);
    if (after) return after;
    const buffer = Buffer.alloc(opts.maxBytes + 1);
    let length = 0;
    for (let n = readSync(fd, buffer, 0, buffer.length, 0); n > 0; n = readSync(fd, buffer, length, buffer.length - length, length)) {
      length += n;
      if (length > opts.maxBytes) return tooLarge(opts.maxBytes);
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (err) {
    return unreadable(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What is at `root`/`relative` as a folder to walk: a real folder, nothing (or something
 * that is not a folder), or a refusal for a link or an unreadable entry.
 */
export async function folderStatus(root: string, relative: string): Promise<'folder' | 'absent' | 'not-folder' | Refused> {
  let stats: Stats;
  try {
    stats = await fs.lstat(path.join(root, ...relative.split('/')));
  } catch (err) {
    const refusal = unreadable(err);
    return refusal.refusal === 'missing' ? 'absent' : refused('unreadable', `Could not read the folder (${errorCode(err) ?? String(err)}); check its permissions.`);
  }
  if (stats.isSymbolicLink()) return refused('link', LINK_MESSAGE);
  return stats.isDirectory() ? 'folder' : 'not-folder';
}

/**
 * The entries of the folder `root`/`relative` (link types as links, never followed), after
 * checking that neither it nor a folder above it is a link. A missing folder has no entries.
 */
export async function listUntrustedFolder(root: string, relative: string): Promise<{ ok: true; entries: Dirent[] } | Refused> {
  for (const folder of [...parentsOf(root, relative).map((p) => p.relative), relative]) {
    const status = await folderStatus(root, folder);
    if (status === 'absent' || status === 'not-folder') return { ok: true, entries: [] };
    if (status !== 'folder') return status;
  }
  try {
    return { ok: true, entries: await fs.readdir(path.join(root, ...relative.split('/')), { withFileTypes: true }) };
  } catch (err) {
    return refused('unreadable', `Could not read the folder (${errorCode(err) ?? String(err)}); check its permissions.`);
  }
}
