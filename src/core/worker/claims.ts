/**
 * Work that either a worker or the thread that asked for it may do, whichever starts it first.
 * One flag per item lives in memory both threads share and is set with compare-and-swap, so
 * neither has to wait for the other to answer a message before it starts: the asking thread
 * may be busy for seconds with something else while a worker finishes its queue, and a worker
 * may still hold requests in its queue that the asking thread has since done itself.
 */
const FREE = 0;
const IN_WORKER = 1;
const HERE = 2;

/** The flags of `count` items, all free; made by the thread that hands the work out. */
export class Claims {
  /** What a request carries to a worker: the flags themselves, shared, not copied. */
  readonly flags: SharedArrayBuffer;
  private readonly view: Int32Array;

  constructor(readonly count: number) {
    this.flags = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * count);
    this.view = new Int32Array(this.flags);
  }

  /** Takes item `index` for this thread: false when a worker took it first. */
  claimHere(index: number): boolean {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.count) throw new RangeError(`No item ${index} among ${this.count} claims.`);
    return Atomics.compareExchange(this.view, index, FREE, HERE) === FREE;
  }
}

/** In a worker: takes item `index` of `flags`; false when the asking thread (or another worker) took it first. */
export function claimInWorker(flags: SharedArrayBuffer, index: number): boolean {
  return Atomics.compareExchange(new Int32Array(flags), index, FREE, IN_WORKER) === FREE;
}

/** Flags as a message carries them: shared memory holding exactly `count` items. */
export function isClaimFlags(value: unknown, count: number): value is SharedArrayBuffer {
  return value instanceof SharedArrayBuffer && value.byteLength === Int32Array.BYTES_PER_ELEMENT * count;
}
