/**
 * Worker threads that read and parse reflection files, shared by the extension's index and
 * the CLI, and compute team insights for the CLI's report across teams: as many as the
 * machine has cores, at most MAX_WORKERS (for insights one fewer), started on first use and
 * not keeping the process alive while idle. Files are sent in requests of at most MAX_FILES_PER_REQUEST and
 * documents in parts of at most MAX_DOCUMENTS_PER_MESSAGE, so each message is cheap to
 * copy. A worker that fails (or a bundle without the worker script) only means the work is
 * done here instead, with the same result: nothing fails because of the pool.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Period, TeamDocument } from '../insights/index';
import { parseHere, type ParseFiles, type ReadResult } from '../store/readCache';
import { messageId } from '../util/guards';
import {
  MAX_DOCUMENTS_PER_MESSAGE, MAX_FILES_PER_REQUEST, MAX_GROUPS, MAX_STAT_FILES_PER_REQUEST, isInsightsResponse, isParseResponse, isStatResponse, packStats, PackedStats,
  type InsightsAnswer, type InsightsRequest, type InsightsTask, type ParseRequest, type StatRequest,
} from './protocol';
import { statBlocking, type StatFiles } from '../store/corpus';
import type { Claims } from './claims';
import { nextTurn } from '../util/turns';

/** An insights request being sent; see ParsePool.openInsights. */
export interface InsightsStream {
  /**
   * Sends documents of group `group` (0 when the request has no groups); `groupDone` says they
   * are the group's last, so the worker may compute it now. Throws when they cannot be copied,
   * and the request fails.
   */
  add(documents: readonly TeamDocument[], group?: number, groupDone?: boolean): void;
  /**
   * Asks for the insights of every document sent and, when the request has claims, of each
   * group not computed yet whose claim the worker takes. Rejects when the worker fails.
   */
  compute(): Promise<InsightsAnswer>;
}

export const MAX_WORKERS = 4;

/** Below this many files to parse (or documents to count), starting workers and copying messages costs more than it saves. */
export const PARALLEL_FROM = 400;

/** Next to the bundle that loads this module (dist/) or, compiled by tsc, next to this file. */
export const WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');

interface Pending {
  /** Files or documents sent: how busy the request keeps its worker. */
  weight: number;
  /** Whether `message` is a well-formed answer to this request. */
  answers: (message: unknown) => boolean;
  resolve: (message: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Files and documents sent and not answered yet. */
  load: number;
}

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores()));
}

/**
 * Workers that compute insights: the thread that asks computes too (a report's teams from the
 * last on), so one core is left to it. A report across teams sends all its documents to one of
 * them, which counts every reflection's words once; measured on two cores, a second insights
 * worker made the report slower, not faster: three threads shared two cores. With one core, none.
 */
export function defaultInsightsThreads(): number {
  return Math.min(MAX_WORKERS, cores() - 1);
}

const errorOf = (message: object): string | undefined => ('error' in message ? String(message.error) : undefined);

export class ParsePool {
  private slots: Slot[] = [];
  private nextId = 1;
  private parsedInWorkers = 0;
  /** Set once a worker failed (or there is no worker script): from then on everything is done in the calling thread. */
  private broken: boolean;

  private readonly size: number;
  private readonly script: string;
  private readonly parallelFrom: number;
  private readonly insightsThreads: number;

  constructor(opts: { size?: number; script?: string; parallelFrom?: number; insightsThreads?: number } = {}) {
    this.size = Math.max(1, opts.size ?? defaultPoolSize());
    this.script = opts.script ?? WORKER_SCRIPT;
    this.parallelFrom = opts.parallelFrom ?? PARALLEL_FROM;
    this.insightsThreads = Math.min(this.size, opts.insightsThreads ?? defaultInsightsThreads());
    this.broken = !existsSync(this.script);
  }

  /** Files sent to the workers to parse so far: while this grows, the workers are busy parsing. */
  get filesParsedInWorkers(): number {
    return this.parsedInWorkers;
  }

