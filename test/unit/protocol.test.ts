import * as assert from 'node:assert/strict';
import { newSession, reduce, type SessionEvent, type SessionState } from '../../src/core/coach/session';
import { LIMITS } from '../../src/core/model/reflection';
import { validateReflection } from '../../src/core/model/validate';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { selectQuestions } from '../../src/core/questions/select';
import { toView } from '../../src/session/view';
import { formatFailure } from '../../src/webview/shared/guards';
import {
  DRAFT_LIMITS, KIND_CHOICES, STRING_KEYS, checkHostMessage, checkWebviewMessage, isHostMessage, isWebviewMessage,
  type HostMessage, type SessionView, type WebviewMessage, type WebviewStrings,
} from '../../src/webview/session/protocol';
import { toViewForTest } from './viewShim';
import { sampleReflection, seededRandom } from './fixtures';

/** A valid message and mutations of it that must be refused. */
interface Case<M> {
  good: M;
  bad: unknown[];
}
type Cases<M extends { type: string }> = { [T in M['type']]: Case<Extract<M, { type: T }>> };

/** Two UTF-16 code units: the validator counts it as two characters, and so must the guards. */
const EMOJI = '😀';
const astral = (units: number): string => EMOJI.repeat(Math.floor(units / 2));

/** A message without fields: refused when its type is misspelt or not text. */
const bare = <T extends string>(type: T): Case<{ type: T }> => ({ good: { type }, bad: [{ type: type.toUpperCase() }, { type: `${type} ` }, { type: [type] }] });

const action = { text: 'x', owner: '', due: '' };
const webviewCases: Cases<WebviewMessage> = {
  ready: bare('ready'),
  chooseKind: { good: { type: 'chooseKind', kind: 'unsure' }, bad: [{ type: 'chooseKind', kind: 'spiritual' }, { type: 'chooseKind' }, { type: 'chooseKind', kind: null }] },
  draft: {
    good: { type: 'draft', field: 'actionDue', value: '2026-12-01' },
    bad: [{ type: 'draft', field: '__proto__', value: '' }, { type: 'draft', field: 'answer' }, { type: 'draft', field: 'answer', value: 'x'.repeat(LIMITS.answerChars + 1) }],
  },
  answer: { good: { type: 'answer', text: 'hello' }, bad: [{ type: 'answer' }, { type: 'answer', text: 42 }, { type: 'answer', text: 'x'.repeat(10_001) }] },
  skip: bare('skip'),
  back: bare('back'),
  submitAction: {
    good: { type: 'submitAction', action },
    bad: [
      { type: 'submitAction', action: { text: 'x' } }, { type: 'submitAction', action: null }, { type: 'submitAction', action: { ...action, text: 'x'.repeat(LIMITS.actionChars + 1) } },
      { type: 'submitAction', action: { ...action, owner: 'x'.repeat(LIMITS.ownerChars + 1) } }, { type: 'submitAction', action: { ...action, due: '2026-12-01T' } },
    ],
  },
  skipAction: bare('skipAction'),
  setVisibility: { good: { type: 'setVisibility', visibility: 'private' }, bad: [{ type: 'setVisibility', visibility: 'public' }, { type: 'setVisibility' }] },
  setFriction: {
    good: { type: 'setFriction', friction: ['technical', 'personal'] },
    bad: [{ type: 'setFriction', friction: ['technical', 'nope'] }, { type: 'setFriction', friction: Array(5).fill('technical') }, { type: 'setFriction', friction: 'technical' }],
  },
  save: bare('save'),
  openFile: bare('openFile'),
  startAnother: bare('startAnother'),
  discard: bare('discard'),
};

/** Never a message, whichever way it travels. */
const NOT_MESSAGES: unknown[] = [
  null, undefined, 'ready', 42, [], {}, { type: 'eval', code: 'x' }, { type: 42 },
  { type: 'toString' }, { type: 'constructor' }, { type: '__proto__' }, Object.create({ type: 'ready' }),
];

const strings = Object.fromEntries(STRING_KEYS.map((k) => [k, k])) as WebviewStrings;
const withoutKey = (obj: object, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));

