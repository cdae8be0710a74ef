import * as assert from 'node:assert/strict';
import { respond } from '../../src/core/coach/respond';
import {
  WHAT_ELSE_MAX, newSession, reduce, saveBlocker, toReflection, writtenAnswers, progressOf,
  type KindChoice, type SessionEvent, type SessionState,
} from '../../src/core/coach/session';
import { chooseKindEvent, confirmKindEvent, signalSessionEvent, whatElseFor, type PlanSources } from '../../src/core/coach/sessionPlan';
import { openerFor } from '../../src/core/coach/openers';
import { TRIGGER_KINDS, type Trigger } from '../../src/core/model/reflection';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { formatMessage } from '../../src/core/util/message';
import { seededRandom } from './fixtures';

const T0 = '2026-11-25T10:00:00+01:00';
const random = seededRandom();
const sources = (seed = 5): PlanSources => ({ bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: seededRandom(seed) });

function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  for (const event of events) {
    const result = reduce(state, event, random);
    assert.equal(result.error && formatMessage(result.error), undefined, `${event.type}: refused`);
    state = result.state;
  }
  return state;
}
const answer = (text: string): SessionEvent => ({ type: 'answer', text });
const started = (kind: KindChoice = 'procedural', seed = 5) => run(newSession(T0), chooseKindEvent(kind, sources(seed)));
const onScreen = (s: SessionState) => s.upcoming[0]?.question;
/** Answers with `text` until the question on screen is at `stage` (or the questions are over). */
function answerUntil(s: SessionState, stage: string, text = 'something concrete'): SessionState {
  while (s.step === 'question' && onScreen(s).stage !== stage) s = run(s, answer(text));
  return s;
}
/** "And what else?" after the answer on screen, as the panel asks for it. */
const more = (s: SessionState, text: string): SessionEvent => ({ type: 'answer', text, more: whatElseFor(s, sources()) });
const meta = { id: 'abcd1234', created: '2026-11-25T10:20:00+01:00', author: 'Ada Tester' };

describe('coaching session: shape', () => {
  it('opens a manual session with a focus question, then GROW questions of the chosen kind, then next step, review, saved', () => {
    let s = started('procedural');
    assert.equal(s.step, 'question');
    assert.equal(onScreen(s).stage, 'focus');
    assert.deepEqual(s.friction, ['procedural']);
    assert.deepEqual(s.upcoming.map((t) => t.question.stage), ['focus', 'goal', 'reality', 'options', 'will']);
    assert.ok(s.upcoming.slice(1).every((t) => t.question.id.startsWith('procedural-')), 'every GROW question is of the chosen kind');
    s = run(s, answer('Reviews wait two days for a second approver'), { type: 'skip' }, answer('Pair on reviews'), answer('Rota'), answer('Ask Sam today'));
    assert.equal(s.step, 'action');
    s = run(s, { type: 'submitAction', action: { text: ' Propose a review rota ', owner: 'Sam', due: '2026-12-01' } });
    assert.equal(s.step, 'review');
    assert.equal(saveBlocker(s), undefined);
    s = run(s, { type: 'setVisibility', visibility: 'anonymous' }, { type: 'setFriction', friction: ['procedural', 'cultural'] });

    const r = toReflection(s, meta);
    assert.equal(r.author, undefined, 'anonymous drops the author');
    assert.deepEqual(r.friction, ['procedural', 'cultural']);
    assert.deepEqual(r.exchanges.map((e) => e.answer), ['Reviews wait two days for a second approver', 'Pair on reviews', 'Rota', 'Ask Sam today'], 'the skipped question is left out');
    assert.match(r.exchanges[0].question, /^focus-/);
    assert.deepEqual(r.actions, [{ id: 'abcd1234-a1', text: 'Propose a review rota', owner: 'Sam', due: '2026-12-01', status: 'open' }]);

    s = run(s, { type: 'saved', relativePath: '.coaching/x.yaml' });
    assert.equal(s.step, 'saved');
    assert.ok(reduce(s, answer('late'), random).error);
  });

  it('has 3 to 6 questions, manual or prompted, before any "And what else?" or learning question', () => {
    const counts: number[] = [];
    for (const kind of ['technical', 'procedural', 'cultural', 'personal'] as const) counts.push(started(kind).upcoming.length);
    let unsure = run(started('unsure'), answer('the build is slow'));
    unsure = run(unsure, confirmKindEvent(unsure.guess ?? 'technical', sources()));
    counts.push(unsure.turns.length + unsure.upcoming.length);
    for (const kind of TRIGGER_KINDS.filter((k) => k !== 'manual')) {
      const trigger: Trigger = { kind };
      const s = run(newSession(T0, trigger), signalSessionEvent(openerFor(trigger, {}, seededRandom())!, trigger, sources()));
      counts.push(s.upcoming.length);
    }
    for (const n of counts) assert.ok(n >= 3 && n <= 6, `${n} questions`);
  });

  it('"not sure yet": guesses the kind from the focus answer, shows it, and keeps that one kind for the session', () => {
    let s = started('unsure');
    assert.deepEqual(s.upcoming.map((t) => t.question.stage), ['focus'], 'no GROW question is drawn before the kind is known');
    assert.equal(progressOf(s)?.total, 5, 'the progress counts the GROW questions still to come');
    s = run(s, answer('The CI build keeps failing on flaky tests and I lose hours re-running the pipeline'));
    assert.equal(s.step, 'confirmKind');
    assert.equal(s.guess, 'technical');
    s = run(s, confirmKindEvent('technical', sources()));
    assert.equal(s.step, 'question');
    assert.deepEqual(s.friction, ['technical']);
    assert.ok(s.upcoming.every((t) => t.question.id.startsWith('technical-')), s.upcoming.map((t) => t.question.id).join());
  });

  it('"not sure yet": the person can pick another kind than the guess', () => {
    let s = run(started('unsure'), answer('The CI build keeps failing on flaky tests'));
    s = run(s, confirmKindEvent('cultural', sources()));
    assert.deepEqual(s.friction, ['cultural']);
    assert.ok(s.upcoming.every((t) => t.question.id.startsWith('cultural-')));
    assert.ok(reduce(s, confirmKindEvent('technical', sources()), random).error, 'the kind is settled once the questions started');
  });

  it('"not sure yet": Back goes from the first GROW question to the kind check, then to the focus answer, keeping what was typed', () => {
    let s = run(started('unsure'), answer('Meetings eat my mornings'));
    s = run(s, confirmKindEvent('procedural', sources()), { type: 'editDraft', field: 'answer', value: 'half a goal' });
    const grow = s.upcoming.map((t) => t.question.id);
    s = run(s, { type: 'back' });
    assert.equal(s.step, 'confirmKind');
    s = run(s, { type: 'back' });
    assert.equal(s.step, 'question');
    assert.equal(s.draft, 'Meetings eat my mornings');
    s = run(s, answer('Meetings eat my mornings'), confirmKindEvent('procedural', sources(99)));
    assert.deepEqual(s.upcoming.map((t) => t.question.id), grow, 'confirming the same kind again keeps its questions');
    assert.equal(s.draft, 'half a goal', 'and the half-written answer');
  });
});

