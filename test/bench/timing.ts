/** Clocks for the bench: one run, the best of several, the longest task on the thread, and the heap a step keeps. */
import { performance } from 'node:perf_hooks';

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * The fastest of `runs` runs: what the code costs once the machine's noise is set aside. Each
 * run starts from a collected heap (collect), so it pays for collecting its own garbage, not
 * the garbage of the steps measured before it (at 100k the bench's heap holds gigabytes' worth).
 */
export async function best<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  collect();
  let fastest = await time(fn);
  for (let i = 1; i < runs; i++) {
    collect();
    const next = await time(fn);
    if (next.ms < fastest.ms) fastest = next;
  }
  return fastest;
}

/**
 * Watches the calling thread: the longest gap between ticks of a 1 ms timer, minus the timer's
 * own millisecond, is the longest the thread was held at any one time. Call what it returns to stop.
 */
export function watchThread(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  return () => {
    clearInterval(timer);
    return longest;
  };
}

/** Collects garbage when node runs with --expose-gc (npm run bench does), so heap deltas are what a step keeps. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap bytes that `fn`'s result keeps alive, measured around it after garbage collection. */
export async function retainedHeap<T>(fn: () => Promise<T>): Promise<{ bytes: number; value: T }> {
  collect();
  const before = process.memoryUsage().heapUsed;
  const value = await fn();
  collect();
  return { bytes: process.memoryUsage().heapUsed - before, value };
}
