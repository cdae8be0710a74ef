/**
 * Where reflections live in `.coaching/` and how they get there. Every write creates a
 * new file atomically and never replaces one: a reflection, once written, is only ever
 * added to by new files, so two people never edit the same file and git merges are clean.
 * Every reflection is checked before it is written, so Retro Coach never writes a file it
 * would then refuse to read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { newShortId, slugify, type Random } from '../model/ids';
import { LIMITS, type Reflection } from '../model/reflection';
import { parseReflection, serializeReflection } from '../model/reflectionYaml';
import { validateReflection } from '../model/validate';
import { dayOnly, localDateOf } from '../calendar';
import { ELLIPSIS, clip } from '../util/clip';
import { PrivateVisibleError, confirmIgnored, excludeFromGit, type PrivacyCheck } from '../git/privacy';
import { FileExistsError, replaceOwnFile, writeNewFile } from './write';
import { readUntrusted } from './safeRead';

export { FileExistsError, UnsafePathError, writeNewFile } from './write';

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

/**
 * The document as it is written. What Retro Coach added by itself is made to fit (a trigger
 * detail built from two long branch names), and an anonymous reflection keeps nothing that
 * could name a person: no author, no action owner, no time of day, no trigger detail (a branch, task or file
 * name). A code context (branch and files) is kept for team reflections only: it could point at
 * an anonymous writer, and a private reflection is nobody's map. Every save goes through here,
 * whichever builder made the reflection.
 */
export function forSaving(reflection: Reflection): Reflection {
  const { author, trigger, context, ...rest } = reflection;
  if (reflection.visibility === 'anonymous') {
    // An owner is a name too: an anonymous next step belongs to nobody in particular.
    const actions = rest.actions.map(({ owner: _owner, ...action }) => action);
    return { ...rest, actions, created: dayOnly(reflection.created), trigger: { kind: trigger.kind } };
  }
  const detail = trigger.detail?.trim();
  return {
    ...rest,
    ...(author !== undefined ? { author } : {}),
    trigger: detail ? { kind: trigger.kind, detail: clip(detail, LIMITS.detailChars, { ellipsis: ELLIPSIS }) } : { kind: trigger.kind },
    ...(context !== undefined && reflection.visibility === 'team' ? { context } : {}),
  };
}

/** Raised instead of writing a reflection that Retro Coach could not read back; nothing was written. */
export class UnreadableReflectionError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 3).map((p) => p.replace(/\.$/, '')).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    super(`This reflection was not saved, because Retro Coach could not read it back: ${shown}${more}. If a question came from .coaching/questions.yaml, fix it there; otherwise shorten the answer named here.`);
    this.name = 'UnreadableReflectionError';
  }
}

/** Throws UnreadableReflectionError unless `reflection` is valid and `text` (its serialization) parses back. */
function checkReadable(reflection: Reflection, text: string): void {
  const { problems } = validateReflection(reflection);
  if (problems.length) throw new UnreadableReflectionError(problems.map((p) => p.message));
  const parsed = parseReflection(text);
  if (!parsed.ok) throw new UnreadableReflectionError(parsed.problems.map((p) => `line ${p.line}: ${p.message}`));
}

/** Whether a .gitignore ignores everything in its folder: its only pattern is `*` (a `!` line would let files out). */
export function ignoresEverything(text: string): boolean {
  const patterns = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return patterns.length > 0 && patterns.every((line) => line === '*');
}

/**
 * Makes sure `.coaching/private/.gitignore` ignores everything: a missing one is written, and
 * one that says anything else (a committed "# keep this folder", a `!` exception, a link) is
 * replaced. Resolves to whether an existing file was repaired.
 */
export async function ensurePrivateIgnored(root: string, random: Random): Promise<boolean> {
  const relative = `${COACHING_DIR}/${PRIVATE_DIR}/.gitignore`;
  const current = await readUntrusted(root, relative, { maxBytes: 64 * 1024 });
  if (current.ok && ignoresEverything(current.text)) return false;
  // A link, a pipe or a folder in its place is not a .gitignore git reads: it is replaced (or, a folder, refused).
  await replaceOwnFile(root, relative, PRIVATE_GITIGNORE, random);
  return current.ok || current.refusal !== 'missing';
}

