/**
 * The host's side of the Team Review's worker: it tells the worker what changed in the team's
 * documents and asks it for views. Only changes cross the thread (a save sends one document,
 * not ten thousand), in messages of at most DOCUMENTS_PER_MESSAGE documents with a turn of the
 * event loop between them, so no step holds the host's thread for more than a few
 * milliseconds. When the worker thread cannot start or stops, the worker's own script is
 * loaded on this thread and its ReviewState answers instead (the same code, loaded only then,
 * so the extension's bundle does not carry the review's computation twice).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DOCUMENTS_PER_MESSAGE, documentKey, isInsightsResponse, isViewResponse,
  type InsightsRequest, type InsightsResponse, type SyncMessage, type ViewRequest, type ViewResponse, type WorkerDocument, type WorkerToHost,
} from './protocol';
import type { ReviewState } from './reviewState';
import { nextTurn } from '../../core/util/turns';
import { messageId } from '../../core/util/guards';

/** Next to the bundle that loads this module (dist/) or, compiled by tsc, next to this file. */
export const REVIEW_WORKER_SCRIPT = path.join(__dirname, 'reviewWorker.js');

export type ViewResult = Extract<ViewResponse, { view: unknown }>;
export type InsightsResult = Extract<InsightsResponse, { insights: unknown }>;

interface Pending {
  /** Whether a message is the answer this request waits for. */
  answers: (message: unknown) => message is WorkerToHost;
  resolve: (response: WorkerToHost) => void;
  reject: (error: Error) => void;
}

/**
 * What the worker holds, by folder and path: the documents' own strings, so a sync of 100,000
 * makes no key string per document (new strings that live are what makes the collector pause).
 */
type SentReflections = Map<string, Map<string, object>>;

/** Documents compared with what the worker holds per turn of the event loop: about a millisecond's work. */
const COMPARED_PER_TURN = 2_000;


export class ReviewClient {
  private worker: Worker | undefined;
  /** Set once the worker failed (or there is no script): from then on `local` answers. */
  private broken: boolean;
  private local: ReviewState | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** What the worker holds: each document's reflection object last sent, by folder and path. */
  private sent: SentReflections = new Map();
  /** The last full set, to rebuild `local` from if the worker fails. */
  private documents: readonly WorkerDocument[] = [];
  private folders: Record<string, string> = {};
  /** Syncs and requests in the order they were made: a view asked after a sync sees it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** How many sync messages were posted, for tests. */
  messages = 0;

  constructor(private readonly script = REVIEW_WORKER_SCRIPT) {
    this.broken = !existsSync(script);
  }

  /** Makes the worker's documents `documents` (team documents whose `source` is their folder's id). */
  sync(documents: readonly WorkerDocument[], folders: Record<string, string>): Promise<void> {
    return this.inTurn(() => this.send(documents, folders));
  }

  /** The view for `request`'s filters over the documents of every sync made before this call. */
  view(request: Omit<ViewRequest, 'type' | 'id'>): Promise<ViewResult> {
    return this.inTurn(() => this.ask({ ...request, type: 'view', id: this.nextId++ }, isViewResponse, (state, r) => state.view(r)));
  }

