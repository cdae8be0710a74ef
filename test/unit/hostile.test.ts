import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkCoaching, readReflections, type Corpus } from '../../src/core/store/corpus';
import { readTeamFiles, DEFAULT_TEAM_CONFIG } from '../../src/core/model/teamConfig';
import { ensureSchemaCopy } from '../../src/core/store/store';
import { lastSummaryDate } from '../../src/core/store/summaryFiles';
import { MAX_PROBLEMS_PER_FILE } from '../../src/core/util/problemCap';
import { escapeControls } from '../../src/core/util/plainText';
import { ESCAPE_NAMED, OUTSIDE_MARKER, makeHostileCorpus, type HostileCorpus } from '../fixtures/hostile/make';
import { seededRandom } from './fixtures';

/** The CLI as users run it: a separate Node process, compiled next to this test. */
const CLI = path.resolve(__dirname, '..', '..', 'src', 'cli', 'cli.js');
/** Characters a terminal or log viewer acts on, or that reorder what it shows (a newline ends a line and is fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** All reflection files of the corpus with the role their name gives them. */
async function filesByRole(root: string): Promise<{ good: string[]; warn: string[]; bad: string[] }> {
  const found: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await fs.readdir(path.join(root, ...relative.split('/')), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (/\.ya?ml$/.test(entry.name) || entry.isSymbolicLink()) found.push(child);
    }
  };
  await walk('.coaching/reflections');
  const role = (kind: string) => found.filter((f) => path.posix.basename(f).replace(/^\d{4}-\d{2}-\d{2}-/, '').startsWith(`${kind}-`)).sort();
  return { good: role('good'), warn: role('warn'), bad: role('bad') };
}

/** Runs the compiled CLI with a small heap and a deadline: a crash, an abort or a hang fails the test. */
function cli(args: string[], cwd: string): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--max-old-space-size=256', CLI, ...args], { cwd, timeout: 30_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, out, err) => {
      const failure = error as (Error & { code?: number | string; signal?: string }) | null;
      resolve({ code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0, signal: failure?.signal ?? null, out, err });
    });
  });
}