  /** Parses `files` of `root` (a ParseFiles): in workers when there are many, here otherwise. */
  readonly parse: ParseFiles = async (root, files) => {
    if (this.broken || files.length < this.parallelFrom) return parseHere(root, files);
    this.parsedInWorkers += files.length;
    const chunks: string[][] = [];
    for (let i = 0; i < files.length; i += MAX_FILES_PER_REQUEST) chunks.push(files.slice(i, i + MAX_FILES_PER_REQUEST));
    const parsed = await Promise.all(chunks.map((chunk) => this.parseChunk(root, chunk).catch(() => parseHere(root, chunk))));
    return parsed.flat();
  };

  /**
   * Lstats `files` of `root` (a StatFiles) in a worker when there are many, so the thread that
   * walks reads the next repository (the CLI) or runs everything else (the extension host)
   * meanwhile; in requests of at most MAX_STAT_FILES_PER_REQUEST, so no one message holds the
   * walking thread for long. With few files, or no worker, `here` lstats them.
   */
  statOr(here: StatFiles): StatFiles {
    return async (root, files) => {
      if (this.broken || files.length < this.parallelFrom) return here(root, files);
      const chunks: string[][] = [];
      for (let i = 0; i < files.length; i += MAX_STAT_FILES_PER_REQUEST) chunks.push(files.slice(i, i + MAX_STAT_FILES_PER_REQUEST));
      // One request a turn: copying 5,000 paths into a message takes a millisecond or so.
      const answers: Promise<Float64Array>[] = [];
      for (const chunk of chunks) {
        answers.push(this.statChunk(root, chunk).catch(async () => packStats(await here(root, chunk))));
        await nextTurn();
      }
      // Kept packed, the fallback's too: one array of numbers, however many files.
      return new PackedStats(await Promise.all(answers));
    };
  }

  /** The CLI's lstats: blocking calls when no worker takes them, the cheapest per file. */
  readonly stat: StatFiles = this.statOr(async (root, files) => statBlocking(root, files));

  /**
   * An insights request (teamInsights, computed in a worker) whose documents are sent over time
   * (a report's, as each repository is read) to the insights worker with the least work; the
   * caller computes in its own thread when this is undefined, or the answer rejects, with the
   * same result (teamInsights is not imported here, so the extension's bundle, which only
   * parses, does not carry it). The documents' `source` must be plain data: the insights carry
   * a copy of it. Undefined when the pool computes no insights (it cannot, has no thread for
   * them, or the claims are more than MAX_GROUPS). With `claims` (one per group: a report
   * across teams) the worker computes each group it claims, as soon as the group is done.
   */
  openInsights(period: Period, today: string, claims?: Claims): InsightsStream | undefined {
    if (this.broken || this.insightsThreads === 0 || (claims && claims.count > MAX_GROUPS)) return undefined;
    const slot = this.slot(this.insightsThreads);
    const id = this.nextId++;
    const answer = this.expect(slot, id, (m) => isInsightsResponse(m, claims?.count));
    // Settled by whoever computes; until then, a worker that fails must not be an unhandled rejection.
    answer.catch(() => undefined);
    let task: InsightsTask | undefined = { period: { from: period.from, to: period.to }, today, ...(claims ? { groups: { count: claims.count, claims: claims.flags } } : {}) };
    const post = (part: Omit<InsightsRequest, 'type' | 'id' | 'task'>) => {
      this.post(slot, id, { type: 'insights', id, ...part, ...(task ? { task } : {}) }, part.documents.length);
      task = undefined;
    };
    return {
      add: (documents, group = 0, groupDone = false) => {
        for (let i = 0; i < documents.length || (i === 0 && groupDone); i += MAX_DOCUMENTS_PER_MESSAGE) {
          const last = i + MAX_DOCUMENTS_PER_MESSAGE >= documents.length;
          post({ group, documents: documents.slice(i, i + MAX_DOCUMENTS_PER_MESSAGE), ...(groupDone && last ? { groupDone: true } : {}) });
        }
      },
      compute: () => {
        post({ group: 0, documents: [], compute: true });
        return answer as Promise<InsightsAnswer>;
      },
    };
  }

