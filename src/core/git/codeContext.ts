/**
 * What git says about the code a person is in when a reflection starts (only with
 * retroCoach.context.capture on): the branch, the files of the commit at HEAD, and the files
 * changed on the branch. Every call goes through run.ts (`-C root`, no shell, a safe working
 * folder), is bounded in time and output, and only names refs and options of our own: nothing
 * from the repository becomes an argument. Paths come back relative to `root` (git's
 * `--relative`), so files outside the workspace folder are never named.
 */
import { runGit, type GitRunOptions } from './run';

/** Where the branch probably forked from: the remote's default branch, else the usual local names. */
const BASE_REFS = ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master'];

/** Each git call: a capture must never hold up a reflection for long. */
const TIMEOUT_MS = 3_000;
/** Output kept from one call: a few hundred paths, more than a capture ever records. */
const MAX_BYTES = 64 * 1024;

export interface GitCodeContext {
  /** The branch checked out; undefined on a detached HEAD or outside a repository. */
  branch?: string;
  /** The files of the commit at HEAD, when asked for: the commit that triggered the reflection. */
  commitFiles: string[];
  /** Files with changes not yet committed, then those committed since the branch forked from its base. */
  branchFiles: string[];
}

/** Runs git and returns its output, or undefined when it fails in any way (a capture is best effort). */
async function output(root: string, args: readonly string[], opts: GitRunOptions): Promise<string | undefined> {
  try {
    // No optional locks: reading must never hold up the person's own git commands.
    const result = await runGit(root, args, { timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, ...opts, env: { ...opts.env, GIT_OPTIONAL_LOCKS: '0' } });
    return result.code === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** NUL-separated paths (git's `-z`), never split at a newline or quoted. */
const paths = (text: string | undefined): string[] => (text ?? '').split('\0').filter(Boolean);

async function branchOf(root: string, opts: GitRunOptions): Promise<string | undefined> {
  return (await output(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], opts))?.trim() || undefined;
}

/** The commit the branch forked from: the merge base with the first base ref that exists. */
async function forkPoint(root: string, opts: GitRunOptions): Promise<string | undefined> {
  for (const ref of BASE_REFS) {
    const base = (await output(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], opts))?.trim();
    if (!base) continue;
    return (await output(root, ['merge-base', 'HEAD', base], opts))?.trim() || undefined;
  }
  return undefined;
}

/**
 * The code context of `root` as git sees it now. `commit`: also the files of the commit at
 * HEAD. Never throws: what git cannot tell (no repository, no git, a timeout) is left out.
 */
export async function gitCodeContext(root: string, opts: { commit: boolean } & GitRunOptions): Promise<GitCodeContext> {
  const { commit, ...run } = opts;
  const diff = ['diff', '--name-only', '-z', '--relative', '--no-renames'];
  const [branch, commitFiles, uncommitted, fork] = await Promise.all([
    branchOf(root, run),
    commit ? output(root, ['diff-tree', '--no-commit-id', '--name-only', '-z', '-r', '--root', '--relative', '--no-renames', 'HEAD'], run) : undefined,
    output(root, [...diff, 'HEAD', '--'], run),
    forkPoint(root, run),
  ]);
  const committed = fork ? await output(root, [...diff, fork, 'HEAD', '--'], run) : undefined;
  return { branch, commitFiles: paths(commitFiles), branchFiles: [...paths(uncommitted), ...paths(committed)] };
}