describe('the hostile corpus', function () {
  // Each CLI run is a fresh Node process; four runs take a second or two on a slow machine.
  this.timeout(60_000);
  let dir: string;
  let hostile: HostileCorpus;
  let roles: { good: string[]; warn: string[]; bad: string[] };
  before(async function () {
    if (process.platform === 'win32') this.skip(); // links to /dev/zero and named pipes are POSIX
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-hostile-'));
    hostile = await makeHostileCorpus(path.join(dir, 'a'));
    roles = await filesByRole(hostile.root);
  });
  after(async () => { if (dir) await fs.rm(dir, { recursive: true, force: true }); });

  describe('read by the core', () => {
    let corpus: Corpus;
    before(async () => { corpus = await readReflections(hostile.root, { includePrivate: true }); });

    it('was made whole on this machine: links, a pipe and an escape-named file', () => {
      assert.deepEqual(hostile.skipped, []);
      assert.ok(roles.bad.includes(ESCAPE_NAMED), 'the file named with escape sequences exists');
      assert.ok(roles.good.length >= 5 && roles.bad.length >= 25, JSON.stringify(roles));
    });

    it('counts every good and warn file as a document, and no bad one', () => {
      assert.deepEqual(corpus.documents.map((d) => d.path).sort(), [...roles.good, ...roles.warn].sort());
    });

    it('reports every bad file as a problem with a line, and no problem for a good file', () => {
      const problemPaths = new Set(corpus.problems.map((p) => p.path));
      for (const bad of roles.bad) assert.ok(problemPaths.has(bad), `no problem for ${bad}`);
      for (const good of roles.good) assert.ok(!problemPaths.has(good), `a problem for good ${good}`);
      for (const p of corpus.problems) assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.col >= 1, JSON.stringify(p));
    });

    it('never shows content from outside the repository and never an engine message', () => {
      const text = JSON.stringify(corpus);
      assert.ok(!text.includes(OUTSIDE_MARKER), 'a link was followed');
      assert.doesNotMatch(text, /call stack|RangeError|out of memory|Invalid string length/i);
    });

    it('lists every problem through checkCoaching: fold warnings and duplicate ids included, at most 21 lines a file, each message one plain line', () => {
      const { problems } = checkCoaching(corpus, readTeamFiles(hostile.root).problems);
      const perFile = new Map<string, number>();
      for (const p of problems) perFile.set(p.path, (perFile.get(p.path) ?? 0) + 1);
      for (const [file, n] of perFile) assert.ok(n <= MAX_PROBLEMS_PER_FILE + 1, `${file}: ${n}`);
      assert.ok(problems.some((p) => p.path.endsWith('warn-unknown-action.yaml') && /which no reflection defines/.test(p.message)));
      assert.ok(problems.some((p) => p.path.endsWith('bad-duplicate-id.yaml') && /already used by/.test(p.message)));
      for (const p of problems) assert.doesNotMatch(p.message, RAW_CONTROL, p.message);
    });

    it('reads committed hostile team files as problems with lines, keeping the defaults', () => {
      const team = readTeamFiles(hostile.root);
      assert.deepEqual(team.questions, []);
      assert.equal(team.config.questions, DEFAULT_TEAM_CONFIG.questions);
      assert.ok(team.problems.some((p) => p.file === '.coaching/questions.yaml' && /nested deeper than/.test(p.message) && p.line === 2));
      assert.ok(team.problems.some((p) => p.file === '.coaching/config.yaml' && /Unknown field/.test(p.message)));
    });
  });

  describe('with team files, the schema copy and the summaries folder as links', () => {
    let linked: HostileCorpus;
    before(async () => { linked = await makeHostileCorpus(path.join(dir, 'b'), { linkTeamFiles: true }); });

    it('refuses config.yaml (to /dev/zero) and questions.yaml (outside) as links, using the defaults', () => {
      const team = readTeamFiles(linked.root);
      assert.deepEqual(team.config, DEFAULT_TEAM_CONFIG);
      assert.deepEqual(team.problems.map((p) => [p.file, /symbolic link/.test(p.message)]), [['.coaching/config.yaml', true], ['.coaching/questions.yaml', true]]);
      assert.ok(!JSON.stringify(team).includes(OUTSIDE_MARKER));
    });

    it('replaces a schema copy that links to /dev/zero instead of reading it', async () => {
      await ensureSchemaCopy(linked.root, '{"schema": true}\n', seededRandom(1));
      const copy = path.join(linked.root, '.coaching', 'schema', 'reflection.schema.json');
      assert.equal((await fs.lstat(copy)).isFile(), true);
      assert.equal(await fs.readFile(copy, 'utf8'), '{"schema": true}\n');
    });

    it('does not take the last summary date from a linked summaries folder', async () => {
      assert.equal(await lastSummaryDate(linked.root), undefined);
    });

    it('validate names the linked team files and exits 1 without crashing', async () => {
      const run = await cli(['validate'], linked.root);
      assert.equal(run.code, 1, run.err);
      assert.match(run.out, /^\.coaching\/config\.yaml:1:1: This is a symbolic link/m);
      assert.ok(!run.out.includes(OUTSIDE_MARKER));
    });
  });

  describe('read by the CLI', () => {
    it('validate: one escaped path:line:col line per problem, every bad file named, exit 1', async () => {
      const run = await cli(['validate', '--root', hostile.root], '/');
      assert.equal(run.signal, null, 'the process was not killed');
      assert.equal(run.code, 1, run.err);
      const lines = run.out.trimEnd().split('\n');
      for (const line of lines) assert.match(line, /^\.coaching\/[^\n]*:\d+:\d+: /, line);
      const named = new Set(lines.map((l) => /^(.*?):\d+:\d+: /.exec(l)?.[1]));
      for (const bad of roles.bad) assert.ok(named.has(escapeControls(bad)), `no line for ${JSON.stringify(bad)}`);
      assert.match(run.err, new RegExp(`${roles.good.length + roles.warn.length} file\\(s\\) valid`));
    });

    it('validate, index, report and history print no raw control or bidi character, no forged line and nothing from outside', async () => {
      const runs = await Promise.all([
        cli(['validate'], hostile.root),
        cli(['index', '--json'], hostile.root),
        cli(['report', '--since', '2026-11-01', '--until', '2026-12-31'], hostile.root),
        cli(['report', '--since', '2026-11-01', '--until', '2026-12-31', '--format', 'json'], hostile.root),
        cli(['history', '--format', 'md'], hostile.root),
      ]);
      for (const run of runs) {
        assert.equal(run.signal, null);
        assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.err.slice(0, 500)}`);
        for (const text of [run.out, run.err]) {
          assert.doesNotMatch(text, RAW_CONTROL);
          assert.doesNotMatch(text, /##(vso)?\[/i);
          assert.ok(!text.includes(OUTSIDE_MARKER));
          for (const line of text.split('\n')) {
            assert.doesNotMatch(line, /^\s*::/, 'a CI workflow command');
            assert.doesNotMatch(line, /^\.coaching\/reflections\/forged\.yaml:/, 'a forged problem line');
          }
        }
      }
    });

    it('index and validate show exactly the problems the extension computes (checkCoaching), and every good file as a document', async () => {
      const [index, validate] = await Promise.all([cli(['index', '--json'], hostile.root), cli(['validate'], hostile.root)]);
      const parsed = JSON.parse(index.out) as { documents: { path: string }[]; problems: unknown[] };
      const corpus = await readReflections(hostile.root, { includePrivate: true });
      const expected = checkCoaching(corpus, readTeamFiles(hostile.root).problems).problems;
      assert.deepEqual(parsed.problems, JSON.parse(JSON.stringify(expected)));
      assert.deepEqual(validate.out.trimEnd().split('\n').map((l) => /^(.*?):(\d+):(\d+): /.exec(l)?.slice(1).join(':')), expected.map((p) => `${escapeControls(p.path)}:${p.line}:${p.col}`));
      assert.deepEqual(parsed.documents.map((d) => d.path).sort(), [...roles.good, ...roles.warn].sort());
    });
  });
});