describe('coaching session: "And what else?" and learning', () => {
  it('asks "And what else?" after a reality or options answer, at most twice, each answer its own exchange', () => {
    let s = answerUntil(started('technical'), 'reality');
    s = run(s, more(s, 'The e2e suite is flaky'));
    assert.equal(onScreen(s).stage, 'what-else');
    assert.equal(progressOf(s)?.extra, true, 'it adds to a question rather than counting as one');
    s = run(s, answer('And the staging database is shared'));
    assert.equal(onScreen(s).stage, 'options');
    s = run(s, more(s, 'Quarantine the worst tests'));
    s = run(s, answer('Ask for a second staging database'));
    assert.equal(onScreen(s).stage, 'will');
    s = answerUntil(s, 'none');
    const ids = toReflection(run(s, { type: 'skipAction' }), meta).exchanges.map((e) => e.question);
    assert.equal(ids.filter((id) => id.startsWith('what-else-')).length, WHAT_ELSE_MAX);
    assert.equal(new Set(ids).size, ids.length, 'two different "what else" questions');
  });

  it('refuses a third "And what else?", one at the goal or will stage, and one without an answer', () => {
    let s = started('technical');
    assert.match(formatMessage(reduce(s, more(s, 'x'), random).error!), /reality or options/, 'not after the focus question');
    s = answerUntil(s, 'reality');
    assert.match(formatMessage(reduce(s, more(s, '  '), random).error!), /Write your answer first/);
    s = run(s, more(s, 'one'), more(s, 'two'));
    assert.equal(onScreen(s).stage, 'what-else');
    assert.match(formatMessage(reduce(s, more(s, 'three'), random).error!), /at most 2 times/);
  });

  it('going back from an untouched "And what else?" drops it; a started one keeps its text', () => {
    let s = answerUntil(started('technical'), 'reality');
    s = run(s, more(s, 'flaky tests'), { type: 'back' });
    assert.equal(onScreen(s).stage, 'reality');
    s = run(s, answer('flaky tests'));
    assert.equal(onScreen(s).stage, 'options', 'Continue now moves on');
  });

  it('saves the learning answer as its own exchange, with its own question id, and leaves it out when empty', () => {
    let s = answerUntil(started('personal'), 'none');
    s = run(s, { type: 'skipAction' });
    assert.match(s.learning?.question.id ?? '', /^learning-/);
    assert.ok(!toReflection(s, meta).exchanges.some((e) => e.question.startsWith('learning-')));
    s = run(s, { type: 'editDraft', field: 'learning', value: '  Naming the real blocker  ' });
    const last = toReflection(s, meta).exchanges.at(-1);
    assert.deepEqual(last, { question: s.learning!.question.id, text: s.learning!.question.text, answer: 'Naming the real blocker' });
  });
});

