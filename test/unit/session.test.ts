import * as assert from 'node:assert/strict';
import { newSession, reduce, restoreSession, saveBlocker, toReflection, type SessionEvent, type SessionState } from '../../src/core/coach/session';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { selectQuestions } from '../../src/core/questions/select';
import { seededRandom } from './fixtures';

const random = seededRandom();
function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  for (const event of events) {
    const result = reduce(state, event, random);
    assert.equal(result.error, undefined, `${event.type}: ${result.error}`);
    state = result.state;
  }
  return state;
}

const questions = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'procedural', lastAsked: {}, random: seededRandom(5) });
const started = () => run(newSession('2026-11-25T10:00:00+01:00'), { type: 'chooseKind', kind: 'procedural', questions });

describe('coaching session', () => {
  it('walks kind → questions → action → review → saved', () => {
    let s = started();
    assert.equal(s.step, 'question');
    assert.deepEqual(s.friction, ['procedural']);
    s = run(s, { type: 'answer', text: 'Reviews wait two days for a second approver' });
    assert.equal(s.current, 1);
    assert.match(s.acknowledgment ?? '', /Reviews wait two days/, 'the acknowledgment reflects the person’s words');
    s = run(s, { type: 'skip' }, { type: 'answer', text: 'Pair on reviews' }, { type: 'answer', text: 'Ask Sam today' });
    assert.equal(s.step, 'action');
    s = run(s, { type: 'submitAction', action: { text: ' Propose a review rota ', owner: 'Sam', due: '2026-12-01' } });
    assert.equal(s.step, 'review');
    assert.equal(saveBlocker(s), undefined);
    s = run(s, { type: 'setVisibility', visibility: 'anonymous' }, { type: 'setFriction', friction: ['procedural', 'cultural'] });

    const r = toReflection(s, { id: 'abcd1234', created: '2026-11-25T10:20:00+01:00', author: 'Ada Tester' });
    assert.equal(r.author, undefined, 'anonymous drops the author');
    assert.deepEqual(r.friction, ['procedural', 'cultural']);
    assert.deepEqual(r.exchanges.map((e) => e.answer), ['Reviews wait two days for a second approver', 'Pair on reviews', 'Ask Sam today'], 'skipped question left out');
    assert.equal(r.exchanges[0].text, questions[0].text);
    assert.deepEqual(r.actions, [{ id: 'abcd1234-a1', text: 'Propose a review rota', owner: 'Sam', due: '2026-12-01', status: 'open' }]);

    s = run(s, { type: 'saved', relativePath: '.coaching/x.yaml' });
    assert.equal(s.step, 'saved');
    assert.ok(reduce(s, { type: 'answer', text: 'late' }, random).error);
  });

  it('keeps what was typed when going back, at every step', () => {
    let s = run(started(), { type: 'answer', text: 'first' }, { type: 'editDraft', field: 'answer', value: 'half-writ' });
    s = run(s, { type: 'back' });
    assert.equal(s.current, 0);
    assert.equal(s.draft, 'first', 'the earlier answer comes back for editing');
    assert.ok(reduce(s, { type: 'back' }, random).error, 'no going back past the first question');
    s = run(s, { type: 'answer', text: 'first' }, { type: 'answer', text: 'b' }, { type: 'answer', text: 'c' }, { type: 'answer', text: 'd' });
    s = run(s, { type: 'editDraft', field: 'actionText', value: 'draft step' }, { type: 'back' });
    assert.equal(s.step, 'question');
    assert.equal(s.draft, 'd');
    assert.equal(s.action.text, 'draft step', 'the half-written action survives too');
    s = run(s, { type: 'answer', text: 'd' }, { type: 'skipAction' }, { type: 'back' });
    assert.equal(s.step, 'action');
    assert.equal(s.action.text, 'draft step');
  });

  it('refuses a bad due date and an empty next step, keeping the state', () => {
    let s = started();
    for (let i = 0; i < questions.length; i++) s = run(s, { type: 'answer', text: `a${i}` });
    const bad = reduce(s, { type: 'submitAction', action: { text: 'x', owner: '', due: '2026-02-30' } }, random);
    assert.match(bad.error ?? '', /not a date/);
    assert.equal(bad.state, s);
    assert.match(reduce(s, { type: 'submitAction', action: { text: '  ', owner: '', due: '' } }, random).error ?? '', /Skip/);
  });

  it('cannot save a session with no answers', () => {
    let s = started();
    for (let i = 0; i < questions.length; i++) s = run(s, { type: 'skip' });
    s = run(s, { type: 'skipAction' });
    assert.match(saveBlocker(s) ?? '', /at least one/);
  });

  it('"not sure" starts with no friction tag', () => {
    const s = run(newSession('2026-11-25T10:00:00+01:00'), { type: 'chooseKind', kind: 'unsure', questions });
    assert.deepEqual(s.friction, []);
  });

  it('clips oversized drafts to the answer limit', () => {
    const s = run(started(), { type: 'editDraft', field: 'answer', value: 'x'.repeat(20_000) });
    assert.equal(s.draft.length, 10_000);
  });

  it('restores a stored draft only when it is well-formed', () => {
    const s = run(started(), { type: 'answer', text: 'one' }, { type: 'editDraft', field: 'answer', value: 'two…' });
    assert.deepEqual(restoreSession(JSON.parse(JSON.stringify(s))), s);
    assert.equal(restoreSession(null), undefined);
    assert.equal(restoreSession({ ...s, version: 2 }), undefined);
    assert.equal(restoreSession({ ...s, current: 99 }), undefined);
    assert.equal(restoreSession({ ...s, questions: [{ id: 1 }] }), undefined);
    assert.equal(restoreSession({ ...s, answers: ['a', 'b', 'c', 'd', 'e', 'f'] }), undefined);
  });
});
