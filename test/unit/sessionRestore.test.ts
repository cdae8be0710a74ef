import * as assert from 'node:assert/strict';
import { newSession, reduce, restoreSession, toReflection, type SessionEvent, type SessionState } from '../../src/core/coach/session';
import { chooseKindEvent } from '../../src/core/coach/sessionPlan';
import { LIMITS } from '../../src/core/model/reflection';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { formatFailure } from '../../src/webview/shared/guards';
import { checkHostMessage } from '../../src/webview/session/protocol';
import { toViewForTest } from './viewShim';
import { seededRandom } from './fixtures';

const T0 = '2026-11-25T10:00:00+01:00';
const random = seededRandom();
function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  for (const event of events) state = reduce(state, event, random).state;
  return state;
}
const started = () => run(newSession(T0), chooseKindEvent('technical', { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: seededRandom(5) }));
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** Why the panel's guard would refuse the view of `state`, or undefined when it passes. */
const refusal = (state: SessionState): string | undefined => {
  const failure = checkHostMessage({ type: 'render', view: toViewForTest(state) });
  return failure && formatFailure(failure);
};

/** A draft as version 1 of the extension stored it: one list of questions, answers to the first `current`. */
const v1Draft = {
  version: 1,
  step: 'question',
  startedAt: T0,
  trigger: { kind: 'manual' },
  kind: 'procedural',
  questions: BUILT_IN_QUESTIONS.filter((q) => q.kind === 'procedural' && !q.role).filter((q, i, all) => all.findIndex((o) => o.stage === q.stage) === i),
  answers: ['Reviews wait two days'],
  current: 1,
  draft: 'Half a thought about the approv',
  acknowledgment: '“Reviews wait two days” — that’s the target.',
  action: { text: '', owner: '', due: '' },
  actionSkipped: false,
  visibility: 'team',
  friction: ['procedural'],
  saved: null,
};

describe('restoring a session draft', () => {
  it('gives back a stored draft as it was', () => {
    const s = run(started(), { type: 'answer', text: 'one' }, { type: 'editDraft', field: 'answer', value: 'two…' });
    assert.deepEqual(restoreSession(roundTrip(s)), s);
  });

  it('carries over a draft stored by the previous version, and the session goes on from it', () => {
    const s = restoreSession(roundTrip(v1Draft));
    assert.ok(s, 'restored');
    assert.equal(s.step, 'question');
    assert.deepEqual(s.turns.map((t) => t.answer), ['Reviews wait two days']);
    assert.equal(s.upcoming.length, 3);
    assert.equal(s.draft, 'Half a thought about the approv', 'the half-written answer is kept');
    assert.equal(s.sessionKind, 'procedural');
    assert.equal(refusal(s), undefined);
    const done = run(s, { type: 'answer', text: 'b' }, { type: 'answer', text: 'c' }, { type: 'answer', text: 'd' }, { type: 'skipAction' });
    assert.equal(done.step, 'review');
    const r = toReflection(done, { id: 'abcd1234', created: T0 });
    assert.deepEqual(r.exchanges.map((e) => e.answer), ['Reviews wait two days', 'b', 'c', 'd']);
    assert.equal(r.exchanges[0].question, v1Draft.questions[0].id);
  });

  it('bounds every restored text to what the panel accepts, so the view of a restored draft always passes the guard', () => {
    const long = (n: number) => 'x'.repeat(n + 500);
    const s = run(started(), { type: 'answer', text: 'one' }, { type: 'skip' }, { type: 'answer', text: 'three' }, { type: 'answer', text: 'four' }, { type: 'answer', text: 'five' });
    const stored = roundTrip(s) as Record<string, unknown> & { turns: Array<{ question: { text: string }; answer: string }> };
    const damaged = {
      ...stored,
      startedAt: long(100),
      draft: long(LIMITS.answerChars),
      acknowledgment: { template: long(5000), args: [long(5000), 42, { not: 'an arg' }] },
      action: { text: long(LIMITS.actionChars), owner: long(LIMITS.ownerChars), due: long(10) },
      turns: stored.turns.map((t) => ({ ...t, answer: long(LIMITS.answerChars), question: { ...t.question, text: long(LIMITS.questionChars) } })),
      learning: { question: { id: 'learning-01', text: long(LIMITS.questionChars), stage: 'learning' }, answer: long(LIMITS.answerChars) },
      trigger: { kind: 'commit', detail: long(LIMITS.detailChars) },
      friction: ['technical', 'technical', 'personal'],
      suggestedStep: long(LIMITS.actionChars),
    };
    const restored = restoreSession(damaged);
    assert.ok(restored, 'a draft with long texts is kept, bounded');
    assert.equal(refusal(restored), undefined);
    for (const step of ['action', 'review'] as const) assert.equal(refusal({ ...restored, step }), undefined, step);
    const v1 = restoreSession({ ...v1Draft, draft: long(LIMITS.answerChars), answers: [long(LIMITS.answerChars)], acknowledgment: long(5000) });
    assert.ok(v1);
    assert.equal(refusal(v1), undefined, 'also for a version 1 draft');
  });

  it('drops a draft that does not fit, rather than guessing', () => {
    const s = run(started(), { type: 'answer', text: 'one' });
    const stored = roundTrip(s) as Record<string, unknown>;
    assert.equal(restoreSession(null), undefined);
    assert.equal(restoreSession({ ...stored, version: 3 }), undefined);
    assert.equal(restoreSession({ ...stored, step: 'hacked' }), undefined);
    assert.equal(restoreSession({ ...stored, turns: [{ question: { id: 1 } }] }), undefined);
    assert.equal(restoreSession({ ...stored, turns: [{ question: { id: '../../etc', text: 'Q?', stage: 'goal' }, answer: '' }] }), undefined, 'a question id that could not be saved');
    assert.equal(restoreSession({ ...stored, upcoming: [] }), undefined, 'a question step with no question');
    assert.equal(restoreSession({ ...stored, turns: Array(LIMITS.exchanges).fill({ question: { id: 'q', text: 'Q?', stage: 'goal' }, answer: 'a' }) }), undefined);
    assert.equal(restoreSession({ ...v1Draft, current: 3 }), undefined);
    assert.equal(restoreSession({ ...v1Draft, answers: ['a', 'b', 'c', 'd', 'e'] }), undefined);
  });
});