describe('coaching session: responses', () => {
  it('shows the responder’s acknowledgment of each answer before the next question', () => {
    const s = answerUntil(started('technical'), 'goal');
    const fixed = () => 0.5;
    const after = reduce(s, answer('CI green in under ten minutes'), fixed).state;
    assert.deepEqual(after.acknowledgment, respond('CI green in under ten minutes', 'goal', () => 0.5).text);
  });

  it('never records a non-answer at the will stage as a next step', () => {
    let s = answerUntil(started('technical'), 'will');
    s = run(s, answer("I don't know"));
    assert.equal(s.step, 'action');
    assert.equal(s.action.text, '', 'the next-step form is not filled with it');
    const r = toReflection(run(s, { type: 'skipAction' }), meta);
    assert.deepEqual(r.actions, []);
    assert.equal(r.exchanges.at(-1)?.answer, "I don't know", 'the answer itself is kept as said');
  });

  it('fills the next-step form with a concrete will answer, and keeps the person’s own edit of it', () => {
    let s = answerUntil(started('technical'), 'will');
    s = run(s, answer('I will ask Sam to pair with me on the flaky test tomorrow morning'));
    assert.equal(s.step, 'action');
    assert.ok(s.action.text.length > 0, 'pre-filled');
    assert.equal(s.action.text, s.suggestedStep);
    s = run(s, { type: 'editDraft', field: 'actionText', value: 'Pair with Sam on the flaky test' }, { type: 'back' }, answer('I will write the ticket today'));
    assert.equal(s.action.text, 'Pair with Sam on the flaky test', 'an edited step is never replaced');
  });

  it('offers privacy after a distress answer: private becomes the default, and the person can still choose', () => {
    let s = answerUntil(started('personal'), 'reality');
    assert.equal(s.visibility, 'team');
    s = run(s, answer("I'm exhausted, I've been working weekends for a month"));
    assert.equal(s.privateOffered, true);
    assert.equal(s.visibility, 'private');
    s = run(s, { type: 'setVisibility', visibility: 'team' }, answer("Honestly I can't sleep and I dread Mondays"));
    assert.equal(s.visibility, 'team', 'a choice the person made stands');
  });
});

describe('coaching session: editing and saving', () => {
  it('keeps what was typed when going back, at every step', () => {
    let s = run(started(), answer('first'), { type: 'editDraft', field: 'answer', value: 'half-writ' });
    s = run(s, { type: 'back' });
    assert.equal(s.draft, 'first', 'the earlier answer comes back for editing');
    assert.ok(reduce(s, { type: 'back' }, random).error, 'no going back past the first question');
    s = run(s, answer('first'));
    assert.equal(s.draft, 'half-writ', 'the half-written answer of the question left is still there');
    s = answerUntil(s, 'none', 'd');
    s = run(s, { type: 'editDraft', field: 'actionText', value: 'draft step' }, { type: 'back' });
    assert.equal(s.step, 'question');
    assert.equal(s.draft, 'd');
    assert.equal(s.action.text, 'draft step', 'the half-written action survives too');
    s = run(s, answer('d'), { type: 'skipAction' }, { type: 'back' });
    assert.equal(s.step, 'action');
    assert.equal(s.action.text, 'draft step');
  });

  it('refuses a bad due date and an empty next step, keeping the state', () => {
    const s = answerUntil(started(), 'none', 'a');
    const bad = reduce(s, { type: 'submitAction', action: { text: 'x', owner: '', due: '2026-02-30' } }, random);
    assert.match(formatMessage(bad.error!), /not a date/);
    assert.equal(bad.state, s);
    assert.match(formatMessage(reduce(s, { type: 'submitAction', action: { text: '  ', owner: '', due: '' } }, random).error!), /No next step/);
  });

  it('cannot save a session with no answers', () => {
    let s = started();
    while (s.step === 'question') s = run(s, { type: 'skip' });
    s = run(s, { type: 'skipAction' });
    assert.match(formatMessage(saveBlocker(s)!), /at least one/);
  });

  it('clips oversized drafts to the answer limit', () => {
    const s = run(started(), { type: 'editDraft', field: 'answer', value: 'x'.repeat(20_000) });
    assert.equal(s.draft.length, 10_000);
  });

  it('counts every written answer, kept drafts and the learning answer included', () => {
    let s = run(started(), answer('one'), { type: 'editDraft', field: 'answer', value: 'two' }, { type: 'back' });
    assert.equal(writtenAnswers(s), 2, 'the answer on screen and the draft kept for later');
    s = answerUntil(run(s, answer('one')), 'none');
    s = run(s, { type: 'skipAction' }, { type: 'editDraft', field: 'learning', value: 'clarity' });
    assert.equal(writtenAnswers(s), s.turns.filter((t) => t.answer).length + 1);
  });
});
