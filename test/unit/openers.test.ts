import * as assert from 'node:assert/strict';
import { ALL_SIGNAL_OPENERS, SIGNAL_OPENERS, kindForTrigger, openerFor, questionsForSignal } from '../../src/core/coach/openers';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { lintQuestions } from '../../src/core/questions/lint';
import { TRIGGER_KINDS } from '../../src/core/model/reflection';
import { seededRandom } from './fixtures';

describe('signal openers', () => {
  it('exist for every signal and pass the bank lint (coverage aside)', () => {
    for (const kind of TRIGGER_KINDS.filter((k) => k !== 'manual')) assert.ok(SIGNAL_OPENERS[kind as keyof typeof SIGNAL_OPENERS].length >= 2, kind);
    const problems = lintQuestions(ALL_SIGNAL_OPENERS).filter((p) => p.rule !== 'missing-coverage');
    assert.deepEqual(problems, []);
    const ids = new Set([...BUILT_IN_QUESTIONS, ...ALL_SIGNAL_OPENERS].map((q) => q.id));
    assert.equal(ids.size, BUILT_IN_QUESTIONS.length + ALL_SIGNAL_OPENERS.length, 'no id clashes with the bank');
  });

  it('fit the signal: a failed task asks about the blocker, a branch switch about unfinished work', () => {
    const random = seededRandom();
    assert.match(openerFor({ kind: 'task-failed', detail: 'build' }, {}, random)!.text, /failure|fix/);
    assert.match(openerFor({ kind: 'branch-switch' }, { 'signal-branch-switch-02': '2026-11-20T10:00:00Z' }, random)!.text, /unfinished/);
    assert.equal(openerFor({ kind: 'manual' }, {}, random), undefined);
    assert.equal(kindForTrigger({ kind: 'task-failed' }), 'technical');
    assert.equal(kindForTrigger({ kind: 'end-of-day' }), 'unsure');
  });

  it('a prompted session is the opener, then options, then will', () => {
    const random = seededRandom(3);
    const opening = openerFor({ kind: 'long-debug' }, {}, random)!;
    const qs = questionsForSignal(opening, { kind: 'long-debug' }, BUILT_IN_QUESTIONS, {}, random);
    assert.equal(qs[0], opening);
    assert.deepEqual(qs.slice(1).map((q) => `${q.kind}-${q.stage}`), ['technical-options', 'technical-will']);
  });
});
