import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NEUTRAL_IDENTITY, pendingAnonymous, shareAnonymous } from '../../src/core/git/share';
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
});
