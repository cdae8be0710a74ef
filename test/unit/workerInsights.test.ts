/**
 * Team insights in the pool's worker threads (the CLI's report across teams): the same
 * insights as this thread computes, this thread's when the pool cannot help, and the messages
 * checked on both sides.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { teamDocuments, teamInsights, type TeamDocument, type TeamInsights } from '../../src/core/insights/index';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { ParsePool, WORKER_SCRIPT } from '../../src/core/worker/pool';
import { MAX_DOCUMENTS_PER_MESSAGE, isInsightsRequest, isInsightsResponse } from '../../src/core/worker/protocol';
import { EarlyTeamInsights, teamsJson, teamsReport } from '../../src/cli/teamsReport';
import { allDocuments, groupByTeam, type ReadRepository, type RepositorySource, type TeamGroup } from '../../src/cli/teams';
import { benchPath, benchReflection } from '../bench/corpus';
import { CORPUS_TODAY, reviewCorpus } from './reviewCorpus';
import { sampleReflection } from './fixtures';
import { serializeReflection } from '../../src/core/model/reflectionYaml';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

/** `count` generated reflections of one repository plus the review's edge cases, gated: more than two messages' worth. */
function team(name: string, count: number, offset = 0): TeamDocument<RepositorySource>[] {
  const source: RepositorySource = { team: name, repository: name };
  const generated = Array.from({ length: count }, (_, i) => benchReflection(offset + i)).map((reflection) => ({ path: `${name}/${benchPath(reflection)}`, reflection, source }));
  const edges = reviewCorpus().map((d) => ({ ...d, path: `${name}/${d.path}`, source }));
  return teamDocuments<CorpusDocument<RepositorySource>>([...generated, ...edges]);
}

/** teamInsights of `documents` in this thread, counting how often the pool fell back to it. */
function inThisThread(documents: readonly TeamDocument<RepositorySource>[]): { calls: number; here: () => TeamInsights<RepositorySource> } {
  const counter = { calls: 0, here: () => { counter.calls++; return teamInsights(documents, PERIOD, CORPUS_TODAY); } };
  return counter;
}

