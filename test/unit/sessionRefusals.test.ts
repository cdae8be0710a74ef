/**
 * Inputs that fail loudly: whatever refuses what the person typed in the coaching panel (the
 * guard, the session) names the input, so the panel can say why next to it.
 */
import * as assert from 'node:assert/strict';
import { dueNotADate, newSession, reduce, type SessionState } from '../../src/core/coach/session';
import { formatMessage } from '../../src/core/util/message';
import { isWebviewMessage, refusedInput } from '../../src/webview/session/protocol';
import { toView } from '../../src/session/view';
import { seededRandom } from './fixtures';

const atAction = (): SessionState => ({ ...newSession('2026-11-25T10:00:00+01:00'), step: 'action' });

describe('refused inputs in the coaching panel', () => {
  it('names the due date when a five-digit year makes the guard drop the next step', () => {
    const message = { type: 'submitAction', action: { text: 'Pair on the flaky test', owner: '', due: '20266-01-01' } };
    assert.equal(isWebviewMessage(message), false, 'the guard drops it');
    assert.deepEqual(refusedInput(message), { field: 'actionDue', value: '20266-01-01' });
  });

  it('names the field of a draft or an answer too long for the guard', () => {
    assert.deepEqual(refusedInput({ type: 'draft', field: 'actionOwner', value: 'x'.repeat(20_000) }), { field: 'actionOwner', value: 'x'.repeat(20_000) });
    assert.deepEqual(refusedInput({ type: 'answer', text: 'y'.repeat(10_001), more: false }), { field: 'answer', value: 'y'.repeat(10_001) });
  });

  it('names no field for a message no input could have broken, and nothing for one that passes', () => {
    assert.equal(refusedInput({ type: 'setVisibility', visibility: 'public' }), null);
    assert.equal(refusedInput({ type: 'explode' }), null);
    assert.equal(refusedInput({ type: 'skip' }), null);
  });

  it('the session refuses a due date that is no date, naming the due date and the value', () => {
    const result = reduce(atAction(), { type: 'submitAction', action: { text: 'Pair on it', owner: '', due: '2026-02-30' } }, seededRandom(1));
    assert.equal(result.field, 'actionDue');
    assert.deepEqual(result.error, dueNotADate('2026-02-30'));
    assert.equal(formatMessage(dueNotADate('20266-01-01')), '“20266-01-01” is not a date; use YYYY-MM-DD or leave it empty.');
  });

  it('the session refuses an empty next step, naming its text', () => {
    const result = reduce(atAction(), { type: 'submitAction', action: { text: '  ', owner: '', due: '' } }, seededRandom(1));
    assert.equal(result.field, 'actionText');
    assert.ok(result.error);
  });

  it('the view carries the refused field only with its error, and today for the past-date hint', () => {
    const context = { folderName: 'demo', saving: false, today: '2026-11-25', localize: formatMessage };
    assert.equal(toView(atAction(), { ...context, error: 'Not a date', errorField: 'actionDue' }).errorField, 'actionDue');
    assert.equal(toView(atAction(), { ...context, error: null, errorField: 'actionDue' }).errorField, null);
    assert.equal(toView(atAction(), { ...context, error: null }).today, '2026-11-25');
  });
});
