/**
 * Sharing anonymous reflections so that neither the file nor the history names the writer:
 * an anonymous file has no author field, but the commit that adds it would carry the
 * committer's name, e-mail, signature and the minute it was made. This commits only the
 * chosen anonymous files, under a neutral identity, unsigned, dated to the day.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../model/reflectionYaml';
import { COACHING_DIR, REFLECTIONS_DIR } from '../store/store';

export interface GitIdentity {
  name: string;
  email: string;
}

export const NEUTRAL_IDENTITY: GitIdentity = { name: 'Retro Coach', email: 'retro-coach@users.noreply.invalid' };

/** Runs git with arguments (never a shell) and resolves to stdout; rejects with git's own message. */
export function git(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args[0]} failed: ${String(stderr).trim() || err.message}`));
      else resolve(String(stdout));
    });
  });
}

/**
 * Anonymous reflection files under `.coaching/reflections/` that git sees as new or changed
 * and not yet committed, relative to `root` with '/' separators, sorted.
 */
export async function pendingAnonymous(root: string): Promise<string[]> {
  const area = `${COACHING_DIR}/${REFLECTIONS_DIR}`;
  const out = await git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', area]);
  const entries = out.split('\0').filter(Boolean);
  const candidates = entries
    .filter((e) => /^(\?\?|A |AM| M|M |MM) /.test(e))
    .map((e) => e.slice(3))
    .filter((p) => p.startsWith(`${area}/`) && /\.ya?ml$/.test(p));
  const anonymous: string[] = [];
  for (const relative of candidates) {
    const text = await fs.readFile(path.join(root, ...relative.split('/')), 'utf8').catch(() => undefined);
    const parsed = text === undefined ? undefined : parseReflection(text);
    if (parsed?.ok && parsed.reflection.visibility === 'anonymous') anonymous.push(relative);
  }
  return anonymous.sort();
}

/**
 * Commits exactly `files` (which must all be pending anonymous reflections) as `identity`,
 * with author and committer dates set to midnight UTC of `day` and signing turned off.
 * Other staged changes stay staged and out of this commit. Resolves to the commit hash.
 */
export async function shareAnonymous(root: string, files: readonly string[], identity: GitIdentity, day: string): Promise<string> {
  if (!files.length) throw new Error('There are no anonymous reflections to share.');
  const pending = new Set(await pendingAnonymous(root));
  const stray = files.filter((f) => !pending.has(f));
  if (stray.length) throw new Error(`Not a pending anonymous reflection: ${stray.join(', ')}. Only anonymous files that are not yet committed can be shared this way.`);
  const date = `${day}T00:00:00Z`;
  const env = {
    GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email, GIT_COMMITTER_DATE: date,
  };
  await git(root, ['add', '--', ...files]);
  const message = files.length === 1 ? 'Add an anonymous reflection' : `Add ${files.length} anonymous reflections`;
  // --only: commit these paths alone, whatever else is staged; no signature: a key names its owner.
  await git(root, ['-c', 'commit.gpgsign=false', 'commit', '--only', '--no-edit', '-m', message, '--', ...files], env);
  return (await git(root, ['rev-parse', 'HEAD'])).trim();
}
