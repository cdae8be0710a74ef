/**
 * Which repositories a command reads: `--root DIR` (repeatable) and `--roots-file FILE` (one
 * path per line, `#` starts a comment), or the working directory. Each repository belongs to
 * a team: `config.yaml`'s `team`, else the repository folder's name.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readTeamFiles } from '../core/model/teamConfig';
import { UsageError, type Args } from './args';
import { msg } from '../core/util/message';

export interface Repository {
  /** Absolute path of the repository (the folder holding .coaching). */
  root: string;
  /** The folder's name, as reports show it. */
  repository: string;
  team: string;
}

/** A roots file is a short hand-written list; anything bigger is a mistake, not a list. */
const MAX_ROOTS_FILE_BYTES = 256 * 1024;
const MAX_ROOTS = 1_000;

/** The paths a roots file lists, resolved against the file's own folder. Throws UsageError with file:line on bad lines. */
export function parseRootsFile(text: string, file: string): string[] {
  const roots: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    if (/\p{Cc}/u.test(line)) throw new UsageError(msg('{0}:{1}: a path holds a control character; write one plain path per line.', file, i + 1));
    roots.push(path.resolve(path.dirname(file), line));
  });
  if (roots.length > MAX_ROOTS) throw new UsageError(msg('{0} lists {1} repositories; at most {2} at once. Split the list.', file, roots.length, MAX_ROOTS));
  return roots;
}

async function readRootsFile(file: string): Promise<string[]> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(msg('--roots-file {0} is not a file.', file));
    if (stat.size > MAX_ROOTS_FILE_BYTES) throw new UsageError(msg('--roots-file {0} is larger than {1} KB; it should list one repository path per line.', file, MAX_ROOTS_FILE_BYTES / 1024));
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(msg('Could not read --roots-file {0} ({1}); check the path.', file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
  return parseRootsFile(text, file);
}

/** Every root the arguments name, in order, each once; the working directory when none is named. */
export async function rootPaths(args: Args, cwd: string): Promise<string[]> {
  const listed = (args.repeated.get('root') ?? []).map((r) => path.resolve(cwd, r));
  const file = args.flags.get('roots-file');
  if (file === true) throw new UsageError(msg('--roots-file needs a file name.'));
  if (typeof file === 'string') listed.push(...(await readRootsFile(path.resolve(cwd, file))));
  if (!listed.length && (args.flags.has('roots-file'))) throw new UsageError(msg('--roots-file {0} lists no repository.', String(file)));
  return listed.length ? [...new Set(listed)] : [path.resolve(cwd, '.')];
}

/** Whether more than one repository was asked for, or a roots file: then reports break down by team. */
export function isMultiRoot(args: Args): boolean {
  return (args.repeated.get('root')?.length ?? 0) > 1 || args.flags.has('roots-file');
}

/** The repository at `root` and its team (config.yaml's `team`, else the folder name). */
export function repositoryAt(root: string): Repository {
  const repository = path.basename(root) || root;
  return { root, repository, team: readTeamFiles(root).config.team ?? repository };
}
