import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { teamDocuments } from '../../src/core/insights/team';
import { teamInsights } from '../../src/core/insights/index';
import { defaultFilters, normalizePeriod, reviewView } from '../../src/review/reviewModel';
import { DOCUMENTS_PER_MESSAGE, isHostToWorker, type WorkerDocument } from '../../src/review/worker/protocol';
import { REVIEW_WORKER_SCRIPT, ReviewClient } from '../../src/review/worker/reviewClient';
import { buildReflection } from '../fixtures/reflections';
import { CORPUS_TODAY, reviewCorpus } from './reviewCorpus';

const FOLDERS = { 'file:///ws/api': 'api', 'file:///ws/web': 'web' };
const filters = normalizePeriod({ ...defaultFilters(CORPUS_TODAY), from: '2026-01-01' }, CORPUS_TODAY).filters;

/** The review corpus as the host sends it: through the gate, each document's source its folder's id. */
function documents(): WorkerDocument[] {
  const ids = Object.keys(FOLDERS);
  return teamDocuments(reviewCorpus().map((d) => ({ ...d, source: ids[d.source ?? 0] }))) as WorkerDocument[];
}

/** What the host's own thread computes for the same documents: the answer the worker must give. */
function expected(docs: readonly WorkerDocument[]) {
  const { view, sent } = reviewView(docs, filters, CORPUS_TODAY, (id: string) => FOLDERS[id as keyof typeof FOLDERS], null);
  return { view, sent: [...sent.files].map(([key, e]) => ({ key, source: e.source, path: e.path, actions: [...e.actions] })) };
}

function many(count: number): WorkerDocument[] {
  return teamDocuments(Array.from({ length: count }, (_, i) => ({
    path: `.coaching/reflections/2026/11/r${i}.yaml`, source: 'file:///ws/api',
    reflection: buildReflection({ id: `m${String(i).padStart(7, '0')}`, created: '2026-11-10T10:00:00+01:00' }),
  }))) as WorkerDocument[];
}

describe('the Team Review worker', () => {
  let client: ReviewClient | undefined;
  afterEach(async () => { await client?.close(); client = undefined; });

  it('computes in a worker thread the same view, and the same files to open, as this thread would', async () => {
    client = new ReviewClient();
    const docs = documents();
    await client.sync(docs, FOLDERS);
    const result = await client.view({ filters, today: CORPUS_TODAY, multiRoot: true });
    assert.equal(client.inWorker, true);
    assert.deepEqual({ view: result.view, sent: result.sent }, expected(docs));
  });

  it('sends only what changed after the first sync, and answers over the changed set', async () => {
    client = new ReviewClient();
    // More than fit in one message: sending them all again would take three.
    const docs = teamDocuments([...documents(), ...many(2 * DOCUMENTS_PER_MESSAGE)]) as WorkerDocument[];
    await client.sync(docs, FOLDERS);
    const before = client.messages;
    const edited = { ...docs[3], reflection: { ...docs[3].reflection, friction: ['cultural' as const] } } as WorkerDocument;
    const next = [...docs.slice(0, 3), edited, ...docs.slice(5)];
    await client.sync(next, FOLDERS);
    assert.equal(client.messages - before, 1, 'one edited and one removed document make one message');
    const result = await client.view({ filters, today: CORPUS_TODAY, multiRoot: true });
    assert.deepEqual({ view: result.view, sent: result.sent }, expected(next));
  });

  it('computes one folder\'s insights for the export in the worker, the same as this thread would over that folder\'s documents', async () => {
    client = new ReviewClient();
    const docs = documents();
    await client.sync(docs, FOLDERS);
    const period = { from: '2026-01-01', to: CORPUS_TODAY };
    const { insights } = await client.insights({ source: 'file:///ws/web', period, today: CORPUS_TODAY });
    const web = docs.filter((d) => d.source === 'file:///ws/web');
    assert.ok(web.length > 0 && web.length < docs.length, 'the corpus has documents in both folders');
    assert.deepEqual(insights, teamInsights(web, period, CORPUS_TODAY));
  });

  it('posts nothing when the documents are the same objects as last time', async () => {
    client = new ReviewClient();
    const docs = documents();
    await client.sync(docs, FOLDERS);
    const before = client.messages;
    await client.sync([...docs], FOLDERS);
    assert.equal(client.messages, before);
  });

  it(`sends a large set in messages of at most ${DOCUMENTS_PER_MESSAGE} documents, and the worker refuses a larger one`, async () => {
    client = new ReviewClient();
    const docs = many(2 * DOCUMENTS_PER_MESSAGE + 1);
    await client.sync(docs, FOLDERS);
    assert.equal(client.messages, 3);
    assert.equal((await client.view({ filters, today: CORPUS_TODAY, multiRoot: false })).view.totalReflections, docs.length);
    assert.equal(isHostToWorker({ type: 'sync', remove: [], upsert: many(DOCUMENTS_PER_MESSAGE + 1), folders: {}, last: true }), false);
  });

  it('says the script is missing and to reinstall, rather than showing an empty review', async () => {
    client = new ReviewClient(path.join(os.tmpdir(), 'no-such-review-worker.js'));
    await assert.rejects(client.view({ filters, today: CORPUS_TODAY, multiRoot: true }), /no-such-review-worker\.js is missing; reinstall Retro Coach/);
  });

  /**
   * A script that behaves like the real one on this thread (it exports the real ReviewState)
   * but, as a worker thread, fails the way `failure` says.
   */
  async function failingWorker(failure: string): Promise<{ script: string; dir: string }> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-review-worker-'));
    const script = path.join(dir, 'failing.js');
    await fs.writeFile(script, `const { isMainThread, parentPort } = require('node:worker_threads');
if (isMainThread) module.exports = require(${JSON.stringify(REVIEW_WORKER_SCRIPT)});
else { ${failure} }
`);
    return { script, dir };
  }

  for (const [when, failure] of [
    ['cannot start', "throw new Error('no threads here');"],
    ['stops mid-way', "parentPort.on('message', (m) => { if (m.type === 'view') process.exit(3); });"],
  ] as const) {
    it(`answers from this thread, over every document synced so far, when the worker thread ${when}`, async () => {
      const { script, dir } = await failingWorker(failure);
      try {
        client = new ReviewClient(script);
        const docs = documents();
        await client.sync(docs, FOLDERS);
        const result = await client.view({ filters, today: CORPUS_TODAY, multiRoot: true });
        assert.equal(client.inWorker, false);
        assert.deepEqual({ view: result.view, sent: result.sent }, expected(docs));
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('answers a message it does not understand with an error naming the request, and keeps working', async () => {
    const worker = new Worker(REVIEW_WORKER_SCRIPT);
    try {
      const answer = (message: unknown) => new Promise<unknown>((resolve) => { worker.once('message', resolve); worker.postMessage(message); });
      assert.deepEqual(await answer({ type: 'view', id: 5, filters: 'all of them' }), { type: 'view', id: 5, error: 'The Team Review worker received a message it does not understand.' });
      const ok = await answer({ type: 'view', id: 6, filters, today: CORPUS_TODAY, multiRoot: false }) as { id: number; view?: unknown };
      assert.equal(ok.id, 6);
      assert.ok(ok.view);
    } finally {
      await worker.terminate();
    }
  });
});
