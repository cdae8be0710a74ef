/**
 * One turn of the event loop: awaiting it between the steps of long work lets everything else
 * the thread does (the extension host's other extensions, a CLI's output) run in between.
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * How long work run in turns holds the thread before it lets other work run: well under
 * the ~10 ms a task on the extension host may take (issue #10), leaving room for the one item
 * that overruns it and for the garbage collector.
 */
export const TURN_BUDGET_MS = 4;

/** Asked between the items of long work: whether the piece under way has held the thread long enough. */
export interface Turns {
  due(): boolean;
}

/**
 * Long work written once and run two ways: a generator that yields whenever `turns.due()`
 * says so. `inOneGo` runs it to the end at once (the CLI, insights in a worker); `inTurns`
 * awaits a turn of the event loop at each yield (the extension host).
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Never due: nothing yields, so the work runs as one plain call. */
const NEVER_DUE: Turns = { due: () => false };

/** Runs `work` to the end at once and returns its result. */
export function inOneGo<T>(work: (turns: Turns) => Steps<T>): T {
  const steps = work(NEVER_DUE);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `work` in pieces of about `budgetMs` each, with a turn of the event loop before each
 * piece: the first one too, so it never adds to the task that called (often the last piece of
 * other work run in turns).
 */
export async function inTurns<T>(work: (turns: Turns) => Steps<T>, budgetMs = TURN_BUDGET_MS): Promise<T> {
  let deadline = Number.POSITIVE_INFINITY;
  const steps = work({ due: () => performance.now() >= deadline });
  for (;;) {
    await nextTurn();
    deadline = performance.now() + budgetMs;
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How a caller runs long work: at once, or in turns of the event loop. */
export type RunSteps = <T>(work: (turns: Turns) => Steps<T>) => Promise<T>;

/** In one go (the CLI, a worker): nothing yields. */
export const runInOneGo: RunSteps = async (work) => inOneGo(work);

/** In turns of TURN_BUDGET_MS (the extension host's thread). */
export const runInTurns: RunSteps = (work) => inTurns(work);

/** Calls `fn` on every item in order, yielding whenever a turn is due. */
export function* eachStep<T>(items: readonly T[], turns: Turns, fn: (item: T, index: number) => void): Steps<void> {
  for (let i = 0; i < items.length; i++) {
    fn(items[i], i);
    if (turns.due()) yield;
  }
}

/** `items.map(fn)`, yielding whenever a turn is due. */
export function* mapStep<T, U>(items: readonly T[], turns: Turns, fn: (item: T, index: number) => U): Steps<U[]> {
  const mapped: U[] = [];
  yield* eachStep(items, turns, (item, i) => { mapped.push(fn(item, i)); });
  return mapped;
}

/** Unsorted items are sorted in runs of this many, one `Array.sort` call each (well under a millisecond), then merged in steps. */
const SORT_RUN = 4_096;

/**
 * `items` sorted by `order` (a copy; stable): whether they already are is checked in steps.
 * In turns, items out of order are sorted in runs, then the runs merged pairwise, a merge
 * pausing wherever a turn is due, since one `Array.sort` of 100,000 items holds the thread for
 * ~15 ms on a slow machine; in one go, in a single `Array.sort` call, the fastest way.
 */
export function* sortedStep<T>(items: readonly T[], turns: Turns, order: (a: T, b: T) => number): Steps<T[]> {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) {
    sorted = order(items[i - 1], items[i]) <= 0;
    if (turns.due()) yield;
  }
  if (sorted) return items.slice();
  if (turns === NEVER_DUE) return items.slice().sort(order);
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += SORT_RUN) {
    runs.push(items.slice(start, start + SORT_RUN).sort(order));
    if (turns.due()) yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) merged.push(r + 1 < runs.length ? yield* mergeStep(runs[r], runs[r + 1], turns, order) : runs[r]);
    runs = merged;
  }
  return runs[0];
}

/** How many items a merge takes between two looks at the clock. */
const MERGE_CHUNK = 1_024;

/** Two sorted runs as one; on a tie the item of `first` comes first, so the sort stays stable. */
function* mergeStep<T>(first: readonly T[], second: readonly T[], turns: Turns, order: (a: T, b: T) => number): Steps<T[]> {
  const merged = new Array<T>(first.length + second.length);
  let [i, j, k] = [0, 0, 0];
  while (i < first.length && j < second.length) {
    merged[k++] = order(second[j], first[i]) < 0 ? second[j++] : first[i++];
    if (k % MERGE_CHUNK === 0 && turns.due()) yield;
  }
  while (i < first.length) merged[k++] = first[i++];
  while (j < second.length) merged[k++] = second[j++];
  return merged;
}

/** `items.map(fn)` in turns (see `inTurns`). */
export const mapInTurns = <T, U>(items: readonly T[], fn: (item: T, index: number) => U, budgetMs = TURN_BUDGET_MS): Promise<U[]> =>
  inTurns((turns) => mapStep(items, turns, fn), budgetMs);
