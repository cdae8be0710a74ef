import * as assert from 'node:assert/strict';
import { inOneGo, inTurns, mapInTurns, sortedStep, type Steps, type Turns } from '../../src/core/util/turns';

const LONG_BUDGET_MS = 60_000;
const byNumber = (a: { n: number }, b: { n: number }) => a.n - b.n;

/** What ran, in order: the items, and `other` for work queued on the event loop by the first item. */
async function interleaving(budgetMs: number): Promise<string[]> {
  const ran: string[] = [];
  await mapInTurns([0, 1, 2, 3], (item) => {
    if (item === 0) setImmediate(() => ran.push('other'));
    ran.push(String(item));
  }, budgetMs);
  return ran;
}

describe('work in turns of the event loop', () => {
  describe('inTurns', () => {
    it('with a budget of 0 ms lets work queued meanwhile run between two items', async () => {
      assert.deepEqual(await interleaving(0), ['0', 'other', '1', '2', '3']);
    });

    it('with a budget far longer than the work runs every item in one piece', async () => {
      assert.deepEqual(await interleaving(LONG_BUDGET_MS), ['0', '1', '2', '3']);
    });

    it('starts on a turn of its own: work queued before the call runs before the first item', async () => {
      const ran: string[] = [];
      setImmediate(() => ran.push('queued before'));
      await mapInTurns(['first'], (item) => ran.push(item), LONG_BUDGET_MS);
      assert.deepEqual(ran, ['queued before', 'first']);
    });

    it('returns what the work returns', async () => {
      function* work(turns: Turns): Steps<number> {
        let sum = 0;
        for (let i = 1; i <= 5; i++) {
          sum += i;
          if (turns.due()) yield;
        }
        return sum;
      }
      assert.equal(await inTurns(work, 0), 15);
    });
  });

  describe('inOneGo', () => {
    it('runs work to its end in one call, even work that yields whether or not a turn is due', () => {
      function* yieldsAnyway(): Steps<string> {
        yield;
        yield;
        return 'done';
      }
      assert.equal(inOneGo(yieldsAnyway), 'done');
    });
  });

  describe('the steps', () => {
    it('mapInTurns gives what map gives, in order', async () => {
      const items = Array.from({ length: 50 }, (_, i) => i);
      assert.deepEqual(await mapInTurns(items, (n, i) => `${n * 2}@${i}`, 0), items.map((n, i) => `${n * 2}@${i}`));
    });

    it('sortedStep in turns sorts more items than one run as a stable sort does, pausing inside the sort', async () => {
      // Many equal keys, so stability shows: each item remembers where it was.
      const items = Array.from({ length: 10_000 }, (_, i) => ({ n: (i * 7_919) % 97, at: i }));
      let turnsTaken = 0;
      const sorted = await inTurns(function* (turns) {
        const counting: Turns = { due: () => { const due = turns.due(); if (due) turnsTaken++; return due; } };
        return yield* sortedStep(items, counting, byNumber);
      }, 0);
      assert.deepEqual(sorted, items.slice().sort(byNumber));
      // Three runs and the look at whether they are sorted pause at most five times; the merges pause every 1,024 items.
      assert.ok(turnsTaken > 10, `it paused inside the merges (${turnsTaken} times)`);
      assert.deepEqual(inOneGo((turns) => sortedStep(items, turns, byNumber)), items.slice().sort(byNumber));
    });

    it('sortedStep sorts a copy stably, and copies items already in order', async () => {
      const items = [{ n: 2, k: 'a' }, { n: 1, k: 'b' }, { n: 2, k: 'c' }, { n: 1, k: 'd' }];
      const sorted = await inTurns((turns) => sortedStep(items, turns, byNumber), 0);
      assert.deepEqual(sorted.map((i) => i.k), ['b', 'd', 'a', 'c']);
      assert.deepEqual(items.map((i) => i.k), ['a', 'b', 'c', 'd'], 'the input is left as it was');
      const again = inOneGo((turns) => sortedStep(sorted, turns, byNumber));
      assert.notEqual(again, sorted);
      assert.deepEqual(again, sorted);
    });
  });
});
