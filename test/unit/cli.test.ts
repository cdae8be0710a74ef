import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd, now: new Date('2026-11-25T12:00:00Z') });
  return { code, out, err };
}

describe('retro-coach CLI', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-cli-'));
    const hostile = '<script>alert(1)</script> and [x](javascript:alert(1)) # not a heading';
    await saveReflection(root, sampleReflection({ id: 'team0001', created: '2026-11-20T10:00:00+01:00', exchanges: [{ question: 'q', text: 'What is in the way?', answer: `Flaky tests block the release. ${hostile}` }] }), seededRandom(1));
    await saveReflection(root, sampleReflection({ id: 'team0002', created: '2026-11-21T10:00:00+01:00', author: 'Sam Reviewer', exchanges: [{ question: 'q', text: 'What is in the way?', answer: 'Flaky tests again, the release slipped' }], actions: [] }), seededRandom(2));
    await saveReflection(root, sampleReflection({ id: 'anmz0001', visibility: 'anonymous', author: undefined, created: '2026-11-22T00:00:00Z', actions: [] }), seededRandom(3));
    await saveReflection(root, sampleReflection({ id: 'prvt0001', visibility: 'private', author: 'Secret Person', created: '2026-11-22T10:00:00+01:00', actions: [] }), seededRandom(4));
  });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('validate: exit 0 on a valid corpus, 1 with path:line:col lines on a broken one, 2 without .coaching', async () => {
    const ok = await run(['validate', '--root', root], '/');
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.out, '');
    await fs.writeFile(path.join(root, '.coaching', 'reflections', '2026', '11', 'broken.yaml'), 'schema: retro-coach/reflection/v1\nid: [oops\n');
    await fs.writeFile(path.join(root, '.coaching', 'config.yaml'), 'questions: sometimes\n');
    const bad = await run(['validate'], root);
    assert.equal(bad.code, 1);
    const lines = bad.out.trim().split('\n');
    assert.match(lines[0], /^\.coaching\/reflections\/2026\/11\/broken\.yaml:\d+:\d+: YAML syntax/);
    assert.match(lines[1], /^\.coaching\/config\.yaml:1:1: warning: questions is 'sometimes'; use merge/);
    const none = await run(['validate', '--root', os.tmpdir()], '/');
    assert.equal(none.code, 2);
    assert.match(none.err, /No \.coaching folder/);
  });

  it('report: Markdown, JSON and HTML with the same totals, private never and anonymous nameless in every format', async () => {
    const md = await run(['report', '--since', '2w', '--root', root], '/');
    const json = await run(['report', '--since', '2026-11-01', '--format', 'json', '--root', root], '/');
    const html = await run(['report', '--format', 'html', '--root', root], '/');
    for (const r of [md, json, html]) {
      assert.equal(r.code, 0, r.err);
      assert.ok(!r.out.includes('Secret Person'), 'private reflections stay out');
    }
    const insights = JSON.parse(json.out);
    assert.equal(insights.schema, 'retro-coach/insights/v1');
    assert.equal(insights.reflections.total, 3);
    assert.match(md.out, /Flaky/i);
    assert.ok(!/<script/i.test(html.out) && !/<script/i.test(md.out), 'no executable content from file text');
    assert.ok(!/href=/i.test(html.out), 'the HTML report has no links made from file text');
    assert.ok(!/(^|[^\\])\]\(javascript:/i.test(md.out), 'no active Markdown link');
    assert.match(html.out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;|Flaky/);
    assert.match(html.out, /<svg class="chart" role="img" aria-label="Friction by week/);
  });

  it('report --out writes the file; index --json lists documents and problems', async () => {
    const out = path.join(root, 'report.html');
    const r = await run(['report', '--format', 'html', '--out', out], root);
    assert.equal(r.code, 0);
    assert.match(await fs.readFile(out, 'utf8'), /^<!DOCTYPE html>/);
    const idx = await run(['index', '--json'], root);
    const parsed = JSON.parse(idx.out);
    assert.equal(parsed.schema, 'retro-coach/index/v1');
    assert.equal(parsed.documents.length, 4);
  });

  it('usage: help exits 0, unknown commands and bad options exit 2 with a hint', async () => {
    assert.equal((await run(['--help'], root)).code, 0);
    assert.match((await run(['report', '--help'], root)).out, /--format md\|json\|html/);
    const unknown = await run(['explode'], root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Unknown command 'explode'/);
    assert.equal((await run(['report', '--format', 'pdf'], root)).code, 2);
    assert.equal((await run(['report', '--since', 'yesterday'], root)).code, 2);
    assert.equal((await run([], root)).code, 2);
  });
});
