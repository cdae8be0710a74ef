/**
 * The index and insight steps, measured in this process on one written corpus: the raw read
 * (the floor every ratio divides by), a naive `yaml` loop (the anchor), cold and warm index,
 * a single-file update, insights, recurring blockers and the Team Review's message.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KnownPaths, readListed, readReflections, statInThreadPool, type CoachingProblem, type Corpus } from '../../src/core/store/corpus';
import { sharedParsePool } from '../../src/core/worker/pool';
import { runInTurns } from '../../src/core/util/turns';
import { teamDocumentsInTurns } from '../../src/core/insights/team';
import { folderSnapshot } from '../../src/host/folderSnapshot';
import { updateReflections } from '../../src/core/store/corpusUpdate';
import type { ReadCache } from '../../src/core/store/readCache';
import { readCorpus } from '../../src/core/worker/readCorpus';
import { teamDocuments, teamInsights } from '../../src/core/insights/index';
import { recurringBlockers } from '../../src/core/insights/recurring';
import { ReviewViews } from '../../src/review/reviewViews';
import { mapBounded } from '../../src/core/util/mapBounded';
import type { WrittenCorpus } from './corpus';
import { best, collect, retainedHeap, time, watchThread } from './timing';
import { measureReviewWorker } from './reviewWorkerSteps';

/** As many reads in flight as the index uses, so the floor is the same kind of read. */
const READS_IN_FLIGHT = 16;
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-31';

export interface IndexTimes {
  files: number;
  documents: number;
  rawMs: number;
  yamlMs: number;
  coldMs: number;
  coldInThreadMs: number;
  warmMs: number;
  updateMs: number;
  insightsMs: number;
  recurringMs: number;
  reviewMs: number;
  reviewBytes: number;
  heapBytes: number;
  /** What the index does on the host's thread after a walk, in turns: all of it. */
  afterWalkMs: number;
  /** The longest the thread was held at a time meanwhile. */
  afterWalkTaskMs: number;
  /** A walk of the index with one file changed, and what it does after: all of it on the host's thread, in turns. */
  walkMs: number;
  walkTaskMs: number;
  /** The same when nothing changed (window focus, git status). */
  sameWalkMs: number;
  sameWalkTaskMs: number;
  /** The Team Review as the extension runs it: documents sent to its worker, the first view back. */
  reviewWorkerMs: number;
  /** The longest the calling (host) thread was held at a time meanwhile. */
  hostTaskMs: number;
}

async function rawRead(files: readonly string[]): Promise<number> {
  const texts = await mapBounded(files, READS_IN_FLIGHT, (f) => fs.readFile(f, 'utf8'));
  return texts.reduce((n, t) => n + t.length, 0);
}

async function yamlLoop(files: readonly string[]): Promise<number> {
  const parsed = await mapBounded(files, READS_IN_FLIGHT, async (f) => {
    const text = await fs.readFile(f, 'utf8');
    // The corpus holds a few broken files on purpose; a naive loop skips them.
    try { return parseYaml(text) as unknown; } catch { return undefined; }
  });
  return parsed.filter((p) => p !== undefined).length;
}

/** Cold (fresh cache) and warm (one file changed, a full re-walk) reads, and watcher-style updates. */
async function indexTimes(corpus: WrittenCorpus): Promise<Pick<IndexTimes, 'coldMs' | 'coldInThreadMs' | 'warmMs' | 'updateMs' | 'heapBytes'>> {
  const opts = { includePrivate: false };
  const cold = await best(2, () => readCorpus(corpus.root, opts));
  const inThread = await retainedHeap(() => time(() => readReflections(corpus.root, opts)));
  const cache: ReadCache = new Map();
  const { listing } = await readListed(corpus.root, { ...opts, cache });
  const changed = corpus.files[Math.floor(corpus.files.length / 2)];
  await fs.appendFile(changed, '# touched by the bench\n');
  const warm = await time(() => readReflections(corpus.root, { ...opts, cache }));
  const relative = path.relative(corpus.root, changed).split(path.sep).join('/');
  // The best of three watcher events, each a new change building on the last update: one event is one sample of a noisy clock.
  let latest = listing;
  let updateMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    await fs.appendFile(changed, `# touched again (${i})\n`);
    const update = await time(() => updateReflections(corpus.root, latest, [relative], { ...opts, cache }));
    if (!update.value) throw new Error(`The single-file update of ${relative} asked for a full walk; the bench expects an update.`);
    latest = update.value.listing;
    updateMs = Math.min(updateMs, update.ms);
  }
  return { coldMs: cold.ms, coldInThreadMs: inThread.value.ms, warmMs: warm.ms, updateMs, heapBytes: inThread.bytes };
}

/** The folder the bench's index reads, set on every document as the index's reads set it (ReadOptions.source). */
const FOLDER = 'file:///bench';

/**
 * What host/coachingIndex.ts does on the extension host's thread after a walk of one folder:
 * the same function (host/folderSnapshot.ts), then the privacy gate, each in turns as it runs them.
 */
async function afterWalk(read: Corpus): Promise<number> {
  const snapshot = await folderSnapshot(read, {
    folder: FOLDER, label: 'bench', teamProblems: [], person: { names: ['Person 1'] },
    problem: (p) => ({ file: `file:///bench/${p.path}`, line: p.line, col: p.col, message: p.message, severity: p.severity }),
  });
  return (await teamDocumentsInTurns(snapshot.documents)).length;
}

