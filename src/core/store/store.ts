/**
 * Where reflections live in `.coaching/` and how they get there. Every write creates a
 * new file atomically and never replaces one: a reflection, once written, is only ever
 * added to by new files, so two people never edit the same file and git merges are clean.
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import { newShortId, slugify, type Random } from '../model/ids';
import type { Reflection } from '../model/reflection';
import { serializeReflection } from '../model/reflectionYaml';
import { localDateOf } from '../calendar';
import { errorCode } from '../util/errors';

export const COACHING_DIR = '.coaching';
export const REFLECTIONS_DIR = 'reflections';
export const PRIVATE_DIR = 'private';

/** What a private folder's .gitignore says: ignore everything here, this file included. */
export const PRIVATE_GITIGNORE = '# Private Retro Coach reflections: kept on this machine, never committed.\n*\n';

/** The file a reflection is written to, relative to the workspace root, with '/' separators. */
export function reflectionPath(reflection: Reflection, slug: string): string {
  const date = localDateOf(reflection.created);
  const [year, month] = date.split('-');
  const area = reflection.visibility === 'private' ? PRIVATE_DIR : REFLECTIONS_DIR;
  return [COACHING_DIR, area, year, month, `${date}-${slug}-${reflection.id}.yaml`].join('/');
}

/** The slug of a reflection's file name: the first words of its first answer. */
export function reflectionSlug(reflection: Reflection): string {
  const first = reflection.exchanges.find((e) => e.answer.trim())?.answer ?? '';
  return slugify(first, reflection.friction[0] ?? 'reflection');
}

/** Raised when a file name is already taken; the store picks another id and tries again. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
    this.name = 'FileExistsError';
  }
}

/**
 * Writes `content` to a new file at `target`, atomically and without ever replacing one:
 * the bytes go to a temp file in the same folder, are flushed, and are then hard-linked to
 * the final name (link fails if the name exists). Readers never see a half-written file.
 * Where the file system cannot hard-link, an exclusive copy keeps the no-overwrite promise.
 */
export async function writeNewFile(target: string, content: string, random: Random): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${newShortId(random)}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
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
}

/** Makes sure `.coaching/private/` ignores itself, so private reflections never reach git. */
export async function ensurePrivateIgnored(root: string): Promise<void> {
  const dir = path.join(root, COACHING_DIR, PRIVATE_DIR);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, '.gitignore');
  try {
    await fs.writeFile(file, PRIVATE_GITIGNORE, { flag: 'wx' });
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  }
}

export const SCHEMA_DIR = 'schema';
export const SCHEMA_FILE = 'reflection.schema.json';

/**
 * Keeps `.coaching/schema/reflection.schema.json` equal to the schema this version writes,
 * so the modeline in each file resolves for coaches without Retro Coach. The copy is ours
 * (never a reflection), so an outdated one is replaced, atomically.
 */
export async function ensureSchemaCopy(root: string, schemaText: string, random: Random): Promise<void> {
  const file = path.join(root, COACHING_DIR, SCHEMA_DIR, SCHEMA_FILE);
  const current = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (current === schemaText) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${newShortId(random)}.tmp`;
  await fs.writeFile(temp, schemaText, { flag: 'wx' });
  await fs.rename(temp, file);
}

/** A reflection with a new id, carried into its action ids too. */
export function withId(reflection: Reflection, id: string): Reflection {
  return {
    ...reflection,
    id,
    actions: reflection.actions.map((a, i) => ({ ...a, id: `${id}-a${i + 1}` })),
  };
}

export interface SavedReflection {
  reflection: Reflection;
  /** Relative to the workspace root, '/' separated. */
  relativePath: string;
  absolutePath: string;
}

/**
 * Saves a new reflection under `root`. If its file name is taken (the same id on the same
 * day and slug — rare, but possible across clones), it draws a new id and tries again.
 */
export async function saveReflection(root: string, reflection: Reflection, random: Random, opts: { schemaText?: string; attempts?: number } = {}): Promise<SavedReflection> {
  const attempts = opts.attempts ?? 5;
  if (reflection.visibility === 'private') await ensurePrivateIgnored(root);
  // A private save leaves no trace git would see, not even the schema copy.
  if (opts.schemaText !== undefined && reflection.visibility !== 'private') await ensureSchemaCopy(root, opts.schemaText, random);
  let current = reflection;
  for (let attempt = 1; ; attempt++) {
    const relativePath = reflectionPath(current, reflectionSlug(current));
    const absolutePath = path.join(root, ...relativePath.split('/'));
    // From .coaching/<area>/YYYY/MM/ up to .coaching/, then into schema/.
    const schemaPath = opts.schemaText !== undefined ? `../../../${SCHEMA_DIR}/${SCHEMA_FILE}` : undefined;
    try {
      await writeNewFile(absolutePath, serializeReflection(current, { schemaPath }), random);
      return { reflection: current, relativePath, absolutePath };
    } catch (err) {
      if (!(err instanceof FileExistsError) || attempt >= attempts) throw err;
      current = withId(current, newShortId(random));
    }
  }
}