export const SCHEMA_DIR = 'schema';
export const SCHEMA_FILE = 'reflection.schema.json';

/**
 * Keeps `.coaching/schema/reflection.schema.json` equal to the schema this version writes,
 * so the modeline in each file resolves for coaches without Retro Coach. The copy is ours
 * (never a reflection), so an outdated one is replaced, atomically.
 */
export async function ensureSchemaCopy(root: string, schemaText: string, random: Random): Promise<void> {
  const relative = `${COACHING_DIR}/${SCHEMA_DIR}/${SCHEMA_FILE}`;
  const current = await readUntrusted(root, relative, { maxBytes: 1024 * 1024 });
  if (current.ok && current.text === schemaText) return;
  await replaceOwnFile(root, relative, schemaText, random);
}

/** A reflection with a new id, carried into its action ids too. */
export function withId(reflection: Reflection, id: string): Reflection {
  return {
    ...reflection,
    id,
    actions: reflection.actions.map((a, i) => ({ ...a, id: `${id}-a${i + 1}` })),
  };
}

/** What became of a private save's promise: what git says, and whether a wrong .gitignore was repaired. */
export interface PrivateOutcome {
  check: PrivacyCheck;
  repairedGitignore: boolean;
}

export interface SavedReflection {
  reflection: Reflection;
  /** Relative to the workspace root, '/' separated. */
  relativePath: string;
  absolutePath: string;
  /** For private reflections only. */
  privacy?: PrivateOutcome;
}

/** After a private file is written: git must ignore it, or it is removed again and the save fails. */
async function confirmPrivate(root: string, saved: Omit<SavedReflection, 'privacy'>, probe: Parameters<typeof confirmIgnored>[2]): Promise<PrivacyCheck> {
  try {
    return await confirmIgnored(root, saved.relativePath, probe);
  } catch (err) {
    if (err instanceof PrivateVisibleError) await fs.rm(saved.absolutePath, { force: true });
    throw err;
  }
}

/**
 * Saves a new reflection under `root`. If its file name is taken (the same id on the same
 * day and slug — rare, but possible across clones), it draws a new id and tries again.
 * A private one is saved only where git ignores it (see git/privacy.ts).
 */
export async function saveReflection(root: string, reflection: Reflection, random: Random, opts: { schemaText?: string; attempts?: number } = {}): Promise<SavedReflection> {
  const attempts = opts.attempts ?? 5;
  const isPrivate = reflection.visibility === 'private';
  let current = forSaving(reflection);
  checkReadable(current, serializeReflection(current));
  const repairedGitignore = isPrivate ? await ensurePrivateIgnored(root, random) : false;
  const probe = isPrivate ? await excludeFromGit(root, `${COACHING_DIR}/${PRIVATE_DIR}`) : undefined;
  // A private save leaves no trace git would see, not even the schema copy.
  if (opts.schemaText !== undefined && !isPrivate) await ensureSchemaCopy(root, opts.schemaText, random);
  for (let attempt = 1; ; attempt++) {
    const relativePath = reflectionPath(current, reflectionSlug(current));
    const absolutePath = path.join(root, ...relativePath.split('/'));
    // From .coaching/<area>/YYYY/MM/ up to .coaching/, then into schema/.
    const schemaPath = opts.schemaText !== undefined ? `../../../${SCHEMA_DIR}/${SCHEMA_FILE}` : undefined;
    const text = serializeReflection(current, { schemaPath });
    checkReadable(current, text);
    try {
      await writeNewFile(root, relativePath, text, random);
    } catch (err) {
      if (!(err instanceof FileExistsError) || attempt >= attempts) throw err;
      current = withId(current, newShortId(random));
      continue;
    }
    const saved = { reflection: current, relativePath, absolutePath };
    return probe ? { ...saved, privacy: { check: await confirmPrivate(root, saved, probe), repairedGitignore } } : saved;
  }
}
