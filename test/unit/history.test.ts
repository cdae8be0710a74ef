import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { followUpReflection } from '../../src/core/model/actionState';
import { parseLog } from '../../src/core/git/history';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

async function history(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['history', ...argv], { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd, now: new Date('2026-11-25T12:00:00Z') });
  return { code, out, err };
}

describe('history from git', () => {
  let root: string;
  const git = (env: Record<string, string>, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const as = (name: string, date: string) => ({ GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: 'x@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: 'x@example.invalid', GIT_COMMITTER_DATE: date });

  beforeEach(async function () {
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-hist-'));
    git({}, 'init', '-q');
    const team = await saveReflection(root, sampleReflection({ id: 'team0001', created: '2026-09-01T10:00:00+02:00' }), seededRandom(1));
    git({}, 'add', '.');
    git(as('Ada Tester', '2026-09-01T10:00:00+02:00'), 'commit', '-q', '-m', 'reflection');
    await saveReflection(root, sampleReflection({ id: 'anmz0001', visibility: 'anonymous', author: undefined, created: '2026-09-02T00:00:00Z', actions: [] }), seededRandom(2));
    git({}, 'add', '.');
    git(as('Ada Tester', '2026-09-02T09:00:00+02:00'), 'commit', '-q', '-m', 'anonymous');
    await saveReflection(root, followUpReflection([{ action: 'k3j9x2ab-a1', status: 'done', note: 'Split it' }], { id: 'fxyz0001', created: '2026-09-10T16:00:00+02:00', author: 'Sam Reviewer', visibility: 'team' }), seededRandom(3));
    git({}, 'add', '.');
    git(as('Sam Reviewer', '2026-09-10T16:00:00+02:00'), 'commit', '-q', '-m', 'follow-up');
    git({}, 'mv', team.relativePath, team.relativePath.replace('.yaml', '-renamed.yaml'));
    git(as('Sam Reviewer', '2026-09-11T16:00:00+02:00'), 'commit', '-q', '-m', 'rename');
  });
  afterEach(async () => { if (root) await fs.rm(root, { recursive: true, force: true }); });

  it('builds the timeline with authors, renames, lifecycles and participation, never naming anonymous writers', async () => {
    const r = await history(['--format', 'json'], root);
    assert.equal(r.code, 0, r.err);
    const h = JSON.parse(r.out);
    assert.equal(h.source, 'git');
    assert.deepEqual(h.entries.map((e: { change: string; author?: string }) => `${e.change}:${e.author ?? '-'}`), ['added:Ada Tester', 'added:-', 'added:Sam Reviewer', 'renamed:Sam Reviewer']);
    assert.match(h.entries[3].from, /ci-green-in-under-ten-team0001\.yaml$/);
    assert.deepEqual(h.lifecycles.map((a: { status: string; days?: number }) => [a.status, a.days]), [['done', 9]]);
    // The follow-up is counted apart from reflections, as every other surface counts it.
    assert.deepEqual(h.activity.map((w: { added: number; followUps: number; people: number }) => [w.added, w.followUps, w.people]), [[2, 0, 1], [0, 1, 1]]);
    const md = await history([], root);
    assert.match(md.out, /done 2026-09-10 after 9 days/);
    assert.ok(!/added \S*anmz0001\.yaml by/.test(md.out), 'the anonymous file shows no author');
  });

  it('warns on a shallow clone and falls back to file times outside git', async () => {
    const shallow = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    const r = await history(['--root', shallow, '--format', 'json'], '/');
    assert.match(r.err, /shallow clone/);
    await fs.rm(path.join(root, '.git'), { recursive: true, force: true });
    const plain = await history(['--format', 'json'], root);
    assert.equal(JSON.parse(plain.out).source, 'files');
    assert.match(plain.err, /not a git repository/);
    await fs.rm(shallow, { recursive: true, force: true });
  });

  it('parses -z name-status records, including renames and odd names', () => {
    const out = '\x1eabc\x1fJürgen \uFFFD\x1f2026-09-01T10:00:00+02:00\n\0\nA\0.coaching/a b.yaml\0R087\0.coaching/old.yaml\0.coaching/new.yaml\0';
    assert.deepEqual(parseLog(out).map((e) => [e.change, e.path, e.from, e.author]), [
      ['added', '.coaching/a b.yaml', undefined, 'Jürgen \uFFFD'],
      ['renamed', '.coaching/new.yaml', '.coaching/old.yaml', 'Jürgen \uFFFD'],
    ]);
  });
});
