import * as assert from 'node:assert/strict';
import {
  AI_FOLLOW_UP_ID, askForFollowUp, checkFollowUp, followUpPrompt,
  type FollowUpModel, type FollowUpRequest,
} from '../../src/core/coach/followUpModel';
import { followUpEvent, followUpRequest, newSession, reduce, toReflection, type SessionEvent, type SessionState } from '../../src/core/coach/session';
import { chooseKindEvent } from '../../src/core/coach/sessionPlan';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { seededRandom } from './fixtures';

const random = seededRandom();
const request: FollowUpRequest = {
  exchanges: [
    { question: "What's on your mind right now?", answer: 'The CI build is slow' },
    { question: 'What is actually failing right now?', answer: 'The e2e suite times out on the shared staging database' },
  ],
  stage: 'reality',
  modelAcknowledgment: true,
};
const GOOD = JSON.stringify({ acknowledgment: 'A shared staging database that times out the e2e suite.', question: 'What would it take to give the e2e suite its own database?' });

/** A fake model: answers with `reply`, or rejects, or never answers; remembers what it was asked and whether it was told to stop. */
function fakeModel(reply: string | Error | 'never'): FollowUpModel & { prompts: string[]; aborted: () => boolean } {
  const prompts: string[] = [];
  let signal: AbortSignal | undefined;
  return {
    prompts,
    aborted: () => signal?.aborted ?? false,
    ask(prompt, s) {
      prompts.push(prompt);
      signal = s;
      if (reply === 'never') return new Promise(() => undefined);
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
  };
}

function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  for (const event of events) {
    const result = reduce(state, event, random);
    assert.equal(result.error, undefined, event.type);
    state = result.state;
  }
  return state;
}
/** A technical session with the focus and goal answered and `reality` as the reality answer. */
function afterReality(reality: string): SessionState {
  const s = run(newSession('2026-11-25T10:00:00+01:00'), chooseKindEvent('technical', { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: seededRandom(5) }));
  return run(s, { type: 'answer', text: 'The CI build is slow' }, { type: 'answer', text: 'CI green in ten minutes' }, { type: 'answer', text: reality });
}

describe('AI follow-ups: the prompt', () => {
  it('holds the coaching rules and this session’s questions and answers, and nothing else', () => {
    const prompt = followUpPrompt(request);
    assert.match(prompt, /cannot be answered with yes or no/);
    assert.match(prompt, /no blame/);
    assert.match(prompt, /not therapy/);
    for (const e of request.exchanges) {
      assert.ok(prompt.includes(`Q: ${e.question}`) && prompt.includes(`A: ${e.answer}`), e.question);
    }
    const lines = prompt.split('\n').filter((l) => l.startsWith('Q: ') || l.startsWith('A: '));
    assert.equal(lines.length, 2 * request.exchanges.length, 'no other question or answer');
  });

  it('cuts a very long answer, marked as cut', () => {
    const prompt = followUpPrompt({ ...request, exchanges: [{ question: 'Q?', answer: 'x'.repeat(9000) }] });
    assert.ok(prompt.length < 6000);
    assert.match(prompt, /x…/);
  });

  it('is built only from the session: the request holds its answered questions, in order', () => {
    const s = afterReality('The e2e suite times out on the shared staging database');
    const req = followUpRequest(s);
    assert.deepEqual(req?.exchanges.map((e) => e.answer), ['The CI build is slow', 'CI green in ten minutes', 'The e2e suite times out on the shared staging database']);
    assert.equal(req?.stage, 'reality');
  });
});

