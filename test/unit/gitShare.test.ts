import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NEUTRAL_IDENTITY, identityProblem, pendingAnonymous, shareAnonymous } from '../../src/core/git/share';
import { formatMessage, msg } from '../../src/core/util/message';
import { commitDifferences, identityLine } from '../../src/core/git/neutralCommit';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { saveReflection } from '../../src/core/store/store';
import { dayOnly } from '../../src/core/calendar';
import { sampleReflection, seededRandom } from './fixtures';

describe('sharing anonymous reflections through git', () => {
  let root: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

  beforeEach(async function () {
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-share-'));
    git('init', '-q');
    git('config', 'user.name', 'Ada Tester');
    git('config', 'user.email', 'ada@example.invalid');
    await fs.writeFile(path.join(root, 'README.md'), '# repo\n');
    git('add', 'README.md');
    git('commit', '-q', '-m', 'init');
  });
  afterEach(async () => { if (root) await fs.rm(root, { recursive: true, force: true }); });

  it('commits only the pending anonymous files, as the neutral identity, dated to the day, leaving the rest alone', async () => {
    const anon1 = await saveReflection(root, sampleReflection({ id: 'anmz0001', visibility: 'anonymous', author: undefined, created: dayOnly('2026-11-25T10:12:00+01:00') }), seededRandom(1));
    const anon2 = await saveReflection(root, sampleReflection({ id: 'anmz0002', visibility: 'anonymous', author: undefined, created: dayOnly('2026-11-25T16:40:00+01:00') }), seededRandom(2));
    const team = await saveReflection(root, sampleReflection({ id: 'team0001' }), seededRandom(3));
    await saveReflection(root, sampleReflection({ id: 'prvt0001', visibility: 'private' }), seededRandom(4));
    await fs.writeFile(path.join(root, 'work.txt'), 'unrelated staged work\n');
    git('add', 'work.txt');

    const pending = await pendingAnonymous(root);
    assert.deepEqual(pending, [anon1.relativePath, anon2.relativePath].sort());

    const hash = await shareAnonymous(root, pending, NEUTRAL_IDENTITY, '2026-11-25');
    assert.match(hash, /^[0-9a-f]{40}$/);
    const [who, files] = [git('log', '-1', '--format=%an|%ae|%cn|%ce|%aI|%cI'), git('show', '--name-only', '--format=', 'HEAD')];
    assert.equal(who.trim(), 'Retro Coach|retro-coach@users.noreply.invalid|Retro Coach|retro-coach@users.noreply.invalid|2026-11-25T00:00:00+00:00|2026-11-25T00:00:00+00:00');
    assert.deepEqual(files.trim().split('\n').sort(), pending);
    assert.ok(!git('log', '-1', '--format=%B').includes('Ada'));
    const status = git('status', '--porcelain=v1', '--untracked-files=all');
    assert.match(status, /^A {2}work\.txt$/m, 'other staged work stays staged');
    assert.ok(status.includes(team.relativePath), 'team reflections are not swept in');
    assert.deepEqual(await pendingAnonymous(root), []);
  });

  it('finds a pending anonymous reflection whatever the case of its .yaml extension, as the index counts it', async () => {
    const saved = await saveReflection(root, sampleReflection({ id: 'anmz0003', visibility: 'anonymous', author: undefined, created: dayOnly('2026-11-25T10:12:00+01:00') }), seededRandom(6));
    const upper = saved.relativePath.replace(/\.yaml$/, '.YAML');
    await fs.rename(path.join(root, saved.relativePath), path.join(root, upper));
    assert.deepEqual(await pendingAnonymous(root), [upper]);
  });

  it('refuses files that are not pending anonymous reflections, committing nothing', async () => {
    const team = await saveReflection(root, sampleReflection({ id: 'team0002' }), seededRandom(5));
    const before = git('rev-parse', 'HEAD');
    await assert.rejects(shareAnonymous(root, [team.relativePath], NEUTRAL_IDENTITY, '2026-11-25'), /Not a pending anonymous reflection/);
    await assert.rejects(shareAnonymous(root, [], NEUTRAL_IDENTITY, '2026-11-25'), /no anonymous reflections/);
    assert.equal(git('rev-parse', 'HEAD'), before);
  });

  it('anonymous timestamps keep only the writer’s day', () => {
    assert.equal(dayOnly('2026-11-25T23:59:00-08:00'), '2026-11-25T00:00:00Z');
  });

  describe('with a hostile repository configuration', () => {
    const marker = (name: string) => path.join(root, `ran-${name}`);
    /** A hook that records that it ran and then does what a real hook might: rewrite the message, sign off. */
    const hook = (name: string, body = '') => `#!/bin/sh\necho ran > "${marker(name)}"\n${body}\nexit 0\n`;

    beforeEach(async () => {
      const hooks = path.join(root, '.git', 'hooks');
      await fs.mkdir(hooks, { recursive: true });
      const install = async (dir: string, name: string, body?: string) => {
        await fs.writeFile(path.join(dir, name), hook(name, body), { mode: 0o755 });
      };
      await install(hooks, 'prepare-commit-msg', 'printf "[alice/fix-login-timeout] %s\\n\\nSigned-off-by: Alice Example <alice@example.invalid>\\n" "$(cat "$1")" > "$1"');
      await install(hooks, 'commit-msg', 'echo "Signed-off-by: Alice Example <alice@example.invalid>" >> "$1"');
      await install(hooks, 'pre-commit');
      await install(hooks, 'post-commit');
      await install(hooks, 'reference-transaction');
      // A signing program that records it was asked, then fails: signing must never be tried.
      const gpg = path.join(root, 'fake-gpg.sh');
      await fs.writeFile(gpg, `#!/bin/sh\necho ran > "${marker('gpg')}"\nexit 1\n`, { mode: 0o755 });
      git('config', 'commit.gpgsign', 'true');
      git('config', 'gpg.program', gpg);
      git('config', 'i18n.commitEncoding', 'ISO-8859-1');
    });

    it('commits exactly the neutral commit: no hook runs, no signature, no Signed-off-by, no encoding header', async function () {
      if (process.platform === 'win32') this.skip(); // the hooks here are shell scripts
      const anon = await saveReflection(root, sampleReflection({ id: 'anmz0003', visibility: 'anonymous', author: undefined, created: dayOnly('2026-11-25T10:12:00+01:00') }), seededRandom(6));
      const hash = await shareAnonymous(root, [anon.relativePath], NEUTRAL_IDENTITY, '2026-11-25');
      const raw = git('cat-file', 'commit', hash);
      assert.deepEqual(raw.split('\n').filter((l) => /^(author|committer|gpgsig|encoding) /.test(l)), [
        'author Retro Coach <retro-coach@users.noreply.invalid> 1795564800 +0000',
        'committer Retro Coach <retro-coach@users.noreply.invalid> 1795564800 +0000',
      ]);
      assert.ok(raw.endsWith('\n\nAdd an anonymous reflection\n'), raw);
      for (const name of ['prepare-commit-msg', 'commit-msg', 'pre-commit', 'post-commit', 'reference-transaction', 'gpg']) {
        await assert.rejects(fs.access(marker(name)), `${name} must not run`);
      }
      assert.equal(git('rev-parse', 'HEAD').trim(), hash);
      assert.ok(!git('status', '--porcelain=v1', '--untracked-files=all').includes(anon.relativePath), 'the shared file shows as committed');
    });

    it('ignores a committed hooks folder that core.hooksPath points at', async function () {
      if (process.platform === 'win32') this.skip();
      const committed = path.join(root, '.githooks');
      await fs.mkdir(committed);
      await fs.writeFile(path.join(committed, 'prepare-commit-msg'), hook('committed-hook', 'echo "Signed-off-by: Alice" >> "$1"'), { mode: 0o755 });
      git('config', 'core.hooksPath', '.githooks');
      const anon = await saveReflection(root, sampleReflection({ id: 'anmz0004', visibility: 'anonymous', author: undefined, created: dayOnly('2026-11-25T10:12:00+01:00') }), seededRandom(7));
      const hash = await shareAnonymous(root, [anon.relativePath], NEUTRAL_IDENTITY, '2026-11-25');
      assert.equal(git('log', '-1', '--format=%B', hash), 'Add an anonymous reflection\n\n');
      await assert.rejects(fs.access(marker('committed-hook')));
    });
  });

  it('refuses to share an anonymous file that keeps a trigger detail, committing nothing', async () => {
    const relative = '.coaching/reflections/2026/11/2026-11-25-old-anmz0005.yaml';
    const reflection = sampleReflection({ id: 'anmz0005', visibility: 'anonymous', author: undefined, created: '2026-11-25T00:00:00Z', trigger: { kind: 'commit', detail: 'alice/fix-login-timeout' } });
    await fs.mkdir(path.join(root, '.coaching', 'reflections', '2026', '11'), { recursive: true });
    await fs.writeFile(path.join(root, ...relative.split('/')), serializeReflection(reflection));
    const before = git('rev-parse', 'HEAD');
    await assert.rejects(shareAnonymous(root, [relative], NEUTRAL_IDENTITY, '2026-11-25'), /keeps a trigger detail.*Remove the 'detail' line/);
    assert.equal(git('rev-parse', 'HEAD'), before);
  });

  it('refuses an identity git would rewrite, committing nothing', async () => {
    const anon = await saveReflection(root, sampleReflection({ id: 'anmz0006', visibility: 'anonymous', author: undefined, created: '2026-11-25T00:00:00Z' }), seededRandom(8));
    const before = git('rev-parse', 'HEAD');
    await assert.rejects(shareAnonymous(root, [anon.relativePath], { name: 'Team.', email: 'x@example.invalid' }, '2026-11-25'), /characters git would change/);
    assert.equal(git('rev-parse', 'HEAD'), before);
  });
});

