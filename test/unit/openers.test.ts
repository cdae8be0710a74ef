import * as assert from 'node:assert/strict';
import { ALL_SIGNAL_OPENERS, SIGNAL_KINDS, SIGNAL_OPENERS, kindForTrigger, openerFor, questionsForSignal, type SignalKind } from '../../src/core/coach/openers';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { lintQuestionText } from '../../src/core/questions/lint';
import { recordAsked } from '../../src/core/questions/asked';
import { TRIGGER_KINDS } from '../../src/core/model/reflection';
import { seededRandom } from './fixtures';

const SIGNALS = TRIGGER_KINDS.filter((k): k is SignalKind => k !== 'manual');

describe('signal openers', () => {
  it('exist for every friction kind each signal can point at, and only for those', () => {
    for (const signal of SIGNALS) {
      const kinds = new Set(SIGNAL_OPENERS[signal].map((q) => q.kind));
      assert.deepEqual([...kinds].sort(), [...SIGNAL_KINDS[signal]].sort(), signal);
    }
    assert.ok(ALL_SIGNAL_OPENERS.some((q) => q.kind === 'cultural'), 'cultural friction has openers too');
  });

  it('pass the question lint, with ids that clash with nothing in the bank', () => {
    for (const q of ALL_SIGNAL_OPENERS) assert.deepEqual(lintQuestionText(q.text), [], q.id);
    const ids = new Set([...BUILT_IN_QUESTIONS, ...ALL_SIGNAL_OPENERS].map((q) => q.id));
    assert.equal(ids.size, BUILT_IN_QUESTIONS.length + ALL_SIGNAL_OPENERS.length);
  });

  it('carry no lead-in and point at nothing the notification did not name', () => {
    for (const q of ALL_SIGNAL_OPENERS) {
      assert.equal(q.text.split(/[.!?]\s/).length, 1, `${q.id} has a lead-in sentence: ${q.text}`);
      assert.doesNotMatch(q.text, /\b(?:this|that|these|those|instead)\b|\bwhich option\b/i, q.id);
    }
  });

  it('fit the signal: a failed task asks about the failure, a branch switch about unfinished work', () => {
    const random = seededRandom();
    const asked = (signal: SignalKind, freshId: string) => recordAsked({}, SIGNAL_OPENERS[signal].filter((q) => q.id !== freshId), '2026-11-20T10:00:00Z');
    assert.match(openerFor({ kind: 'task-failed', detail: 'build' }, asked('task-failed', 'signal-task-failed-01'), random)!.text, /failed task/);
    assert.match(openerFor({ kind: 'branch-switch' }, asked('branch-switch', 'signal-branch-switch-01'), random)!.text, /unfinished/);
    assert.equal(openerFor({ kind: 'manual' }, {}, random), undefined);
  });

  it('name the likely kind of a signal, or "not sure" when it can point anywhere', () => {
    assert.equal(kindForTrigger({ kind: 'task-failed' }), 'technical');
    assert.equal(kindForTrigger({ kind: 'commit' }), 'procedural');
    assert.equal(kindForTrigger({ kind: 'end-of-day' }), 'unsure');
    assert.equal(kindForTrigger({ kind: 'manual' }), 'unsure');
  });

  it('a prompted session is the opener, then options and will of the opener’s kind', () => {
    for (const opening of ALL_SIGNAL_OPENERS) {
      const trigger = { kind: opening.id.replace(/^signal-|-\d+$/g, '') as SignalKind };
      const qs = questionsForSignal(opening, trigger, BUILT_IN_QUESTIONS, {}, seededRandom(3));
      assert.equal(qs[0], opening);
      assert.deepEqual(qs.slice(1).map((q) => `${q.kind}-${q.stage}`), [`${opening.kind}-options`, `${opening.kind}-will`], opening.id);
    }
  });
});
