import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { parseRootsFile } from '../../src/cli/roots';
import { UsageError } from '../../src/cli/args';
import { parseTeamConfig } from '../../src/core/model/teamConfig';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd, now: new Date('2026-11-25T12:00:00Z') });
  return { code, out, err };
}

describe('retro-coach across repositories', () => {
  let base: string;
  const repo = (name: string) => path.join(base, name);

  beforeEach(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-teams-'));
    for (const name of ['app', 'web']) await fs.mkdir(repo(name));
    // app: team "Platform" from config.yaml, two team reflections, one private.
    await saveReflection(repo('app'), sampleReflection({ id: 'appx0001', created: '2026-11-20T10:00:00+01:00', author: 'Ada App' }), seededRandom(1));
    await saveReflection(repo('app'), sampleReflection({ id: 'appx0002', created: '2026-11-21T10:00:00+01:00', author: 'Ben App' }), seededRandom(2));
    await saveReflection(repo('app'), sampleReflection({ id: 'prvt0001', visibility: 'private', author: 'Secret Person', created: '2026-11-22T10:00:00+01:00' }), seededRandom(3));
    await fs.writeFile(path.join(repo('app'), '.coaching', 'config.yaml'), 'team: Platform\n');
    // web: no config, so its team is the folder name; one anonymous reflection (written by hand, outside the store).
    await saveReflection(repo('web'), sampleReflection({ id: 'webx0001', created: '2026-11-19T10:00:00+01:00', author: 'Cy Web' }), seededRandom(4));
    const anonymous = sampleReflection({ id: 'anmz0001', visibility: 'anonymous', author: 'Hidden Name', created: '2026-11-23T10:00:00+01:00' });
    await fs.writeFile(path.join(repo('web'), '.coaching', 'reflections', '2026', '11', 'anon.yaml'), serializeReflection(anonymous));
  });
  afterEach(async () => { await fs.rm(base, { recursive: true, force: true }); });

  it('parseRootsFile: one path per line against the file\'s folder, # comments and blank lines skipped, # inside a path kept', () => {
    const file = path.join(base, 'roots.txt');
    const roots = parseRootsFile('# our teams\napp\n\n  web   # the shop\n/abs/c#sharp\n', file);
    assert.deepEqual(roots, [repo('app'), repo('web'), path.resolve('/abs/c#sharp')]);
  });

  it('parseRootsFile: a control character in a line is a usage error naming file and line', () => {
    assert.throws(() => parseRootsFile('app\nbad\u0007path\n', '/x/roots.txt'), (err: unknown) => err instanceof UsageError && /^\/x\/roots\.txt:2: /.test(err.message));
  });

  it('config.yaml team: a one-line name is the team; an empty or multi-line one is a warning and absent', () => {
    assert.equal(parseTeamConfig('team: "  Platform  "\n').config.team, 'Platform');
    for (const bad of ['team: ""\n', 'team: "a\\nb"\n', 'team: [x]\n', `team: ${'x'.repeat(65)}\n`]) {
      const parsed = parseTeamConfig(bad);
      assert.equal(parsed.config.team, undefined, bad);
      assert.match(parsed.problems[0]?.message ?? '', /^team is /, bad);
    }
  });

  it('report --root A --root B --format json: all teams together and one entry per team, private never, anonymous nameless', async () => {
    const r = await run(['report', '--root', 'app', '--root', 'web', '--format', 'json', '--since', '2026-11-01'], base);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out);
    assert.equal(report.schema, 'retro-coach/teams-report/v1');
    assert.deepEqual(report.teams.map((t: { team: string; repositories: string[] }) => [t.team, t.repositories]), [['Platform', ['app']], ['web', ['web']]]);
    assert.deepEqual(report.teams.map((t: { insights: { reflections: { total: number } } }) => t.insights.reflections.total), [2, 2]);
    assert.equal(report.all.reflections.total, 4);
    assert.ok(!r.out.includes('Secret Person') && !r.out.includes('Hidden Name'));
  });

  it('report --roots-file: Markdown and HTML carry the team breakdown with every team named', async () => {
    await fs.writeFile(path.join(base, 'roots.txt'), '# teams\napp\nweb\n');
    const md = await run(['report', '--roots-file', 'roots.txt', '--since', '2026-11-01'], base);
    const html = await run(['report', '--roots-file', path.join(base, 'roots.txt'), '--format', 'html', '--since', '2026-11-01'], '/');
    assert.equal(md.code, 0, md.err);
    assert.equal(html.code, 0, html.err);
    assert.match(md.out, /^# Retro report across 2 teams/);
    assert.match(md.out, /\n## Teams\n\n\| Team \| Repositories \|[^\n]*\n[^\n]*\n\| Platform \| app \| 2 \|[^\n]*\n\| web \| web \| 2 \|/);
    assert.match(md.out, /\n## Team Platform\n/);
    assert.match(html.out, /<h2>Teams<\/h2><table class="numbers">.*<th scope="row">Platform<\/th><td style="text-align:left">app<\/td><td>2<\/td>/s);
    for (const r of [md, html]) assert.ok(!r.out.includes('Secret Person') && !r.out.includes('Hidden Name'));
  });

  it('report: two repositories whose config.yaml names the same team are one team', async () => {
    await fs.writeFile(path.join(repo('web'), '.coaching', 'config.yaml'), 'team: Platform\n');
    const r = await run(['report', '--root', 'app', '--root', 'web', '--format', 'json', '--since', '2026-11-01'], base);
    const report = JSON.parse(r.out);
    assert.deepEqual(report.teams.map((t: { team: string; repositories: string[] }) => [t.team, t.repositories]), [['Platform', ['app', 'web']]]);
    assert.equal(report.teams[0].insights.reflections.total, 4);
  });

  it('history across repositories: one history per repository with its team, as JSON and Markdown', async () => {
    const json = await run(['history', '--root', 'app', '--root', 'web', '--format', 'json'], base);
    assert.equal(json.code, 0, json.err);
    const parsed = JSON.parse(json.out);
    assert.equal(parsed.schema, 'retro-coach/teams-history/v1');
    assert.deepEqual(parsed.teams.map((t: { team: string; repository: string }) => [t.team, t.repository]), [['Platform', 'app'], ['web', 'web']]);
    const md = await run(['history', '--root', 'app', '--root', 'web'], base);
    assert.match(md.out, /^# Retro Coach history across 2 repositories\n\n## History of team Platform \(app\)\n/);
  });

  it('export --format jsonl: one schema-tagged reflection per line with team, repository and path; private never, anonymous without author', async () => {
    const r = await run(['export', '--format', 'jsonl', '--root', 'app', '--root', 'web'], base);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.schema, l.team, l.repository, l.id]), [
      ['retro-coach/reflection/v1', 'Platform', 'app', 'appx0001'],
      ['retro-coach/reflection/v1', 'Platform', 'app', 'appx0002'],
      ['retro-coach/reflection/v1', 'web', 'web', 'webx0001'],
      ['retro-coach/reflection/v1', 'web', 'web', 'anmz0001'],
    ]);
    assert.equal(lines[3].path, '.coaching/reflections/2026/11/anon.yaml');
    assert.equal(lines[0].author, 'Ada App');
    assert.equal('author' in lines[3], false);
    assert.ok(!r.out.includes('Secret Person'));
  });

  it('export: a line separator or bidirectional override in an answer is escaped, so each reflection stays one line and reads back the same', async () => {
    const answer = 'Split\u2028here \u202eevil\u2029 and ##[set-output x';
    await saveReflection(repo('web'), sampleReflection({ id: 'hstz0001', created: '2026-11-24T10:00:00+01:00', exchanges: [{ question: 'q', text: 'What is in the way?', answer }] }), seededRandom(9));
    const r = await run(['export', '--root', 'web'], base);
    assert.equal(r.code, 0, r.err);
    assert.ok(!/[\u2028\u2029\u202e]/.test(r.out) && !r.out.includes('##['), 'no raw separator, override or CI command in the output');
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines.map((l) => JSON.parse(l)).find((l) => l.id === 'hstz0001').exchanges[0].answer, answer);
  });

  it('export --out: replaces the file whole; a path inside .coaching/ is refused and nothing there changes', async () => {
    const out = path.join(base, 'export.jsonl');
    await fs.writeFile(out, 'old content that is longer than one line\nsecond\n'.repeat(1000));
    const ok = await run(['export', '--root', 'web', '--out', 'export.jsonl'], base);
    assert.equal(ok.code, 0, ok.err);
    assert.equal((await fs.readFile(out, 'utf8')).trimEnd().split('\n').length, 2);
    const inside = path.join(repo('web'), '.coaching', 'reflections', '2026', '11', 'anon.yaml');
    const before = await fs.readFile(inside, 'utf8');
    const refused = await run(['export', '--root', 'web', '--out', inside], base);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /is inside .*\.coaching; write the export somewhere else/);
    assert.equal(await fs.readFile(inside, 'utf8'), before);
  });

  it('a root without .coaching is named in a usage error (exit 2); validate refuses several roots', async () => {
    await fs.mkdir(repo('empty'));
    const missing = await run(['report', '--root', 'app', '--root', 'empty'], base);
    assert.equal(missing.code, 2);
    assert.match(missing.err, new RegExp(`No \\.coaching folder in ${repo('empty').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));
    const validate = await run(['validate', '--root', 'app', '--root', 'web'], base);
    assert.equal(validate.code, 2);
    assert.match(validate.err, /validate reads one repository/);
  });
});
