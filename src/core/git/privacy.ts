/**
 * Private reflections stay out of git. `.coaching/private/.gitignore` is the rule that travels
 * with the folder, but it arrives with the clone like everything else, so this clone's own
 * `info/exclude` repeats the rule, and after every private save git itself is asked whether
 * it would see the file. "Saved privately" is only ever said when git agrees.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { probeRepo, runGit, type RepoProbe } from './run';
import { errorMessage } from '../util/errors';

/** What git says about a private file after it was saved. */
export type PrivacyCheck =
  | { kind: 'ignored' }
  /** The folder is in no git repository: nothing would commit the file. */
  | { kind: 'no-repo' }
  /** git could not answer (not installed, or it refused the repository); the .gitignore is in place. */
  | { kind: 'unconfirmed'; reason: string };

/** Raised when git would see a private file; the file has been removed again. */
export class PrivateVisibleError extends Error {
  constructor(readonly relativePath: string) {
    super(`git would see ${relativePath} (it is tracked, or no rule ignores it), so it was not kept as a private reflection. Run "git check-ignore -v --no-index ${relativePath}" and "git ls-files .coaching/private" in the repository to see why, fix that, then save again.`);
    this.name = 'PrivateVisibleError';
  }
}

/** `text` as a literal gitignore path: glob characters escaped. */
function literalPattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}

/** The line that ignores `dir` (relative to the workspace root) in this repository's info/exclude. */
export function excludeLine(prefix: string, dir: string): string {
  return `/${literalPattern(`${prefix}${dir}`)}/`;
}

/**
 * Adds the rule for `dir` to the repository's `info/exclude` unless it is there. Best effort:
 * the folder's own .gitignore is the main rule, and the check after saving has the last word.
 */
async function addExclude(probe: Extract<RepoProbe, { kind: 'repo' }>, dir: string): Promise<void> {
  if (/[\r\n]/.test(probe.prefix)) return;
  const line = excludeLine(probe.prefix, dir);
  try {
    const current = await fs.readFile(probe.excludeFile, 'utf8').catch(() => '');
    if (current.split(/\r?\n/).includes(line)) return;
    await fs.mkdir(path.dirname(probe.excludeFile), { recursive: true });
    const separator = current && !current.endsWith('\n') ? '\n' : '';
    await fs.appendFile(probe.excludeFile, `${separator}# Retro Coach: private reflections never leave this machine.\n${line}\n`);
  } catch {
    // A read-only .git still leaves the .gitignore and the check after saving.
  }
}

/**
 * Before a private save: finds the repository `root` is in and adds `privateDir` (relative to
 * `root`, '/' separated) to its info/exclude. Resolves to what was found, for `confirmIgnored`.
 */
export async function excludeFromGit(root: string, privateDir: string): Promise<RepoProbe> {
  const probe = await probeRepo(root);
  if (probe.kind === 'repo') await addExclude(probe, privateDir);
  return probe;
}

/**
 * After a private save: asks git (`check-ignore`) whether it ignores `relative`. Throws
 * PrivateVisibleError when git would see the file (tracked, or not ignored); the caller removes it.
 */
export async function confirmIgnored(root: string, relative: string, probe: RepoProbe): Promise<PrivacyCheck> {
  if (probe.kind === 'none') return { kind: 'no-repo' };
  if (probe.kind === 'unknown') return { kind: 'unconfirmed', reason: probe.reason };
  let result;
  try {
    result = await runGit(root, ['check-ignore', '-q', '--', relative]);
  } catch (err) {
    return { kind: 'unconfirmed', reason: errorMessage(err) };
  }
  if (result.code === 0) return { kind: 'ignored' };
  if (result.code === 1) throw new PrivateVisibleError(relative);
  return { kind: 'unconfirmed', reason: result.stderr.trim() || `git check-ignore exited with ${result.code}` };
}
