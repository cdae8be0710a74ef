/**
 * One truth for every count: one corpus, in a real git repository, rendered through every
 * surface that runs without VS Code (the Team Review's view model, the Markdown export, the
 * CLI's report as Markdown, JSON and HTML, and `history`), and the functions the tree views
 * and the status bar count with. Each must show the same numbers.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { actionsByOwner, countReflections, teamDocuments, teamInsights, weekOf } from '../../src/core/insights/index';
import { retroSummaryMarkdown } from '../../src/core/insights/summaryMarkdown';
import { actionsOf, foldActions, followUpReflection } from '../../src/core/model/actionState';
import { readReflections } from '../../src/core/store/corpus';
import { saveReflection } from '../../src/core/store/store';
import { localDateOf } from '../../src/core/calendar';
import { reviewView } from '../../src/review/reviewModel';
import { buildReflection } from '../fixtures/reflections';
import { seededRandom } from './fixtures';

const PERIOD = { from: '2026-11-02', to: '2026-11-29' };
const TODAY = '2026-11-29';
const ADA = 'Ada Tester';
const BOB = 'Bob Builder';

/** The fixture: what each file is, and the numbers every surface must show for it. */
const EXPECTED = {
  /** Sessions, blockers and pulse checks in the period (the private one never counts). */
  reflections: 5,
  followUps: 1,
  /** Sessions and blockers, each under its first kind: technical (listed before procedural), procedural, cultural, untagged. */
  friction: { total: 4, technical: 1, procedural: 1, cultural: 1, personal: 0, untagged: 1 },
  /** The unowned action of Ada's signed session; the other one is done. */
  openActions: 1,
};

