/**
 * A commit that names no one, made with git's plumbing so nothing of the repository runs:
 * the files go into a temporary index (read-tree, update-index), the tree and commit are
 * written directly (write-tree, commit-tree) and HEAD is moved last (update-ref), with hooks
 * pointed at an empty folder. `git commit` would run pre-commit, prepare-commit-msg and
 * commit-msg hooks, which can rewrite the message, add a Signed-off-by, or sign. The commit
 * is read back and compared with what was asked for before HEAD moves.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git, runGit } from './run';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface NeutralCommit {
  identity: GitIdentity;
  /** YYYY-MM-DD: author and committer dates are midnight UTC of this day. */
  day: string;
  message: string;
  /** Paths relative to the root ('/' separated) and the exact text to commit for each. */
  files: ReadonlyArray<{ path: string; text: string }>;
}

/** The author and committer line the commit must carry: `Name <email> <seconds> +0000`. */
export function identityLine(identity: GitIdentity, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${identity.name} <${identity.email}> ${Date.UTC(y, m - 1, d) / 1000} +0000`;
}

/**
 * What differs between a commit object (`git cat-file commit` text) and the neutral one
 * expected: each header, the message, and any header that is not expected at all (a
 * signature, an encoding). Empty when the commit is exactly as asked.
 */
export function commitDifferences(raw: string, expected: { tree: string; parent?: string; line: string; message: string }): string[] {
  const split = raw.indexOf('\n\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const message = split < 0 ? '' : raw.slice(split + 2);
  const want = new Map<string, string>([['tree', expected.tree], ['author', expected.line], ['committer', expected.line]]);
  if (expected.parent) want.set('parent', expected.parent);
  const differences: string[] = [];
  const seen = new Set<string>();
  for (const header of head.split('\n')) {
    if (header.startsWith(' ')) continue; // continuation of a multi-line header, e.g. a signature
    const space = header.indexOf(' ');
    const key = space < 0 ? header : header.slice(0, space);
    const value = space < 0 ? '' : header.slice(space + 1);
    if (!want.has(key)) differences.push(key.startsWith('gpgsig') ? 'the commit is signed (a signature names its owner)' : `the commit has an unexpected '${key}' header`);
    else if (seen.has(key)) differences.push(`the commit has more than one '${key}'`);
    else if (want.get(key) !== value) differences.push(`${key} is '${value}', not '${want.get(key)}'`);
    seen.add(key);
  }
  for (const key of want.keys()) if (!seen.has(key)) differences.push(`the commit has no '${key}'`);
  if (message !== `${expected.message}\n`) differences.push(`the message is '${message.trim().slice(0, 200)}', not '${expected.message}'`);
  return differences;
}

/** Runs `work` with a private temp folder holding the temporary index and an empty hooks folder, removed afterwards. */
async function withScratch<T>(work: (scratch: { index: string; noHooks: string[] }) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'retro-coach-share-'));
  try {
    const hooks = path.join(dir, 'no-hooks');
    await fs.mkdir(hooks);
    return await work({ index: path.join(dir, 'index'), noHooks: ['-c', `core.hooksPath=${hooks}`] });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** HEAD's commit, or undefined on a branch with no commits yet. */
async function headCommit(root: string): Promise<string | undefined> {
  const result = await runGit(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** How to take a commit back out of the branch, for the error that says something went wrong. */
function undoHint(parent: string | undefined): string {
  return parent ? `Undo it with: git reset --soft ${parent}` : 'Undo it with: git update-ref -d HEAD';
}

/**
 * Commits exactly `spec.files` on top of HEAD, as `spec.identity`, dated to `spec.day`,
 * unsigned, with no hook running, and stages the same content in the real index so the
 * files show as committed. Nothing else staged is touched. Resolves to the commit hash;
 * rejects, saying what differs (and how to undo it, if HEAD already moved), otherwise.
 */
export async function commitNeutral(root: string, spec: NeutralCommit): Promise<string> {
  return withScratch(async ({ index, noHooks }) => {
    const parent = await headCommit(root);
    const temp = { env: { GIT_INDEX_FILE: index } };
    if (parent) await git(root, [...noHooks, 'read-tree', parent], temp);
    const entries: string[] = [];
    for (const file of spec.files) {
      const blob = (await git(root, [...noHooks, 'hash-object', '-w', '--no-filters', '--stdin'], { input: Buffer.from(file.text, 'utf8') })).trim();
      entries.push('--cacheinfo', `100644,${blob},${file.path}`);
    }
    await git(root, [...noHooks, 'update-index', '--add', ...entries], temp);
    const tree = (await git(root, [...noHooks, 'write-tree'], temp)).trim();
    const line = identityLine(spec.identity, spec.day);
    const date = line.slice(line.lastIndexOf('>') + 2);
    const env = {
      GIT_AUTHOR_NAME: spec.identity.name, GIT_AUTHOR_EMAIL: spec.identity.email, GIT_AUTHOR_DATE: `@${date}`,
      GIT_COMMITTER_NAME: spec.identity.name, GIT_COMMITTER_EMAIL: spec.identity.email, GIT_COMMITTER_DATE: `@${date}`,
    };
    const settings = [...noHooks, '-c', 'commit.gpgsign=false', '-c', 'i18n.commitEncoding=UTF-8'];
    const commit = (await git(root, [...settings, 'commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : []), '-m', spec.message], { env })).trim();
    const expected = { tree, parent, line, message: spec.message };
    const before = commitDifferences(await git(root, ['cat-file', 'commit', commit]), expected);
    if (before.length) throw new Error(`Nothing was committed: the commit git made was not the neutral one (${before.join('; ')}).`);
    await git(root, [...noHooks, 'update-ref', '-m', 'Retro Coach: share anonymous reflections', 'HEAD', commit, parent ?? ''], {});
    const head = await headCommit(root);
    const after = head === commit ? commitDifferences(await git(root, ['cat-file', 'commit', head]), expected) : [`HEAD is ${head ?? 'missing'}, not ${commit}`];
    if (after.length) throw new Error(`The commit is not the neutral one: ${after.join('; ')}. ${undoHint(parent)}`);
    try {
      await git(root, [...noHooks, 'update-index', '--add', ...entries]);
    } catch (err) {
      throw new Error(`Committed ${commit.slice(0, 8)}, but git's index was not updated, so the files may show as changed: run git reset -q -- ${spec.files.map((f) => f.path).join(' ')} (${(err as Error).message})`);
    }
    return commit;
  });
}
