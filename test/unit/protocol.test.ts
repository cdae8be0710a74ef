import * as assert from 'node:assert/strict';
import { canAskWhatElse, newSession, reduce, type SessionEvent, type SessionState } from '../../src/core/coach/session';
import { chooseKindEvent, confirmKindEvent, whatElseFor } from '../../src/core/coach/sessionPlan';
import { LIMITS } from '../../src/core/model/reflection';
import { validateReflection } from '../../src/core/model/validate';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { formatMessage } from '../../src/core/util/message';
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

/** One character as JSON Schema counts it (a code point), though two UTF-16 code units: the validator and the guards both count one. */
const EMOJI = '😀';
const astral = (codePoints: number): string => EMOJI.repeat(codePoints);

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
  answer: {
    good: { type: 'answer', text: 'hello', more: true },
    bad: [{ type: 'answer', more: false }, { type: 'answer', text: 42, more: false }, { type: 'answer', text: 'x'.repeat(10_001), more: false }, { type: 'answer', text: 'x' }, { type: 'answer', text: 'x', more: 'yes' }],
  },
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
        render({ errorField: 'password' }), render({ today: 'tomorrow' }),
      ],
    },
    refused: {
      good: { type: 'refused', field: 'actionDue', reason: '“20266-01-01” is not a date; use YYYY-MM-DD or leave it empty.' },
      bad: [{ type: 'refused', field: 'password', reason: 'x' }, { type: 'refused', field: null }, { type: 'refused', field: null, reason: 'x'.repeat(2001) }],
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
  /** A text of emoji at the validator's limit, and one character over it. */
  const cases: Array<{ name: string; limit: number; message: (text: string) => unknown; reflection: (text: string) => unknown }> = [
    { name: 'answer', limit: LIMITS.answerChars, message: (text) => ({ type: 'answer', text, more: false }), reflection: (answer) => sampleReflection({ exchanges: [{ question: 'q', text: 'Q?', answer }] }) },
    { name: 'action text', limit: LIMITS.actionChars, message: (text) => ({ type: 'submitAction', action: { ...action, text } }), reflection: (text) => sampleReflection({ actions: [{ id: 'k3j9x2ab-a1', text, status: 'open' }] }) },
    { name: 'owner', limit: LIMITS.ownerChars, message: (owner) => ({ type: 'submitAction', action: { ...action, owner } }), reflection: (owner) => sampleReflection({ actions: [{ id: 'k3j9x2ab-a1', text: 'x', owner, status: 'open' }] }) },
  ];
  for (const { name, limit, message, reflection } of cases) {
    it(`measures ${name} as the validator does (characters: code points, an emoji is one)`, () => {
      const longest = astral(limit);
      assert.equal([...longest].length, limit);
      assert.deepEqual(validateReflection(reflection(longest)).problems, []);
      assert.ok(isWebviewMessage(message(longest)), 'what the validator accepts, the guard accepts');
      const over = `${longest}x`;
      assert.notDeepEqual(validateReflection(reflection(over)).problems, []);
      assert.ok(!isWebviewMessage(message(over)));
    });
  }

  it('gives the app the same input limits as the session', () => {
    assert.deepEqual(DRAFT_LIMITS, { answer: LIMITS.answerChars, actionText: LIMITS.actionChars, actionOwner: LIMITS.ownerChars, actionDue: 10, learning: LIMITS.answerChars });
  });
});

const viewOf = (state: SessionState, error: string | null, saving = false): SessionView =>
  toView(state, { folderName: 'a-workspace-folder', error, saving, today: '2026-11-25', localize: formatMessage });

/**
 * Walks a whole session of `kind` with the longest answers, trying what the person may try at
 * each step (going back, oversized drafts, "And what else?", bad dates), and collects the view
 * after every event with the error it gave.
 */
function walk(kind: (typeof KIND_CHOICES)[number]): { state: SessionState; views: SessionView[] } {
  const random = seededRandom(7);
  const sources = { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: seededRandom(3) };
  let state = newSession('2026-11-25T10:00:00+01:00');
  const views: SessionView[] = [viewOf(state, null)];
  const apply = (event: SessionEvent) => {
    const result = reduce(state, event, random);
    state = result.state;
    views.push(viewOf(state, result.error ? formatMessage(result.error) : null, event.type === 'saved'));
  };
  const huge = 'y'.repeat(LIMITS.answerChars * 2);
  apply(chooseKindEvent(kind, sources));
  [{ type: 'back' }, { type: 'editDraft', field: 'answer', value: huge }, { type: 'answer', text: astral(LIMITS.answerChars) }, { type: 'back' }].forEach((e) => apply(e as SessionEvent));
  for (let i = 0; state.step === 'question' || state.step === 'confirmKind'; i++) {
    if (state.step === 'confirmKind') apply(confirmKindEvent('technical', sources));
    else if (i === 1) apply({ type: 'skip' });
    else apply({ type: 'answer', text: i % 2 ? `  ${'word '.repeat(3000)}` : astral(LIMITS.answerChars), ...(canAskWhatElse(state) ? { more: whatElseFor(state, sources) } : {}) });
  }
  const events: SessionEvent[] = [
    { type: 'editDraft', field: 'actionText', value: huge }, { type: 'editDraft', field: 'actionOwner', value: huge }, { type: 'editDraft', field: 'actionDue', value: huge },
    { type: 'submitAction', action: { text: 'x', owner: '', due: `not a date ${huge}` } },
    { type: 'submitAction', action: { text: astral(LIMITS.actionChars), owner: astral(LIMITS.ownerChars), due: '2026-12-01' } },
    { type: 'back' }, { type: 'skipAction' }, { type: 'editDraft', field: 'learning', value: huge }, { type: 'setVisibility', visibility: 'anonymous' },
    { type: 'setFriction', friction: ['technical', 'technical', 'procedural', 'cultural', 'personal'] },
    { type: 'saved', relativePath: `.coaching/reflections/2026/11/2026-11-25-a-long-slug-k3j9x2ab.yaml${huge}` }, { type: 'answer', text: 'too late' },
  ];
  events.forEach(apply);
  return { state, views };
}

describe('every session view the host makes passes the guard', () => {
  for (const kind of KIND_CHOICES) {
    it(`a whole ${kind} session, step by step, with the longest answers`, () => {
      const { state, views } = walk(kind);
      assert.equal(state.step, 'saved');
      const steps = new Set(views.map((v) => v.step));
      const expected = ['action', 'kind', 'question', 'review', 'saved', ...(kind === 'unsure' ? ['confirmKind'] : [])];
      assert.deepEqual([...steps].sort(), expected.sort());
      for (const view of views) {
        const failure = checkHostMessage({ type: 'render', view });
        assert.equal(failure && formatFailure(failure), undefined, `${view.step}: ${view.inputKey}`);
      }
      assert.ok(views.some((v) => v.error !== null), 'refused events show their error');
      assert.ok(views.some((v) => v.question?.extra), '"And what else?" was asked');
    });
  }

  it('the view before any kind is chosen', () => {
    assert.ok(isHostMessage({ type: 'render', view: toView(newSession('2026-11-25T10:00:00+01:00'), { folderName: '', error: null, saving: false, today: '2026-11-25', localize: formatMessage }) }));
  });
});