describe('AI follow-ups: what comes back', () => {
  it('a good reply becomes the follow-up question with its acknowledgment', async () => {
    const model = fakeModel(`Sure!\n\`\`\`json\n${GOOD}\n\`\`\``);
    assert.deepEqual(await askForFollowUp(model, request), JSON.parse(GOOD));
    assert.equal(model.prompts.length, 1);
  });

  it('drops a reply whose question fails the question lint', async () => {
    for (const question of ['Did you try turning it off and on again?', "Why didn't you ask Mark first?", 'What broke? And who broke it?', 'How does that make you feel?']) {
      assert.equal(await askForFollowUp(fakeModel(JSON.stringify({ acknowledgment: 'Heard.', question })), request), undefined, question);
    }
    assert.equal(await askForFollowUp(fakeModel('What would help?'), request), undefined, 'a reply that is not the JSON asked for');
  });

  it('keeps the question but not an acknowledgment that asks, blames or is too long', () => {
    for (const acknowledgment of ['Is that right?', 'That is your own fault.', 'x'.repeat(201)]) {
      assert.deepEqual(checkFollowUp(JSON.stringify({ acknowledgment, question: 'What would help most?' }), request), { question: 'What would help most?' }, acknowledgment);
    }
  });

  it('never uses the model’s acknowledgment when the request does not allow it (blame)', () => {
    assert.deepEqual(checkFollowUp(GOOD, { ...request, modelAcknowledgment: false }), { question: JSON.parse(GOOD).question });
  });

  it('gives nothing when the model is slower than the timeout, and tells it to stop', async () => {
    const model = fakeModel('never');
    assert.equal(await askForFollowUp(model, request, 20), undefined);
    assert.equal(model.aborted(), true);
  });

  it('gives nothing on an error, a refused permission or no model', async () => {
    assert.equal(await askForFollowUp(fakeModel(new Error('No language model is available')), request), undefined);
    assert.equal(await askForFollowUp(fakeModel(Object.assign(new Error('denied'), { code: 'NoPermissions' })), request), undefined);
    const throwing: FollowUpModel = { ask: () => { throw new Error('sync throw'); } };
    assert.equal(await askForFollowUp(throwing, request), undefined);
    assert.equal(await askForFollowUp(undefined, request), undefined);
  });
});

describe('AI follow-ups in a session', () => {
  it('asks after a reality answer and saves the generated question as ai-follow-up, with its text as asked', async () => {
    let s = afterReality('The e2e suite times out on the shared staging database');
    const event = await followUpEvent(s, fakeModel(GOOD));
    assert.ok(event);
    s = run(s, event);
    assert.equal(s.upcoming[0].question.id, AI_FOLLOW_UP_ID);
    assert.deepEqual(s.acknowledgment, { template: '{0}', args: [JSON.parse(GOOD).acknowledgment] });
    s = run(s, { type: 'answer', text: 'Ask platform for a second database' });
    while (s.step === 'question') s = run(s, { type: 'answer', text: 'more' });
    const exchange = toReflection(run(s, { type: 'skipAction' }), { id: 'abcd1234', created: '2026-11-25T10:20:00+01:00' }).exchanges.find((e) => e.question === AI_FOLLOW_UP_ID);
    assert.deepEqual(exchange, { question: AI_FOLLOW_UP_ID, text: JSON.parse(GOOD).question, answer: 'Ask platform for a second database' });
  });

  it('asks once a session, and only right after a reality or options answer', async () => {
    let s = afterReality('The e2e suite times out');
    s = run(s, (await followUpEvent(s, fakeModel(GOOD)))!, { type: 'answer', text: 'a second database' });
    assert.equal(s.upcoming[0].question.stage, 'options');
    s = run(s, { type: 'answer', text: 'quarantine the worst tests' });
    assert.equal(followUpRequest(s), undefined, 'not a second time');
    const atGoal = run(newSession('2026-11-25T10:00:00+01:00'), chooseKindEvent('technical', { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: seededRandom(5) }), { type: 'answer', text: 'The CI build is slow' });
    assert.equal(followUpRequest(atGoal), undefined, 'not after the focus answer');
  });

  it('is refused once the person has started typing the next answer', async () => {
    const s = afterReality('The e2e suite times out');
    const event = (await followUpEvent(s, fakeModel(GOOD)))!;
    const typing = run(s, { type: 'editDraft', field: 'answer', value: 'I think' });
    assert.ok(reduce(typing, event, random).error);
  });

  it('never sends a distress answer to the model', async () => {
    const model = fakeModel(GOOD);
    const s = afterReality("I'm exhausted, I've been working weekends for a month and I can't sleep");
    assert.equal(await followUpEvent(s, model), undefined);
    assert.deepEqual(model.prompts, []);
  });

  it('after blame, may ask the model’s question but shows the built-in acknowledgment', async () => {
    const s = afterReality('Mark never reviews anything on time and nobody cares');
    const builtIn = s.acknowledgment;
    const event = await followUpEvent(s, fakeModel(GOOD));
    assert.ok(event);
    assert.equal(run(s, event).acknowledgment, builtIn);
  });
});
