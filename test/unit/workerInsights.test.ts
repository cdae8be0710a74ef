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
import { teamDocuments, teamInsights, type TeamDocument } from '../../src/core/insights/index';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { ParsePool, WORKER_SCRIPT } from '../../src/core/worker/pool';
import { MAX_DOCUMENTS_PER_MESSAGE, MAX_GROUPS, isInsightsRequest, isInsightsResponse } from '../../src/core/worker/protocol';
import { TeamsInsights, teamsJson, teamsReport } from '../../src/cli/teamsReport';
import { Claims, claimInWorker } from '../../src/core/worker/claims';
import { sortInWrittenOrder } from '../../src/core/insights/team';
import { groupByTeam, type ReadRepository, type RepositorySource, type TeamGroup } from '../../src/cli/teams';
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

/** A read repository of `name`, serving team `teamName`: 150 generated reflections from `offset` on. */
function repo(name: string, teamName: string, offset: number): ReadRepository {
  const docs = team(name, 150, offset).map((d) => ({ ...d, source: { team: teamName, repository: name } }));
  return { root: `/r/${name}`, repository: name, team: teamName, corpus: { documents: docs, problems: [] }, documents: docs };
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
    const stream = pool.openInsights(PERIOD, CORPUS_TODAY);
    assert.ok(stream);
    stream.add(documents);
    const fromWorker = (await stream.compute()).insights;
    const inThread = teamInsights(documents, PERIOD, CORPUS_TODAY);
    assert.ok(inThread.recurring.length > 0 && inThread.actions.openByOwner.length > 0, 'the fixture has themes and open actions to compare');
    assert.deepEqual(fromWorker, inThread);
    assert.equal(pool.threads, 1, 'computed in a worker');
  });

  it('teamsReport is byte for byte the same JSON whether the teams are counted in workers or in this thread', async () => {
    const teams: TeamGroup[] = [
      { team: 'api', repositories: ['api'], documents: team('api', 300, 5000) },
      { team: 'web', repositories: ['web'], documents: team('web', 300) },
    ];
    const all = [...teams[0].documents, ...teams[1].documents];
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 2 });
    const report = await teamsReport(teams, PERIOD, CORPUS_TODAY, pool);
    assert.deepEqual(report.all, teamInsights(teamDocuments(all), PERIOD, CORPUS_TODAY), 'all teams are every document of every team');
    const inWorkers = teamsJson(report);
    assert.equal(pool.threads, 1, 'the teams went to one worker, which counts their words once');
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(inWorkers, teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, noWorkers)));
  });

  /** Pools that cannot compute a report's insights in a worker, each for its own reason. */
  const withoutWorkers: Array<{ when: string; pool: () => Promise<ParsePool>; broken: boolean }> = [
    { when: 'the worker script is missing', broken: true, pool: async () => new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: path.join(dir, 'no-such-worker.js') }) },
    {
      when: 'a worker answers with something that is not insights (and that worker is not used again)', broken: true,
      pool: async () => {
        const liar = path.join(dir, 'liar.js');
        await fs.writeFile(liar, "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (m) => { if (m.compute) parentPort.postMessage({ id: m.id, insights: { schema: 'retro-coach/insights/v1', recurring: 'not a list' } }); });\n");
        return new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: liar });
      },
    },
    {
      when: 'the worker exits in the middle of a request', broken: true,
      pool: async () => {
        const quitter = path.join(dir, 'quitter.js');
        await fs.writeFile(quitter, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
        return new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: quitter });
      },
    },
    { when: 'the documents are fewer than parallelFrom', broken: false, pool: async () => new ParsePool({ size: 1, parallelFrom: 10 * documents.length, insightsThreads: 1 }) },
    { when: 'the pool has no threads for insights', broken: false, pool: async () => new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 0 }) },
  ];

  for (const { when, pool: make, broken } of withoutWorkers) {
    it(`makes the same report in this thread, with no worker left running, when ${when}`, async () => {
      const teams: TeamGroup[] = [{ team: 'platform', repositories: ['platform'], documents }];
      pool = await make();
      const report = teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, pool));
      assert.equal(report, teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, new ParsePool({ script: path.join(dir, 'no-such-worker.js') }))));
      assert.equal(pool.threads, 0);
      if (broken) assert.equal(pool.takesInsights(documents.length), false, 'the pool sends no insights to a worker any more');
    });
  }

  it('sends insights to at most insightsThreads workers, however many requests', async () => {
    pool = new ParsePool({ size: 3, parallelFrom: 1, insightsThreads: 1 });
    const teams = [team('a', 20), team('b', 20, 100), team('c', 20, 200)];
    await Promise.all(teams.map((t) => {
      const stream = pool?.openInsights(PERIOD, CORPUS_TODAY);
      stream?.add(t);
      return stream?.compute();
    }));
    assert.equal(pool.threads, 1);
  });

  it('TeamsInsights sends repositories to one worker as they are read, from when they are enough for a worker, and the report is the same as without workers', async () => {
    const read = [repo('app', 'Platform', 0), repo('web', 'web', 3000), repo('api', 'Platform', 6000)];
    pool = new ParsePool({ size: 2, parallelFrom: read[0].documents.length + 1, insightsThreads: 2 });
    const insights = new TeamsInsights(read, PERIOD, CORPUS_TODAY, pool);
    insights.read(read[0]);
    assert.equal(insights.inWorker, false, 'one repository is too few documents for a worker');
    insights.read(read[1]);
    assert.equal(insights.inWorker, true);
    insights.read(read[2]);
    assert.equal(pool.threads, 1);
    const teams = groupByTeam(read);
    const withWorker = teamsJson(await insights.report(teams));
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(withWorker, teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('TeamsInsights holds a repository read while the workers were parsing files, and sends it with the next one read without parsing', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1, insightsThreads: 1 });
    const file = '.coaching/reflections/2026/11/one.yaml';
    await fs.mkdir(path.join(dir, '.coaching', 'reflections', '2026', '11'), { recursive: true });
    await fs.writeFile(path.join(dir, file), serializeReflection(sampleReflection({ id: 'cold0001', created: '2026-11-20T10:00:00+01:00' })));
    const [cold, warm] = [repo('cold', 'cold', 0), repo('warm', 'warm', 3000)];
    const insights = new TeamsInsights([cold, warm], PERIOD, CORPUS_TODAY, pool);
    await pool.parse(dir, [file]);
    insights.read(cold);
    assert.equal(insights.inWorker, false, 'the workers were parsing while the first repository was read');
    insights.read(warm);
    assert.equal(insights.inWorker, true);
    const teams = groupByTeam([cold, warm]);
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(teamsJson(await insights.report(teams)), teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('TeamsInsights computes everything in this thread, and sends nothing more, once a repository could not be sent to the worker', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    const uncopyable = repo('odd', 'odd', 3000);
    // A source a worker cannot be sent (functions do not copy); the report's JSON leaves it out either way.
    for (const d of uncopyable.documents) (d.source as unknown as { describe: () => string }).describe = () => 'odd';
    const read = [repo('app', 'app', 0), uncopyable, repo('web', 'web', 6000)];
    const insights = new TeamsInsights(read, PERIOD, CORPUS_TODAY, pool);
    insights.read(read[0]);
    assert.equal(insights.inWorker, true);
    insights.read(read[1]);
    insights.read(read[2]);
    assert.equal(insights.inWorker, false, 'no second request with only the later repositories');
    const teams = groupByTeam(read);
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(teamsJson(await insights.report(teams)), teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('TeamsInsights makes the same report in this thread when the worker exits while the repositories are sent', async () => {
    const quitter = path.join(dir, 'quitter-report.js');
    await fs.writeFile(quitter, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1, script: quitter });
    const read = [repo('app', 'app', 0), repo('web', 'web', 3000)];
    const insights = new TeamsInsights(read, PERIOD, CORPUS_TODAY, pool);
    read.forEach(insights.read);
    assert.equal(insights.inWorker, true);
    const teams = groupByTeam(read);
    const noWorkers = new ParsePool({ script: path.join(dir, 'no-such-worker.js') });
    assert.equal(teamsJson(await insights.report(teams)), teamsJson(await teamsReport(teams, PERIOD, CORPUS_TODAY, noWorkers)));
  });

  it('the worker computes all groups together, and only the groups whose claim it takes: one this thread claimed comes back null', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    const [api, web] = [team('api', 200, 5000), team('web', 200)];
    const claims = new Claims(2);
    const stream = pool.openInsights(PERIOD, CORPUS_TODAY, claims);
    assert.ok(stream);
    stream.add(web, 1);
    stream.add(api, 0);
    assert.equal(claims.claimHere(1), true);
    const answer = await stream.compute();
    assert.deepEqual(answer.groups?.map((g) => g === null), [false, true]);
    assert.deepEqual(answer.groups?.[0], teamInsights(api, PERIOD, CORPUS_TODAY));
    assert.deepEqual(answer.insights, teamInsights(sortInWrittenOrder([...api, ...web]), PERIOD, CORPUS_TODAY));
    assert.equal(claims.claimHere(0), false, 'the worker holds the claim of the group it computed');
  });

  it('the worker takes a group as soon as its last part is in, before the request\'s last part, and answers its insights at the end', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    const [api, web] = [team('api', 200, 5000), team('web', 200)];
    const claims = new Claims(2);
    const stream = pool.openInsights(PERIOD, CORPUS_TODAY, claims);
    assert.ok(stream);
    stream.add(api.slice(0, 100), 0);
    stream.add(api.slice(100), 0, true);
    stream.add(web, 1);
    // Watched, not taken: the flags are the worker's to set.
    const flags = new Int32Array(claims.flags);
    for (let waited = 0; Atomics.load(flags, 0) === 0 && waited < 20_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.notEqual(Atomics.load(flags, 0), 0, 'the worker claimed group 0 without the last part of the request');
    assert.equal(Atomics.load(flags, 1), 0, 'group 1 is not done, so nobody claimed it');
    const answer = await stream.compute();
    assert.deepEqual(answer.groups?.[0], teamInsights(api, PERIOD, CORPUS_TODAY));
    assert.deepEqual(answer.groups?.[1], teamInsights(web, PERIOD, CORPUS_TODAY));
  });

  it('opens no request for more groups than a request may name, so such a report is made in this thread', () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    assert.equal(pool.openInsights(PERIOD, CORPUS_TODAY, new Claims(MAX_GROUPS + 1)), undefined);
    assert.equal(pool.threads, 0);
    assert.ok(pool.openInsights(PERIOD, CORPUS_TODAY, new Claims(MAX_GROUPS)));
  });

  it('the worker answers an error when a part names a group beyond the request\'s groups', async () => {
    pool = new ParsePool({ size: 1, parallelFrom: 1, insightsThreads: 1 });
    const stream = pool.openInsights(PERIOD, CORPUS_TODAY, new Claims(2));
    assert.ok(stream);
    stream.add(documents.slice(0, 10), 2);
    await assert.rejects(stream.compute(), /named group 2, but the request has 2 group/);
  });

  it('the worker answers a malformed part with one error, drops the rest of that request, and still answers the next one', async () => {
    const worker = new Worker(WORKER_SCRIPT);
    const answers: { id: number; error?: string; insights?: unknown }[] = [];
    worker.on('message', (m: { id: number }) => answers.push(m));
    try {
      const task = { period: PERIOD, today: CORPUS_TODAY };
      worker.postMessage({ type: 'insights', id: 1, group: 0, task, documents: [{ path: 'a.yaml', reflection: 'not a reflection' }] });
      worker.postMessage({ type: 'insights', id: 1, group: 0, documents: documents.slice(0, 10), compute: true });
      worker.postMessage({ type: 'insights', id: 2, group: 0, task, documents: documents.slice(0, 10), compute: true });
      while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(answers.map((a) => [a.id, 'error' in a, 'insights' in a]), [[1, true, false], [2, false, true]]);
      assert.match(String(answers[0].error), /neither a parse or stat request nor part of an insights request/);
    } finally {
      await worker.terminate();
    }
  });

  it('the worker answers an error for a request whose first part does not say what to compute', async () => {
    const worker = new Worker(WORKER_SCRIPT);
    try {
      const answer = new Promise<{ id: number; error?: string }>((resolve) => worker.once('message', resolve));
      worker.postMessage({ type: 'insights', id: 7, group: 0, documents: documents.slice(0, 10), compute: true });
      assert.match(String((await answer).error), /first part of an insights request must say what to compute/);
    } finally {
      await worker.terminate();
    }
  });
});

