import * as assert from 'node:assert/strict';
import { newSession, reduce } from '../../src/core/coach/session';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { STRING_KEYS, isHostMessage, isWebviewMessage, type WebviewStrings } from '../../src/webview/session/protocol';
import { toViewForTest } from './viewShim';
import { seededRandom } from './fixtures';

describe('webview protocol guards', () => {
  it('accepts every well-formed webview message', () => {
    const good = [
      { type: 'ready' }, { type: 'skip' }, { type: 'back' }, { type: 'save' }, { type: 'discard' },
      { type: 'chooseKind', kind: 'unsure' }, { type: 'draft', field: 'actionDue', value: '2026-12-01' },
      { type: 'answer', text: 'hello' }, { type: 'submitAction', action: { text: 'x', owner: '', due: '' } },
      { type: 'setVisibility', visibility: 'private' }, { type: 'setFriction', friction: ['technical', 'personal'] },
    ];
    for (const message of good) assert.ok(isWebviewMessage(message), JSON.stringify(message));
  });

  it('refuses malformed, unknown and oversized webview messages', () => {
    const bad: unknown[] = [
      null, 'ready', [], {}, { type: 'eval', code: 'x' }, { type: 'chooseKind', kind: 'spiritual' },
      { type: 'answer' }, { type: 'answer', text: 42 }, { type: 'answer', text: 'x'.repeat(10_001) },
      { type: 'draft', field: '__proto__', value: '' }, { type: 'submitAction', action: { text: 'x' } },
      { type: 'setVisibility', visibility: 'public' }, { type: 'setFriction', friction: ['technical', 'nope'] },
      { type: 'setFriction', friction: Array(5).fill('technical') },
    ];
    for (const message of bad) assert.ok(!isWebviewMessage(message), JSON.stringify(message)?.slice(0, 80));
  });

  it('accepts a real view and the full string table from the host, and refuses broken ones', () => {
    let state = newSession('2026-11-25T10:00:00+01:00');
    const random = seededRandom();
    state = reduce(state, { type: 'chooseKind', kind: 'technical', questions: BUILT_IN_QUESTIONS.slice(0, 4) }, random).state;
    const view = toViewForTest(state);
    assert.ok(isHostMessage({ type: 'render', view }));
    assert.ok(!isHostMessage({ type: 'render', view: { ...view, step: 'hacked' } }));
    assert.ok(!isHostMessage({ type: 'render', view: { ...view, question: { text: 1 } } }));
    const strings = Object.fromEntries(STRING_KEYS.map((k) => [k, k])) as WebviewStrings;
    assert.ok(isHostMessage({ type: 'init', strings }));
    const missing: Record<string, string> = { ...strings };
    delete missing.save;
    assert.ok(!isHostMessage({ type: 'init', strings: missing }));
    assert.ok(!isHostMessage({ type: 'nope' }));
  });
});
