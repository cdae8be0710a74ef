/**
 * Sharing anonymous reflections so that neither the file nor the history names the writer:
 * an anonymous file has no author field, but the commit that adds it would carry the
 * committer's name, e-mail, signature and the minute it was made. This commits only the
 * chosen anonymous files, under a neutral identity, unsigned, dated to the day, without
 * running any hook of the repository (see neutralCommit.ts).
 */
import { isReflectionPath } from '../store/reflectionFiles';
import { LIMITS, type Reflection } from '../model/reflection';
import { parseReflection } from '../model/reflectionYaml';
import { COACHING_DIR, REFLECTIONS_DIR } from '../store/store';
import { readUntrusted } from '../store/safeRead';
import { git } from './run';
import { commitNeutral, type GitIdentity } from './neutralCommit';
import { MessageError, msg, type Message } from '../util/message';

export type { GitIdentity } from './neutralCommit';

export const NEUTRAL_IDENTITY: GitIdentity = { name: 'Retro Coach', email: 'retro-coach@users.noreply.invalid' };

interface PendingFile {
  path: string;
  text: string;
  reflection: Reflection;
}

/** Anonymous reflections git sees as new or changed and not yet committed, with the text that was checked. */
async function readPending(root: string): Promise<PendingFile[]> {
  const area = `${COACHING_DIR}/${REFLECTIONS_DIR}`;
  const out = await git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', area]);
  const entries = out.split('\0').filter(Boolean);
  const candidates = entries
    .filter((e) => /^(\?\?|A |AM| M|M |MM) /.test(e))
    .map((e) => e.slice(3))
    // What the index counts as a reflection (any case of .yaml/.yml): an anonymous file the team view shows can be shared.
    .filter((p) => p.startsWith(`${area}/`) && isReflectionPath(p));
  const anonymous: PendingFile[] = [];
  for (const relative of candidates) {
    const read = await readUntrusted(root, relative, { maxBytes: LIMITS.fileBytes });
    const text = read.ok ? read.text : undefined;
    const parsed = text === undefined ? undefined : parseReflection(text);
    if (parsed?.ok && parsed.reflection.visibility === 'anonymous') anonymous.push({ path: relative, text: text as string, reflection: parsed.reflection });
  }
  return anonymous.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Anonymous reflection files under `.coaching/reflections/` that git sees as new or changed
 * and not yet committed, relative to `root` with '/' separators, sorted.
 */
export async function pendingAnonymous(root: string): Promise<string[]> {
  return (await readPending(root)).map((f) => f.path);
}

/** Characters git would drop or rewrite at the ends of a name, so the commit would not say exactly what was asked. */
const GIT_TRIMS = /^[\s.,:;<>"\\']|[\s.,:;<>"\\']$/;

/** Why git could not record `identity` exactly, or undefined when it can. */
export function identityProblem(identity: GitIdentity): Message | undefined {
  for (const [field, value] of [['name', identity.name], ['email', identity.email]] as const) {
    if (!value) return msg('The anonymous identity has no {0}; set retroCoach.anonymousIdentity.{0} or clear it to use the default.', field);
    if (/[<>\0\r\n]/.test(value) || GIT_TRIMS.test(value)) return msg("The anonymous identity {0} '{1}' has characters git would change (<, >, a line break, or punctuation or spaces at either end); change retroCoach.anonymousIdentity.{0}.", field, value.slice(0, 80));
  }
  return undefined;
}

/** Why a pending anonymous file must not be shared as it is, or undefined: nothing in it may point at a person. */
function namesSomeone(file: PendingFile): Message | undefined {
  if (file.reflection.author !== undefined) return msg("{0} names its author; an anonymous reflection must not. Remove the 'author' line, then share again.", file.path);
  if (file.reflection.trigger.detail !== undefined) return msg("{0} keeps a trigger detail (a branch, task or file name can point at you). Remove the 'detail' line under 'trigger', then share again.", file.path);
  return undefined;
}

/**
 * Commits exactly `files` (which must all be pending anonymous reflections) as `identity`,
 * with author and committer dates set to midnight UTC of `day`, unsigned, and without any
 * hook. The commit is checked to be exactly that before this resolves. Other staged changes
 * stay staged and out of this commit. Resolves to the commit hash.
 */
export async function shareAnonymous(root: string, files: readonly string[], identity: GitIdentity, day: string): Promise<string> {
  if (!files.length) throw new MessageError(msg('There are no anonymous reflections to share.'));
  const problem = identityProblem(identity);
  if (problem) throw new MessageError(problem);
  const pending = new Map((await readPending(root)).map((f) => [f.path, f]));
  const stray = files.filter((f) => !pending.has(f));
  if (stray.length) throw new MessageError(msg('Not a pending anonymous reflection: {0}. Only anonymous files that are not yet committed can be shared this way.', stray.join(', ')));
  const chosen = files.map((f) => pending.get(f) as PendingFile);
  const named = chosen.map(namesSomeone).find(Boolean);
  if (named) throw new MessageError(named);
  const message = files.length === 1 ? 'Add an anonymous reflection' : `Add ${files.length} anonymous reflections`;
  return commitNeutral(root, { identity, day, message, files: chosen.map((f) => ({ path: f.path, text: f.text })) });
}