function questionView(): SessionView {
  let state = newSession('2026-11-25T10:00:00+01:00');
  state = reduce(state, { type: 'chooseKind', kind: 'technical', questions: BUILT_IN_QUESTIONS.slice(0, 4) }, seededRandom()).state;
  return toViewForTest(state);
}

function hostCases(): Cases<HostMessage> {
  const view = questionView();
  const render = (patch: Record<string, unknown>) => ({ type: 'render', view: { ...view, ...patch } });
  return {
    init: {
      good: { type: 'init', strings },
      bad: [{ type: 'init' }, { type: 'init', strings: withoutKey(strings, 'save') }, { type: 'init', strings: { ...strings, title: 42 } }, { type: 'init', strings: { ...strings, title: 'x'.repeat(1001) } }],
    },
    render: {
      good: { type: 'render', view },
      bad: [
        { type: 'render' }, { type: 'render', view: null }, { type: 'render', view: withoutKey(view, 'canGoBack') },
        render({ step: 'hacked' }), render({ question: { text: 1 } }), render({ question: { ...view.question, number: 0 } }), render({ kind: 'spiritual' }),
        render({ draft: 'x'.repeat(LIMITS.answerChars + 1) }), render({ action: { ...view.action, owner: 'x'.repeat(LIMITS.ownerChars + 1) } }),
        render({ friction: ['nope'] }), render({ exchanges: Array(LIMITS.exchanges + 1).fill({ question: 'q', answer: 'a' }) }),
        render({ saving: 'yes' }), render({ error: 'x'.repeat(2001) }), render({ visibility: 'public' }),
      ],
    },
  };
}

function checkCases(cases: Readonly<Record<string, Case<unknown>>>, is: (v: unknown) => boolean): void {
  for (const [type, { good, bad }] of Object.entries(cases)) {
    assert.ok(is(good), `${type}: ${JSON.stringify(good)?.slice(0, 120)}`);
    assert.ok(bad.length > 0, `${type} has a mutation that is refused`);
    for (const message of bad) assert.ok(!is(message), `${type}: ${JSON.stringify(message)?.slice(0, 120)}`);
  }
  for (const message of NOT_MESSAGES) assert.ok(!is(message), String(JSON.stringify(message)));
}

describe('webview protocol guards', () => {
  it('accepts every well-formed webview message and refuses malformed, unknown and oversized ones', () => {
    checkCases(webviewCases, isWebviewMessage);
  });

  it('accepts a real view and the full string table from the host, and refuses broken ones', () => {
    checkCases(hostCases(), isHostMessage);
  });

  it('says where a refused message went wrong', () => {
    const failure = checkHostMessage({ type: 'render', view: { ...questionView(), question: { text: 1 } } });
    assert.equal(failure && formatFailure(failure), 'view.question.text: expected text of 0–500 characters');
    const unknown = checkWebviewMessage({ type: 'eval' });
    assert.match(unknown ? formatFailure(unknown) : '', /^type: expected a message whose type is one of "ready"/);
  });
});

describe('webview protocol limits agree with the file format', () => {
  /** A text at the validator's limit, and one code unit (half an emoji) over it. */
  const cases: Array<{ name: string; limit: number; message: (text: string) => unknown; reflection: (text: string) => unknown }> = [
    { name: 'answer', limit: LIMITS.answerChars, message: (text) => ({ type: 'answer', text }), reflection: (answer) => sampleReflection({ exchanges: [{ question: 'q', text: 'Q?', answer }] }) },
    { name: 'action text', limit: LIMITS.actionChars, message: (text) => ({ type: 'submitAction', action: { ...action, text } }), reflection: (text) => sampleReflection({ actions: [{ id: 'k3j9x2ab-a1', text, status: 'open' }] }) },
    { name: 'owner', limit: LIMITS.ownerChars, message: (owner) => ({ type: 'submitAction', action: { ...action, owner } }), reflection: (owner) => sampleReflection({ actions: [{ id: 'k3j9x2ab-a1', text: 'x', owner, status: 'open' }] }) },
  ];
  for (const { name, limit, message, reflection } of cases) {
    it(`measures ${name} as the validator does (UTF-16 code units)`, () => {
      const longest = astral(limit);
      assert.equal(longest.length, limit);
      assert.deepEqual(validateReflection(reflection(longest)).problems, []);
      assert.ok(isWebviewMessage(message(longest)), 'what the validator accepts, the guard accepts');
      const over = `${longest}x`;
      assert.notDeepEqual(validateReflection(reflection(over)).problems, []);
      assert.ok(!isWebviewMessage(message(over)));
    });
  }

  it('gives the app the same input limits as the session', () => {
    assert.deepEqual(DRAFT_LIMITS, { answer: LIMITS.answerChars, actionText: LIMITS.actionChars, actionOwner: LIMITS.ownerChars, actionDue: 10 });
  });
});