  /** One folder's team insights over a period, from the documents of every sync made before this call. */
  insights(request: Omit<InsightsRequest, 'type' | 'id'>): Promise<InsightsResult> {
    return this.inTurn(() => this.ask({ ...request, type: 'insights', id: this.nextId++ }, isInsightsResponse, (state, r) => state.insights(r)));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Whether views are computed in the worker (false after it failed, or without its script). */
  get inWorker(): boolean {
    return !this.broken;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async send(documents: readonly WorkerDocument[], folders: Record<string, string>): Promise<void> {
    const next: SentReflections = new Map();
    const upsert: WorkerDocument[] = [];
    for (let i = 0; i < documents.length; i++) {
      if (i > 0 && i % COMPARED_PER_TURN === 0) await nextTurn();
      const document = documents[i];
      let paths = next.get(document.source);
      if (!paths) next.set(document.source, (paths = new Map()));
      paths.set(document.path, document.reflection);
      if (this.sent.get(document.source)?.get(document.path) !== document.reflection) upsert.push(document);
    }
    const remove: string[] = [];
    let compared = 0;
    for (const [source, paths] of this.sent) {
      const now = next.get(source);
      for (const path of paths.keys()) {
        if (!now?.has(path)) remove.push(documentKey({ source, path }));
        if (++compared % COMPARED_PER_TURN === 0) await nextTurn();
      }
    }
    const foldersChanged = JSON.stringify(folders) !== JSON.stringify(this.folders);
    this.documents = documents;
    this.folders = folders;
    this.sent = next;
    if (!upsert.length && !remove.length && !foldersChanged) return;
    for (let i = 0; i === 0 || i < upsert.length; i += DOCUMENTS_PER_MESSAGE) {
      const part = upsert.slice(i, i + DOCUMENTS_PER_MESSAGE);
      const last = i + DOCUMENTS_PER_MESSAGE >= upsert.length;
      this.post({ type: 'sync', remove: i === 0 ? remove : [], upsert: part, folders, last });
      if (!last) await nextTurn();
    }
  }

  private post(message: SyncMessage): void {
    this.messages++;
    const worker = this.start();
    if (worker) worker.postMessage(message);
    else this.localState().apply(message);
  }

  /** Asks the worker (or, when it failed, this thread) for what `request` names; `answers` checks the reply. */
  private async ask<Q extends ViewRequest | InsightsRequest, R extends WorkerToHost>(
    request: Q, answers: (message: unknown) => message is R, here: (state: ReviewState, request: Q) => R,
  ): Promise<Exclude<R, { error: string }>> {
    const worker = this.start();
    let response: R | undefined;
    if (worker) {
      try {
        response = await new Promise<R>((resolve, reject) => {
          this.pending.set(request.id, { answers, resolve: resolve as (r: WorkerToHost) => void, reject });
          worker.postMessage(request);
        });
      } catch (err) {
        // What the worker could not compute is an error here too; only a worker that stopped is replaced.
        if (!this.broken) throw err;
      }
    }
    response ??= here(this.localState(), request);
    if ('error' in response) throw new Error(response.error);
    return response as Exclude<R, { error: string }>;
  }

  private start(): Worker | undefined {
    if (this.broken) return undefined;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.unref();
      worker.on('message', (message: unknown) => this.receive(message));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => { if (this.worker === worker) this.fail(new Error(`The Team Review worker stopped (exit code ${code}).`)); });
      this.worker = worker;
      return worker;
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return undefined;
    }
  }

  private receive(message: unknown): void {
    const id = messageId(message);
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (!pending.answers(message)) pending.reject(new Error('The Team Review worker sent an answer that does not fit the question.'));
    else if ('error' in message) pending.reject(new Error(message.error));
    else pending.resolve(message);
  }

  /** From now on views are computed here, over the last full set of documents. */
  private fail(err: Error): void {
    console.warn(`Retro Coach: the Team Review worker failed; views are computed on this thread from now on. ${err.message}`);
    this.broken = true;
    void this.worker?.terminate();
    this.worker = undefined;
    this.local = undefined;
    for (const [, pending] of this.pending) pending.reject(err);
    this.pending.clear();
  }

  private localState(): ReviewState {
    if (!this.local) {
      if (!existsSync(this.script)) throw new Error(`The Team Review's script ${this.script} is missing; reinstall Retro Coach.`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the worker thread failed
      const { ReviewState: State } = require(this.script) as { ReviewState: typeof ReviewState };
      this.local = new State();
      this.local.apply({ type: 'sync', remove: [], upsert: [...this.documents], folders: this.folders, last: true });
    }
    return this.local;
  }
}