  /** Whether insights of `count` documents would be computed in a worker (the pool works, has workers for them, and they are many). */
  takesInsights(count: number): boolean {
    return !this.broken && this.insightsThreads > 0 && count >= this.parallelFrom;
  }

  /** How many worker threads are running. */
  get threads(): number {
    return this.slots.length;
  }

  /** Stops every worker; a later request starts new ones. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private async statChunk(root: string, files: string[]): Promise<Float64Array> {
    const message: StatRequest = { type: 'stat', id: this.nextId++, root, files };
    const answer = await this.send(this.slot(), message.id, files.length, (m) => isStatResponse(m, files.length), message);
    return (answer as { stats: Float64Array }).stats;
  }

  private parseChunk(root: string, files: string[]): Promise<ReadResult[]> {
    const message: ParseRequest = { id: this.nextId++, root, files };
    const answers = (m: unknown) => isParseResponse(m, files.length);
    return this.send(this.slot(), message.id, files.length, answers, message)
      .then((m) => (m as { results: ReadResult[] }).results);
  }

  /** Posts a one-message request to `slot`; resolves with the answer, which `answers` checked. */
  private send(slot: Slot, id: number, weight: number, answers: Pending['answers'], message: object): Promise<unknown> {
    const answer = this.expect(slot, id, answers);
    try {
      this.post(slot, id, message, weight);
    } catch {
      // post rejected the answer with the reason.
    }
    return answer;
  }

  /** Waits for the answer to request `id` on `slot`, which `answers` checks. */
  private expect(slot: Slot, id: number, answers: Pending['answers']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { weight: 0, answers, resolve, reject });
      slot.worker.ref();
    });
  }

  /** Posts one message of request `id`, which keeps the worker `weight` busier. */
  private post(slot: Slot, id: number, message: object, weight: number): void {
    const pending = slot.pending.get(id);
    if (!pending) return;
    pending.weight += weight;
    slot.load += weight;
    try {
      slot.worker.postMessage(message);
    } catch (err) {
      // Something in the request cannot be copied (a `source` that is not plain data): nothing will answer it.
      // Parts already sent stay in the worker until it stops; callers send plain data, so this is a bug's path.
      slot.pending.delete(id);
      slot.load -= pending.weight;
      if (!slot.pending.size) slot.worker.unref();
      const error = err instanceof Error ? err : new Error(String(err));
      pending.reject(error);
      throw error;
    }
  }

  /** A new worker while there are fewer than `threads`, else the one of the first `threads` with the least work waiting. */
  private slot(threads = this.size): Slot {
    if (this.slots.length < threads) {
      const slot = this.start();
      this.slots.push(slot);
      return slot;
    }
    return this.slots.slice(0, threads).reduce((least, s) => (s.load < least.load ? s : least));
  }

  private start(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, pending: new Map(), load: 0 };
    worker.unref();
    const fail = (error: Error) => {
      this.broken = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      void worker.terminate();
    };
    worker.on('message', (message: unknown) => {
      const id = messageId(message);
      const pending = slot.pending.get(id);
      if (!pending || !pending.answers(message)) return fail(new Error('The index worker sent a message that does not answer a request.'));
      slot.pending.delete(id);
      slot.load -= pending.weight;
      if (!slot.pending.size) worker.unref();
      const error = errorOf(message as object);
      if (error !== undefined) pending.reject(new Error(error));
      else pending.resolve(message);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => { if (slot.pending.size) fail(new Error(`The index worker stopped (exit code ${code}).`)); });
    return slot;
  }
}

let shared: ParsePool | undefined;

/** The one pool of this process. */
export function sharedParsePool(): ParsePool {
  shared ??= new ParsePool();
  return shared;
}
