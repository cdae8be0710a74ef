/**
 * Worker threads that read and parse reflection files, shared by the extension's index and
 * the CLI: as many as the machine has cores, at most MAX_WORKERS, started on first use and
 * not keeping the process alive while idle. Files are sent in requests of at most
 * MAX_FILES_PER_REQUEST, so each answer is cheap to receive. A worker that fails (or a
 * bundle without the worker script) only means the files are parsed here instead: reading
 * the corpus never fails because of the pool.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseHere, type ParseFiles, type ReadResult } from '../store/readCache';
import { MAX_FILES_PER_REQUEST, isParseResponse, type ParseRequest } from './protocol';

export const MAX_WORKERS = 4;

/** Below this many files to parse, starting workers and copying results costs more than it saves. */
export const PARALLEL_FROM = 400;

/** Next to the bundle that loads this module (dist/) or, compiled by tsc, next to this file. */
export const WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');

interface Pending {
  count: number;
  resolve: (results: ReadResult[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

export class ParsePool {
  private slots: Slot[] = [];
  private nextId = 1;
  private next = 0;
  /** Set once a worker failed (or there is no worker script): from then on everything is parsed in the calling thread. */
  private broken: boolean;

  private readonly size: number;
  private readonly script: string;
  private readonly parallelFrom: number;

  constructor(opts: { size?: number; script?: string; parallelFrom?: number } = {}) {
    this.size = opts.size ?? defaultPoolSize();
    this.script = opts.script ?? WORKER_SCRIPT;
    this.parallelFrom = opts.parallelFrom ?? PARALLEL_FROM;
    this.broken = !existsSync(this.script);
  }

  /** Parses `files` of `root` (a ParseFiles): in workers when there are many, here otherwise. */
  readonly parse: ParseFiles = async (root, files) => {
    if (this.broken || files.length < this.parallelFrom) return parseHere(root, files);
    const chunks: string[][] = [];
    for (let i = 0; i < files.length; i += MAX_FILES_PER_REQUEST) chunks.push(files.slice(i, i + MAX_FILES_PER_REQUEST));
    const parsed = await Promise.all(chunks.map((chunk) => this.request(root, chunk).catch(() => parseHere(root, chunk))));
    return parsed.flat();
  };

  /** How many worker threads are running. */
  get threads(): number {
    return this.slots.length;
  }

  /** Stops every worker; a later parse starts new ones. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private request(root: string, files: string[]): Promise<ReadResult[]> {
    const slot = this.slot();
    const message: ParseRequest = { id: this.nextId++, root, files };
    return new Promise<ReadResult[]>((resolve, reject) => {
      slot.pending.set(message.id, { count: files.length, resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(message);
    });
  }

  private slot(): Slot {
    if (this.slots.length < this.size) this.slots.push(this.start());
    const slot = this.slots[this.next % this.slots.length];
    this.next++;
    return slot;
  }

  private start(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    const fail = (error: Error) => {
      this.broken = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      void worker.terminate();
    };
    worker.on('message', (message: unknown) => {
      const id = typeof message === 'object' && message !== null && 'id' in message ? message.id : undefined;
      const pending = typeof id === 'number' ? slot.pending.get(id) : undefined;
      if (!pending || !isParseResponse(message, pending.count)) return fail(new Error('The index worker sent a message that does not answer a request.'));
      slot.pending.delete(message.id);
      if (!slot.pending.size) worker.unref();
      if ('error' in message) pending.reject(new Error(message.error));
      else pending.resolve(message.results);
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
