import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PRIVATE_GITIGNORE, UnsafePathError, ignoresEverything, saveReflection } from '../../src/core/store/store';
import { PrivateVisibleError, confirmIgnored, excludeLine } from '../../src/core/git/privacy';
import { probeRepo } from '../../src/core/git/run';
import { sampleReflection, seededRandom } from './fixtures';

const privateReflection = (id = 'prvt0001') => sampleReflection({ id, visibility: 'private' });

describe('private saves with real git', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  /** Every path git would offer to `git add -A`. */
  const visibleToGit = () => git('status', '--porcelain=v1', '--untracked-files=all');

  beforeEach(async function () {
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    repo = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-private-'));
    git('init', '-q');
    git('config', 'user.name', 'Ada Tester');
    git('config', 'user.email', 'ada@example.invalid');
  });
  afterEach(async () => { if (repo) await fs.rm(repo, { recursive: true, force: true }); });

  /** Commits `.coaching/private/.gitignore` with `text`, as a hostile clone would bring it. */
  async function commitGitignore(text: string): Promise<void> {
    await fs.mkdir(path.join(repo, '.coaching', 'private'), { recursive: true });
    await fs.writeFile(path.join(repo, '.coaching', 'private', '.gitignore'), text);
    git('add', '-f', '.coaching/private/.gitignore');
    git('commit', '-q', '-m', 'keep the private folder');
  }

  it('repairs a committed .gitignore that says "# keep this folder", adds info/exclude, and git ignores the file', async () => {
    await commitGitignore('# keep this folder\n');
    const saved = await saveReflection(repo, privateReflection(), seededRandom());
    assert.deepEqual(saved.privacy, { check: { kind: 'ignored' }, repairedGitignore: true });
    assert.equal(await fs.readFile(path.join(repo, '.coaching', 'private', '.gitignore'), 'utf8'), PRIVATE_GITIGNORE);
    assert.ok((await fs.readFile(path.join(repo, '.git', 'info', 'exclude'), 'utf8')).split('\n').includes('/.coaching/private/'));
    const status = visibleToGit();
    assert.ok(!status.includes(saved.relativePath), status);
    assert.match(status, /^ M \.coaching\/private\/\.gitignore$/m, 'the repaired .gitignore shows as a change to commit');
  });

  it('repairs a .gitignore that lets yaml files out with a "!" line', async () => {
    await commitGitignore('*\n!*.yaml\n!*/\n');
    const saved = await saveReflection(repo, privateReflection(), seededRandom());
    assert.equal(saved.privacy?.repairedGitignore, true);
    assert.ok(!visibleToGit().includes(saved.relativePath));
  });

  it('keeps private files out of git even with the .gitignore gone, through info/exclude', async () => {
    const saved = await saveReflection(repo, privateReflection(), seededRandom());
    await fs.rm(path.join(repo, '.coaching', 'private', '.gitignore'));
    assert.ok(!visibleToGit().includes(saved.relativePath));
  });

  it('adds the info/exclude rule only once', async () => {
    await saveReflection(repo, privateReflection('prvt0001'), seededRandom(1));
    await saveReflection(repo, privateReflection('prvt0002'), seededRandom(2));
    const lines = (await fs.readFile(path.join(repo, '.git', 'info', 'exclude'), 'utf8')).split('\n');
    assert.equal(lines.filter((l) => l === '/.coaching/private/').length, 1);
  });

  it('in a workspace folder below the top of the repository, excludes the folder by its path from the top', async () => {
    const folder = path.join(repo, 'team [a]');
    await fs.mkdir(folder);
    const saved = await saveReflection(folder, privateReflection(), seededRandom());
    assert.equal(saved.privacy?.check.kind, 'ignored');
    assert.ok((await fs.readFile(path.join(repo, '.git', 'info', 'exclude'), 'utf8')).split('\n').includes('/team \\[a\\]/.coaching/private/'));
    await fs.rm(path.join(folder, '.coaching', 'private', '.gitignore'));
    assert.ok(!visibleToGit().includes('.coaching/private/'), visibleToGit());
  });

  it('refuses, writing no reflection, when .coaching/private/.gitignore is a folder', async () => {
    await fs.mkdir(path.join(repo, '.coaching', 'private', '.gitignore'), { recursive: true });
    await assert.rejects(saveReflection(repo, privateReflection(), seededRandom()), (err: Error) => err instanceof UnsafePathError && /\.coaching\/private\/\.gitignore is a folder/.test(err.message));
    assert.deepEqual((await fs.readdir(path.join(repo, '.coaching', 'private'))).sort(), ['.gitignore']);
  });

  it('check-ignore reports a private file git tracks (force-added) as visible', async () => {
    await saveReflection(repo, privateReflection(), seededRandom());
    await fs.writeFile(path.join(repo, '.coaching', 'private', 'forced.yaml'), 'x: 1\n');
    git('add', '-f', '.coaching/private/forced.yaml');
    await assert.rejects(confirmIgnored(repo, '.coaching/private/forced.yaml', await probeRepo(repo)), (err: Error) => err instanceof PrivateVisibleError && /git would see \.coaching\/private\/forced\.yaml/.test(err.message));
  });

  it('outside any git repository, saves and says there is no repository', async () => {
    const plain = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-nogit-'));
    try {
      const saved = await saveReflection(plain, privateReflection(), seededRandom());
      assert.deepEqual(saved.privacy, { check: { kind: 'no-repo' }, repairedGitignore: false });
      assert.equal(await fs.readFile(path.join(plain, '.coaching', 'private', '.gitignore'), 'utf8'), PRIVATE_GITIGNORE);
    } finally {
      await fs.rm(plain, { recursive: true, force: true });
    }
  });
});

describe('what a private .gitignore must say', () => {
  it('accepts only "*" as its pattern, with comments and blank lines around it', () => {
    assert.equal(ignoresEverything(PRIVATE_GITIGNORE), true);
    assert.equal(ignoresEverything('*\n# mine\n\n'), true);
  });

  it('refuses comments alone, exceptions, other patterns and a Windows line end on the pattern', () => {
    for (const text of ['# keep this folder\n', '', '*\n!*.yaml\n', '*.tmp\n', '*\r\n', ' *\n']) assert.equal(ignoresEverything(text), false, JSON.stringify(text));
  });

  it('escapes glob characters of the folder path in the info/exclude line', () => {
    assert.equal(excludeLine('', '.coaching/private'), '/.coaching/private/');
    assert.equal(excludeLine('a*b/[x]?/', '.coaching/private'), '/a\\*b/\\[x\\]\\?/.coaching/private/');
  });
});