/** Applies events one by one and collects the view after each, with the errors the session gave. */
function walk(start: SessionState, events: SessionEvent[]): { state: SessionState; views: SessionView[] } {
  const random = seededRandom(7);
  let state = start;
  const views: SessionView[] = [toView(state, { folderName: 'demo', error: null, saving: false })];
  for (const event of events) {
    const result = reduce(state, event, random);
    state = result.state;
    views.push(toView(state, { folderName: 'a-workspace-folder', error: result.error ?? null, saving: event.type === 'saved' }));
  }
  return { state, views };
}

function sessionEvents(questionCount: number): SessionEvent[] {
  const answers: SessionEvent[] = Array.from({ length: questionCount }, (_, i) =>
    i === 1 ? { type: 'skip' } : { type: 'answer', text: i % 2 ? `  ${'word '.repeat(3000)}` : astral(LIMITS.answerChars) });
  const huge = 'y'.repeat(LIMITS.answerChars * 2);
  return [
    { type: 'back' }, { type: 'editDraft', field: 'answer', value: huge }, answers[0], { type: 'back' }, ...answers,
    { type: 'editDraft', field: 'actionText', value: huge }, { type: 'editDraft', field: 'actionOwner', value: huge }, { type: 'editDraft', field: 'actionDue', value: huge },
    { type: 'submitAction', action: { text: 'x', owner: '', due: `not a date ${huge}` } },
    { type: 'submitAction', action: { text: astral(LIMITS.actionChars), owner: astral(LIMITS.ownerChars), due: '2026-12-01' } },
    { type: 'back' }, { type: 'skipAction' }, { type: 'setVisibility', visibility: 'anonymous' },
    { type: 'setFriction', friction: ['technical', 'technical', 'procedural', 'cultural', 'personal'] },
    { type: 'saved', relativePath: '.coaching/reflections/2026/11/2026-11-25-a-long-slug-k3j9x2ab.yaml' }, { type: 'answer', text: 'too late' },
  ];
}

describe('every session view the host makes passes the guard', () => {
  for (const kind of KIND_CHOICES) {
    it(`a whole ${kind} session, step by step, with the longest answers`, () => {
      const questions = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind, lastAsked: {}, random: seededRandom(3) });
      const chosen = reduce(newSession('2026-11-25T10:00:00+01:00'), { type: 'chooseKind', kind, questions }, seededRandom()).state;
      const { state, views } = walk(chosen, sessionEvents(questions.length));
      assert.equal(state.step, 'saved');
      const steps = new Set(views.map((v) => v.step));
      assert.deepEqual([...steps].sort(), ['action', 'question', 'review', 'saved']);
      for (const view of views) {
        const failure = checkHostMessage({ type: 'render', view });
        assert.equal(failure && formatFailure(failure), undefined, `${view.step}: ${view.inputKey}`);
      }
      assert.ok(views.some((v) => v.error !== null), 'refused events show their error');
    });
  }

  it('the view before any kind is chosen', () => {
    assert.ok(isHostMessage({ type: 'render', view: toView(newSession('2026-11-25T10:00:00+01:00'), { folderName: '', error: null, saving: false }) }));
  });
});