describe('one truth for every count: the same numbers on every surface', () => {
  let root: string;
  const git = (env: Record<string, string>, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const as = (name: string, date: string) => ({ GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: 'x@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: 'x@example.invalid', GIT_COMMITTER_DATE: date });
  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await main([...argv, '--root', root], { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd: root, now: new Date(`${TODAY}T12:00:00Z`) });
    assert.equal(code, 0, err);
    return out;
  };

  before(async function () {
    this.timeout(20_000);
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-counts-'));
    git({}, 'init', '-q');
    const files = [
      buildReflection({ id: 'cnt00001', created: '2026-11-03T10:00:00+01:00', author: ADA, friction: ['technical', 'procedural'], nextStep: { text: 'Split the suite', owner: ADA, due: '2026-11-10' } }),
      buildReflection({ id: 'cnt00002', kind: 'blocker', created: '2026-11-05T10:00:00+01:00', author: BOB, friction: ['procedural'] }),
      buildReflection({ id: 'cnt00003', created: '2026-11-12T10:00:00+01:00', author: ADA, friction: [], nextStep: { text: 'Ask the platform team' } }),
      buildReflection({ id: 'cnt00004', kind: 'pulse', created: '2026-11-13T10:00:00+01:00', author: BOB, friction: [], exchanges: [], pulse: { focus: 3 } }),
      buildReflection({ id: 'cnt00005', visibility: 'anonymous', author: undefined, created: '2026-11-18T00:00:00Z', friction: ['cultural'] }),
      followUpReflection([{ action: 'cnt00001-a1', status: 'done' }], { id: 'cnt00006', created: '2026-11-20T10:00:00+01:00', author: BOB, visibility: 'team' }),
      buildReflection({ id: 'cnt00007', visibility: 'private', created: '2026-11-21T10:00:00+01:00', author: ADA, friction: ['personal'] }),
    ];
    for (const [i, reflection] of files.entries()) {
      await saveReflection(root, reflection, seededRandom(i + 1), { schemaText: '{}\n' });
      git({}, 'add', '.');
      git(as(reflection.author ?? BOB, reflection.created), 'commit', '-q', '--allow-empty', '-m', reflection.id);
    }
    // Files in .coaching that are not reflections: history must not count them as added.
    await fs.mkdir(path.join(root, '.coaching', 'summaries'), { recursive: true });
    await fs.writeFile(path.join(root, '.coaching', 'summaries', '2026-11-29.md'), '# Retro summary\n');
    await fs.writeFile(path.join(root, '.coaching', 'config.yaml'), 'questions: merge\n');
    await fs.writeFile(path.join(root, '.coaching', 'questions.yaml'), 'questions: []\n');
    git({}, 'add', '.');
    git(as(ADA, '2026-11-28T10:00:00+01:00'), 'commit', '-q', '-m', 'summary and team files');
  });
  after(async () => { if (root) await fs.rm(root, { recursive: true, force: true }); });

  const documents = async () => (await readReflections(root, { includePrivate: true })).documents;

  it('the Team Review view model', async () => {
    const { view } = reviewView(teamDocuments(await documents()), { ...PERIOD, friction: null, author: null, trigger: null }, TODAY, undefined, null);
    assert.equal(view.counts.reflections, EXPECTED.reflections);
    assert.equal(view.totalReflections, EXPECTED.reflections);
    assert.equal(view.counts.openActions, EXPECTED.openActions);
    const sum = (key: keyof typeof EXPECTED.friction) => view.weeks.reduce((n, w) => n + (key === 'total' ? w.total : w.counts[key]), 0);
    for (const key of Object.keys(EXPECTED.friction) as Array<keyof typeof EXPECTED.friction>) assert.equal(sum(key), EXPECTED.friction[key], key);
    for (const w of view.weeks) assert.equal(Object.values(w.counts).reduce((n, c) => n + c, 0), w.total, `${w.week}: the bar adds up to the total`);
  });

  it('the Markdown export', async () => {
    const md = retroSummaryMarkdown(teamInsights(teamDocuments(await documents()), PERIOD, TODAY), { period: PERIOD, generatedAt: `${TODAY}T12:00:00+01:00` });
    assertMarkdownNumbers(md);
  });

  it('the CLI report as Markdown, JSON and HTML', async () => {
    assertMarkdownNumbers(await cli('report', '--since', PERIOD.from, '--until', PERIOD.to));
    const json = JSON.parse(await cli('report', '--since', PERIOD.from, '--until', PERIOD.to, '--format', 'json'));
    assert.equal(json.reflections.total, EXPECTED.reflections);
    assert.equal(json.reflections.followUps, EXPECTED.followUps);
    assert.deepEqual({ total: json.friction.totals.total, ...json.friction.totals.counts }, EXPECTED.friction);
    assert.equal(json.participation.reduce((n: number, w: { reflections: number }) => n + w.reflections, 0), EXPECTED.reflections);
    const html = await cli('report', '--since', PERIOD.from, '--until', PERIOD.to, '--format', 'html');
    assert.match(html, new RegExp(`>${EXPECTED.reflections}\\s*<span>reflections in the period<`));
    assert.match(html, new RegExp(`${EXPECTED.friction.total} reflections reporting friction`));
  });

  it('history: reflections and follow-ups added, never the schema copy, summaries or team files', async () => {
    const story = JSON.parse(await cli('history', '--format', 'json'));
    const added = story.activity.reduce((n: number, w: { added: number }) => n + w.added, 0);
    const followUps = story.activity.reduce((n: number, w: { followUps: number }) => n + w.followUps, 0);
    assert.deepEqual({ added, followUps }, { added: EXPECTED.reflections, followUps: EXPECTED.followUps });
    const paths: string[] = story.entries.map((e: { path: string }) => e.path);
    assert.ok(paths.length > 0 && paths.every((p) => p.startsWith('.coaching/reflections/')), paths.join('\n'));
  });

  it('the tree view’s week rows and the status bar count with the same core functions', async () => {
    const all = await documents();
    const team = teamDocuments(all);
    // Reflections tree: week rows described by countReflections over the week's documents.
    const weeks = new Map<string, typeof team>();
    for (const d of team) {
      const week = weekOf(localDateOf(d.reflection.created)).week;
      weeks.set(week, [...(weeks.get(week) ?? []), d]);
    }
    const rows = [...weeks.values()].map((docs) => countReflections(docs));
    assert.equal(rows.reduce((n, r) => n + r.total, 0), EXPECTED.reflections);
    assert.equal(rows.reduce((n, r) => n + r.followUps, 0), EXPECTED.followUps);
    // Open Actions tree: the Team Review's groups; the status bar's "yours": actionsOf, over every file.
    const groups = actionsByOwner(team, TODAY);
    assert.equal(groups.reduce((n, g) => n + g.actions.length, 0), EXPECTED.openActions);
    const mine = actionsOf(foldActions(all).actions, { names: [ADA] }, { includeUnowned: true }).filter((a) => a.status === 'open');
    assert.deepEqual(mine.map((a) => a.id), groups.find((g) => g.owner === ADA)?.actions.map((a) => a.id));
  });
});

/** The numbers of a Markdown summary, as written in its sentences and lists. */
function assertMarkdownNumbers(md: string): void {
  assert.match(md, new RegExp(`from ${EXPECTED.reflections} team reflections and ${EXPECTED.followUps} follow-up;`));
  assert.match(md, new RegExp(`\\n${EXPECTED.friction.total} reflections reported friction;`));
  for (const bucket of ['technical', 'procedural', 'cultural', 'untagged'] as const) assert.match(md, new RegExp(`\\n- ${bucket}: ${EXPECTED.friction[bucket]}\\n`), bucket);
  const participation = [...md.matchAll(/\n- \d{4}-W\d{2} \(from [^)]*\): (\d+) reflections?/g)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(participation, EXPECTED.reflections);
}