/**
 * The after-walk steps of a first walk (every document new to the index), and the longest the
 * thread was held at a time meanwhile: each the best of three runs, like every other time here
 * (a collection of the garbage of an earlier step can land in any one run).
 */
export async function hostThreadTimes(read: Corpus): Promise<Pick<IndexTimes, 'afterWalkMs' | 'afterWalkTaskMs'>> {
  let afterWalkMs = Number.POSITIVE_INFINITY;
  let afterWalkTaskMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    collect();
    const stop = watchThread();
    const run = await time(() => afterWalk(read));
    afterWalkMs = Math.min(afterWalkMs, run.ms);
    afterWalkTaskMs = Math.min(afterWalkTaskMs, stop());
  }
  return { afterWalkMs, afterWalkTaskMs };
}

/**
 * A walk as host/coachingIndex.ts runs it once the index has the folder: lstats in a worker,
 * every step over the files in turns, the last listing and snapshot handed in, then the
 * privacy gate. `touch` changes a file before the walk, or not.
 */
async function indexWalks(corpus: WrittenCorpus): Promise<Pick<IndexTimes, 'walkMs' | 'walkTaskMs' | 'sameWalkMs' | 'sameWalkTaskMs'>> {
  const cache: ReadCache = new Map();
  const pool = sharedParsePool();
  const opts = { includePrivate: true, cache, parse: pool.parse, stat: pool.statOr(statInThreadPool), run: runInTurns, knownPaths: new KnownPaths(), source: FOLDER };
  const of = {
    folder: FOLDER, label: 'bench', teamProblems: [], person: { names: ['Person 1'] },
    problem: (p: CoachingProblem) => ({ file: `file:///bench/${p.path}`, line: p.line, col: p.col, message: p.message, severity: p.severity }),
  };
  let last = await readListed(corpus.root, opts);
  let snapshot = await folderSnapshot(last.corpus, of);
  const changed = corpus.files[Math.floor(corpus.files.length / 3)];
  const walk = async (touch: boolean) => {
    if (touch) await fs.appendFile(changed, '# touched by the bench\n');
    collect();
    const stop = watchThread();
    const run = await time(async () => {
      last = await readListed(corpus.root, { ...opts, previous: last.listing });
      const next = await folderSnapshot(last.corpus, of, snapshot);
      if (next !== snapshot) await teamDocumentsInTurns(next.documents);
      if ((next === snapshot) === touch) throw new Error(`The bench's walk ${touch ? 'missed its change' : 'found a change nobody made'}.`);
      snapshot = next;
    });
    return { ms: run.ms, task: stop() };
  };
  const best = async (touch: boolean) => {
    const runs = [await walk(touch), await walk(touch), await walk(touch)];
    return { ms: Math.min(...runs.map((r) => r.ms)), task: Math.min(...runs.map((r) => r.task)) };
  };
  const changedWalk = await best(true);
  const sameWalk = await best(false);
  return { walkMs: changedWalk.ms, walkTaskMs: changedWalk.task, sameWalkMs: sameWalk.ms, sameWalkTaskMs: sameWalk.task };
}

/** Insights, recurring blockers and the Team Review's first message over the whole corpus. */
async function insightTimes(read: Corpus): Promise<Pick<IndexTimes, 'insightsMs' | 'recurringMs' | 'reviewMs' | 'reviewBytes'>> {
  const insights = await best(2, () => teamInsights(teamDocuments(read.documents), PERIOD, TODAY));
  const recurring = await best(2, () => recurringBlockers(teamDocuments(read.documents), PERIOD));
  const team = teamDocuments(read.documents);
  const filters = { from: PERIOD.from, to: PERIOD.to, friction: null, author: null, trigger: null };
  const review = await time(() => new ReviewViews<unknown>().view(team, filters, TODAY, undefined));
  const reviewBytes = Buffer.byteLength(JSON.stringify({ type: 'render', view: review.value.view }));
  return { insightsMs: insights.ms, recurringMs: recurring.ms, reviewMs: review.ms, reviewBytes };
}

/** Every in-process step on `corpus`; the files are left as the steps changed them (lines appended to two). */
export async function measureIndex(corpus: WrittenCorpus): Promise<IndexTimes> {
  const raw = await best(3, () => rawRead(corpus.files));
  const yaml = await best(2, () => yamlLoop(corpus.files));
  const index = await indexTimes(corpus);
  // One corpus for the steps below, read as the index reads it (each document with its folder), so the heap holds one, as the extension host does.
  const { corpus: read } = await readListed(corpus.root, { includePrivate: false, parse: sharedParsePool().parse, source: FOLDER });
  const host = await hostThreadTimes(read);
  const walks = await indexWalks(corpus);
  const insights = await insightTimes(read);
  const worker = await measureReviewWorker(read, TODAY);
  return {
    files: corpus.files.length, documents: read.documents.length,
    rawMs: raw.ms, yamlMs: yaml.ms, ...index, ...insights, ...host, ...walks, reviewWorkerMs: worker.firstViewMs, hostTaskMs: worker.longestTaskMs,
  };
}