describe('checking a shared commit', () => {
  const line = identityLine(NEUTRAL_IDENTITY, '2026-11-25');
  const expected = { tree: 't'.repeat(40), parent: 'p'.repeat(40), line, message: 'Add an anonymous reflection' };
  const commit = (extra = '', message = 'Add an anonymous reflection\n') => `tree ${expected.tree}\nparent ${expected.parent}\nauthor ${line}\ncommitter ${line}\n${extra}\n${message}`;

  it('the identity line is the neutral name and e-mail at midnight UTC of the day', () => {
    assert.equal(line, 'Retro Coach <retro-coach@users.noreply.invalid> 1795564800 +0000');
  });

  it('finds nothing to report in exactly the neutral commit', () => {
    assert.deepEqual(commitDifferences(commit(), expected), []);
  });

  it('reports a signature, a rewritten message and another author', () => {
    assert.deepEqual(commitDifferences(commit('gpgsig -----BEGIN PGP SIGNATURE-----\n abc\n -----END PGP SIGNATURE-----\n'), expected), ['the commit is signed (a signature names its owner)']);
    assert.deepEqual(commitDifferences(commit('', 'Add an anonymous reflection\n\nSigned-off-by: Alice <a@x>\n'), expected), ["the message is 'Add an anonymous reflection\n\nSigned-off-by: Alice <a@x>', not 'Add an anonymous reflection'"]);
    const other = commit().replace(`author ${line}`, 'author Alice <a@x> 1795564800 +0000');
    assert.deepEqual(commitDifferences(other, expected), [`author is 'Alice <a@x> 1795564800 +0000', not '${line}'`]);
  });

  it('accepts the default identity and refuses names git would change', () => {
    assert.equal(identityProblem(NEUTRAL_IDENTITY), undefined);
    for (const name of ['', 'A <b>', 'Team.', ' Team', 'line\nbreak']) assert.match(formatMessage(identityProblem({ name, email: 'x@example.invalid' }) ?? msg('')), /anonymous identity/, JSON.stringify(name));
  });
});