describe('claims shared with workers', () => {
  it('an item is taken once, by whichever side asks first, and only items that exist can be asked for', () => {
    const claims = new Claims(2);
    assert.equal(claimInWorker(claims.flags, 0), true, 'a worker takes item 0 first');
    assert.equal(claims.claimHere(0), false);
    assert.equal(claims.claimHere(1), true);
    assert.equal(claimInWorker(claims.flags, 1), false, 'nor does a worker take what this thread took');
    assert.equal(claims.claimHere(1), false, 'an item this thread took is not taken again');
    assert.throws(() => claims.claimHere(2), /No item 2 among 2 claims/);
  });
});

describe('the insights message guards', () => {
  const documents = team('web', 3);
  const task = { period: PERIOD, today: CORPUS_TODAY };

  it('accepts a part within the document limit, with or without a task, done or compute, and refuses more documents', () => {
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents }), true);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents, task, groupDone: true, compute: true }), true);
    const tooMany = Array.from({ length: MAX_DOCUMENTS_PER_MESSAGE + 1 }, () => documents[0]);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents: tooMany }), false);
  });

  it('refuses a part with a document without a reflection, a period that is not two dates, no type, or no group', () => {
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents: [{ path: 'a.yaml' }] }), false);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents, task: { period: { from: 'soon', to: '2026-12-31' }, today: CORPUS_TODAY } }), false);
    assert.equal(isInsightsRequest({ id: 1, group: 0, documents, task }), false);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: 0, documents, compute: 'yes' }), false);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, documents }), false);
    assert.equal(isInsightsRequest({ type: 'insights', id: 1, group: -1, documents }), false);
  });

  it('accepts groups whose claims are shared memory of one flag per group, and refuses copied or mis-sized claims', () => {
    const claims = new Claims(3);
    const withGroups = (groups: unknown) => isInsightsRequest({ type: 'insights', id: 1, group: 0, documents, task: { ...task, groups } });
    assert.equal(withGroups({ count: 3, claims: claims.flags }), true);
    assert.equal(withGroups({ count: 2, claims: claims.flags }), false);
    assert.equal(withGroups({ count: 3, claims: new ArrayBuffer(12) }), false);
    assert.equal(withGroups({ count: 0, claims: new SharedArrayBuffer(0) }), false);
  });

  it('accepts an answer with one entry per group (null where this thread claimed it), and refuses other lengths or groups the request did not have', () => {
    const insights = teamInsights(documents, PERIOD, CORPUS_TODAY);
    assert.equal(isInsightsResponse({ id: 1, insights, groups: [insights, null] }, 2), true);
    assert.equal(isInsightsResponse({ id: 1, insights, groups: [insights] }, 2), false);
    assert.equal(isInsightsResponse({ id: 1, insights, groups: [insights, 'nothing'] }, 2), false);
    assert.equal(isInsightsResponse({ id: 1, insights, groups: [insights] }), false);
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