describe('team insights in worker threads', () => {
  let dir: string;
  let pool: ParsePool | undefined;
  const documents = team('platform', 2 * MAX_DOCUMENTS_PER_MESSAGE + 100);
  before(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-insights-worker-')); });
  after(async () => { await fs.rm(dir, { recursive: true, force: true }); });
  afterEach(async () => { await pool?.close(); pool = undefined; });

  it('a worker sent the documents in several parts answers exactly the insights teamInsights gives in this thread', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    const fallback = inThisThread(documents);
    const fromWorker = await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here);
    const inThread = teamInsights(documents, PERIOD, CORPUS_TODAY);
    assert.ok(inThread.recurring.length > 0 && inThread.actions.openByOwner.length > 0, 'the fixture has themes and open actions to compare');
    assert.deepEqual(fromWorker, inThread);
    assert.equal(fallback.calls, 0, 'nothing was computed in this thread');
  });

  it('teamsReport is byte for byte the same JSON whether the teams are counted in workers or in this thread', async () => {
    const teams: TeamGroup[] = [
      { team: 'api', repositories: ['api'], documents: team('api', 300, 5000) },
      { team: 'web', repositories: ['web'], documents: team('web', 300) },
    ];
    const all = [...teams[0].documents, ...teams[1].documents];
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 2 });
    const inWorkers = teamsJson(await teamsReport(teams, teamDocuments(all), PERIOD, CORPUS_TODAY, pool));
    assert.equal(pool.threads, 2, 'each team went to a worker');
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(inWorkers, teamsJson(await teamsReport(teams, teamDocuments(all), PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('computes in this thread, with the same insights and no worker started, when the worker script is missing', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: path.join(dir, 'no-such-worker.js') });
    const fallback = inThisThread(documents);
    assert.deepEqual(await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here), teamInsights(documents, PERIOD, CORPUS_TODAY));
    assert.equal(pool.threads, 0);
    assert.equal(fallback.calls, 1);
  });

  it('computes in this thread, with the same insights, when a worker answers with something that is not insights, and stops using that worker', async () => {
    const liar = path.join(dir, 'liar.js');
    await fs.writeFile(liar, "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (m) => { if (m.compute) parentPort.postMessage({ id: m.id, insights: { schema: 'retro-coach/insights/v1', recurring: 'not a list' } }); });\n");
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: liar });
    const fallback = inThisThread(documents);
    assert.deepEqual(await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here), teamInsights(documents, PERIOD, CORPUS_TODAY));
    assert.equal(fallback.calls, 1);
    assert.equal(pool.threads, 0);
  });

  it('computes in this thread, with the same insights, when the worker exits in the middle of a request', async () => {
    const quitter = path.join(dir, 'quitter.js');
    await fs.writeFile(quitter, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: quitter });
    const fallback = inThisThread(documents);
    assert.deepEqual(await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here), teamInsights(documents, PERIOD, CORPUS_TODAY));
    assert.equal(fallback.calls, 1);
  });

  it('computes in this thread below parallelFrom documents, without starting a worker', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: documents.length + 1, insightsThreads: 1 });
    const fallback = inThisThread(documents);
    assert.deepEqual(await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here), teamInsights(documents, PERIOD, CORPUS_TODAY));
    assert.equal(fallback.calls, 1);
    assert.equal(pool.threads, 0);
  });

  it('computes in this thread, without starting a worker, when the pool has no threads for insights', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 0 });
    const fallback = inThisThread(documents);
    assert.deepEqual(await pool.insights(documents, PERIOD, CORPUS_TODAY, fallback.here), teamInsights(documents, PERIOD, CORPUS_TODAY));
    assert.equal(fallback.calls, 1);
    assert.equal(pool.threads, 0);
  });

  it('sends insights to at most insightsThreads workers, however many teams', async () => {
    pool = new ParsePool({ size: 3, parallelFrom: 1, insightsThreads: 1 });
    const teams = [team('a', 20), team('b', 20, 100), team('c', 20, 200)];
    await Promise.all(teams.map((t) => pool?.insights(t, PERIOD, CORPUS_TODAY, inThisThread(t).here)));
    assert.equal(pool.threads, 1);
  });

  it('EarlyTeamInsights starts a team once all its repositories are read, and the report is the same as without it', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 2 });
    const repo = (name: string, teamName: string, offset: number): ReadRepository => {
      const docs = team(name, 150, offset).map((d) => ({ ...d, source: { team: teamName, repository: name } }));
      return { root: `/r/${name}`, repository: name, team: teamName, corpus: { documents: docs, problems: [] }, documents: docs };
    };
    const read = [repo('app', 'Platform', 0), repo('web', 'web', 3000), repo('api', 'Platform', 6000)];
    const early = new EarlyTeamInsights(read, PERIOD, CORPUS_TODAY, pool);
    early.read(read[0]);
    assert.deepEqual([...early.started.keys()], [], 'Platform still has a repository to read');
    early.read(read[1]);
    early.read(read[2]);
    assert.deepEqual([...early.started.keys()], ['web', 'Platform']);
    const teams = groupByTeam(read);
    const withEarly = teamsJson(await teamsReport(teams, allDocuments(teams), PERIOD, CORPUS_TODAY, pool, early.started));
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(withEarly, teamsJson(await teamsReport(teams, allDocuments(teams), PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('EarlyTeamInsights leaves a team whose repository the workers were parsing to teamsReport', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 1 });
    const file = '.coaching/reflections/2026/11/one.yaml';
    await fs.mkdir(path.join(dir, '.coaching', 'reflections', '2026', '11'), { recursive: true });
    await fs.writeFile(path.join(dir, file), serializeReflection(sampleReflection({ id: 'cold0001', created: '2026-11-20T10:00:00+01:00' })));
    const repo = (name: string): ReadRepository => {
      const docs = team(name, 10).map((d) => ({ ...d, source: { team: name, repository: name } }));
      return { root: `/r/${name}`, repository: name, team: name, corpus: { documents: docs, problems: [] }, documents: docs };
    };
    const [cold, warm] = [repo('cold'), repo('warm')];
    const early = new EarlyTeamInsights([cold, warm], PERIOD, CORPUS_TODAY, pool);
    await pool.parse(dir, [file]);
    early.read(cold);
    early.read(warm);
    assert.deepEqual([...early.started.keys()], ['warm']);
  });

  it('the worker answers a malformed part with one error, drops the rest of that request, and still answers the next one', async () => {
    const worker = new Worker(WORKER_SCRIPT);
    const answers: { id: number; error?: string; insights?: unknown }[] = [];
    worker.on('message', (m: { id: number }) => answers.push(m));
    try {
      const compute = { period: PERIOD, today: CORPUS_TODAY };
      worker.postMessage({ type: 'insights', id: 1, documents: [{ path: 'a.yaml', reflection: 'not a reflection' }] });
      worker.postMessage({ type: 'insights', id: 1, documents: documents.slice(0, 10), compute });
      worker.postMessage({ type: 'insights', id: 2, documents: documents.slice(0, 10), compute });
      while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(answers.map((a) => [a.id, 'error' in a, 'insights' in a]), [[1, true, false], [2, false, true]]);
      assert.match(String(answers[0].error), /neither a parse request nor part of an insights request/);
    } finally {
      await worker.terminate();
    }
  });
});

describe('the insights message guards', () => {
  const documents = team('web', 3);
  const compute = { period: PERIOD, today: CORPUS_TODAY };

  it('accepts a part within the document limit, with or without compute, and refuses more documents', () => {
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents }), true);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents, compute }), true);
    const tooMany = Array.from({ length: MAX_DOCUMENTS_PER_MESSAGE + 1 }, () => documents[0]);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents: tooMany }), false);
  });

  it('refuses a part with a document without a reflection, a period that is not two dates, or no type', () => {
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents: [{ path: 'a.yaml' }] }), false);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents, compute: { period: { from: 'soon', to: '2026-12-31' }, today: CORPUS_TODAY } }), false);
    assert.equal(isInsightsRequest({ id: 1, documents, compute }), false);
  });

  it('accepts real insights or an error, and refuses insights of another schema or with a part missing', () => {
    const insights = teamInsights(documents, PERIOD, CORPUS_TODAY);
    assert.equal(isInsightsResponse({ id: 1, insights }), true);
    assert.equal(isInsightsResponse({ id: 1, error: 'gone' }), true);
    assert.equal(isInsightsResponse({ id: 1, insights: { ...insights, schema: 'retro-coach/insights/v0' } }), false);
    assert.equal(isInsightsResponse({ id: 1, insights: { ...insights, recurring: undefined } }), false);
    assert.equal(isInsightsResponse({ id: 1, insights: { ...insights, recurring: [{ terms: 'flaky' }] } }), false);
  });
});
