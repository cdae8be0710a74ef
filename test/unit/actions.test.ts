import * as assert from 'node:assert/strict';
import { actionsOf, describeAge, foldActions, followUpReflection, type ActionView } from '../../src/core/model/actionState';
import type { CorpusDocument } from '../../src/core/store/corpus';
import type { ActionUpdate } from '../../src/core/model/reflection';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { sampleReflection } from './fixtures';

const ACTION = 'k3j9x2ab-a1';
/** The sample reflection (created 2026-11-25T10:12:00+01:00) defines ACTION. */
const origin: CorpusDocument = { path: '.coaching/reflections/2026/11/origin.yaml', reflection: sampleReflection() };

let nextId = 0;
function followUp(path: string, created: string, updates: ActionUpdate[], author = 'Bob Builder'): CorpusDocument {
  const id = `fp${String(++nextId).padStart(6, '0')}`;
  return { path, reflection: followUpReflection(updates, { id, created, author, visibility: 'team' }) };
}

function only(documents: CorpusDocument[]): ActionView {
  const { actions } = foldActions(documents);
  assert.equal(actions.length, 1);
  return actions[0];
}

describe('actions that come back', () => {
  describe('foldActions', () => {
    it('an action without updates is open, with its reflection’s details', () => {
      const { actions, warnings } = foldActions([origin]);
      assert.deepEqual(warnings, []);
      assert.deepEqual(actions, [{
        id: ACTION, text: 'Split the integration suite', owner: 'Ada Tester', due: '2026-12-01', status: 'open',
        reflectionId: 'k3j9x2ab', path: origin.path, created: '2026-11-25T10:12:00+01:00', author: 'Ada Tester', visibility: 'team', history: [],
      }]);
    });

    it('orders updates by instant across offsets, not by text or path', () => {
      // 10:00+02:00 is 08:00Z, earlier than 09:30+00:00, although its text and path sort later.
      const done = followUp('.coaching/reflections/2026/11/z-done.yaml', '2026-11-27T10:00:00+02:00', [{ action: ACTION, status: 'done', note: 'Merged' }]);
      const reopened = followUp('.coaching/reflections/2026/11/a-reopened.yaml', '2026-11-27T09:30:00+00:00', [{ action: ACTION, status: 'open', note: 'Flaky again' }]);
      const action = only([reopened, origin, done]);
      assert.equal(action.status, 'open');
      assert.deepEqual(action.history.map((h) => [h.status, h.note, h.at, h.path, h.author]), [
        ['done', 'Merged', '2026-11-27T10:00:00+02:00', done.path, 'Bob Builder'],
        ['open', 'Flaky again', '2026-11-27T09:30:00+00:00', reopened.path, 'Bob Builder'],
      ]);

      const dropped = followUp('.coaching/reflections/2026/12/dropped.yaml', '2026-12-01T08:00:00-05:00', [{ action: ACTION, status: 'dropped' }]);
      assert.equal(only([dropped, reopened, origin, done]).status, 'dropped');
    });

    it('breaks ties of the same instant by path, whatever the input order', () => {
      const a = followUp('.coaching/reflections/2026/11/a.yaml', '2026-11-27T10:00:00+01:00', [{ action: ACTION, status: 'dropped' }]);
      const b = followUp('.coaching/reflections/2026/11/b.yaml', '2026-11-27T09:00:00Z', [{ action: ACTION, status: 'done' }]);
      assert.equal(only([origin, a, b]).status, 'done');
      assert.equal(only([b, origin, a]).status, 'done');
    });

    it('warns about an update of an unknown action and ignores it', () => {
      const stray = followUp('.coaching/reflections/2026/11/stray.yaml', '2026-11-27T10:00:00+01:00', [
        { action: ACTION, status: 'done' },
        { action: 'nope0000-a1', status: 'dropped' },
      ]);
      const { actions, warnings } = foldActions([origin, stray]);
      assert.deepEqual(actions.map((a) => [a.id, a.status]), [[ACTION, 'done']]);
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0].path, stray.path);
      assert.match(warnings[0].message, /^updates\[1\] refers to action 'nope0000-a1', which no reflection defines; check the id or remove the update\.$/);
    });

    it('warns about an update dated before its action, and still applies it in time order', () => {
      const early = followUp('.coaching/reflections/2026/11/early.yaml', '2026-11-20T10:00:00+01:00', [{ action: ACTION, status: 'dropped' }]);
      const later = followUp('.coaching/reflections/2026/11/later.yaml', '2026-11-26T10:00:00+01:00', [{ action: ACTION, status: 'done' }]);
      const { actions, warnings } = foldActions([later, origin, early]);
      assert.deepEqual(actions[0].history.map((h) => h.status), ['dropped', 'done']);
      assert.equal(actions[0].status, 'done');
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0].path, early.path);
      assert.match(warnings[0].message, /dated before action 'k3j9x2ab-a1'/);

      assert.equal(only([origin, early]).status, 'dropped', 'an early update alone still counts');
    });

    it('keeps the oldest of two actions with the same id and warns about the other', () => {
      const copy: CorpusDocument = {
        path: '.coaching/reflections/2026/10/copy.yaml',
        reflection: sampleReflection({ id: 'twn00001', created: '2026-11-26T09:00:00+01:00', actions: [{ id: ACTION, text: 'A copy', status: 'open' }] }),
      };
      const { actions, warnings } = foldActions([copy, origin]);
      assert.deepEqual(actions.map((a) => [a.id, a.text, a.path]), [[ACTION, 'Split the integration suite', origin.path]]);
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0].path, copy.path);
      assert.ok(warnings[0].message.includes(origin.path), warnings[0].message);
    });
  });

  describe('actionsOf', () => {
    function view(overrides: Partial<ActionView>): ActionView {
      return {
        id: 'x', text: 'Do it', status: 'open', reflectionId: 'k3j9x2ab', path: 'p.yaml',
        created: '2026-11-25T10:12:00+01:00', author: 'Ada Tester', visibility: 'team', history: [], ...overrides,
      };
    }
    const ada = { names: ['  ada   TESTER ', 'ada-t'] };
    const owned = view({ id: 'owned', owner: 'Ada Tester', author: 'Bob' });
    const ownedByHandle = view({ id: 'handle', owner: 'ADA-T', author: 'Bob' });
    const othersInMine = view({ id: 'others', owner: 'Bob' });
    const unownedMine = view({ id: 'unowned-mine' });
    const blankOwnerMine = view({ id: 'blank-owner', owner: '  ' });
    const unownedOthers = view({ id: 'unowned-others', author: 'Bob' });
    const anonymous = view({ id: 'anonymous', author: undefined, visibility: 'anonymous' });
    const all = [owned, ownedByHandle, othersInMine, unownedMine, blankOwnerMine, unownedOthers, anonymous];
    const ids = (actions: ActionView[]) => actions.map((a) => a.id);

    it('matches owners case-insensitively, ignoring whitespace, by any of the names', () => {
      assert.deepEqual(ids(actionsOf(all, ada, { includeUnowned: false })), ['owned', 'handle']);
    });

    it('adds unowned actions of reflections the person wrote when asked', () => {
      assert.deepEqual(ids(actionsOf(all, ada, { includeUnowned: true })), ['owned', 'handle', 'unowned-mine', 'blank-owner']);
    });

    it('never gives anyone the unowned actions of an anonymous reflection', () => {
      const oddAnonymous = view({ id: 'anonymous-with-author', visibility: 'anonymous' });
      assert.deepEqual(ids(actionsOf([anonymous, oddAnonymous], { names: ['Ada Tester', ''] }, { includeUnowned: true })), []);
    });

    it('gives a person without names nothing', () => {
      assert.deepEqual(actionsOf(all, { names: [] }, { includeUnowned: true }), []);
      assert.deepEqual(actionsOf([view({ owner: '' })], { names: ['', ' '] }, { includeUnowned: true }), []);
    });
  });

  describe('describeAge', () => {
    // Written late in the evening west of UTC: its local date is the 25th, its UTC date the 26th.
    const action = { created: '2026-11-25T23:30:00-08:00', due: '2026-12-01', status: 'open' as const };

    it('counts age from the writer’s local date and flags an open action past its due date', () => {
      assert.deepEqual(describeAge(action, '2026-12-03'), { ageDays: 8, overdue: true, daysOverdue: 2 });
    });

    it('is not overdue on the due date, without a due date, or once done or dropped', () => {
      assert.deepEqual(describeAge(action, '2026-12-01'), { ageDays: 6, overdue: false, daysOverdue: 0 });
      assert.deepEqual(describeAge({ ...action, due: undefined }, '2027-01-01'), { ageDays: 37, overdue: false, daysOverdue: 0 });
      assert.deepEqual(describeAge({ ...action, status: 'done' }, '2026-12-03'), { ageDays: 8, overdue: false, daysOverdue: 0 });
      assert.equal(describeAge({ ...action, status: 'dropped' }, '2026-12-03').overdue, false);
    });

    it('never reports a negative age and refuses a malformed today', () => {
      assert.equal(describeAge(action, '2026-11-24').ageDays, 0);
      assert.throws(() => describeAge(action, '2026-12-1'), /'today' must be a date/);
    });
  });

  describe('followUpReflection', () => {
    const meta = { id: 'fwp00001', created: '2026-11-27T10:00:00+01:00', author: 'Ada Tester', visibility: 'team' as const };

    it('builds a follow-up that round-trips through YAML', () => {
      const r = followUpReflection([{ action: ACTION, status: 'done', note: '  Merged in #42\nand deployed ' }, { action: 'abcd1234-a2', status: 'dropped', note: '   ' }], meta);
      assert.equal(r.kind, 'follow-up');
      assert.deepEqual([r.exchanges, r.actions, r.friction, r.trigger], [[], [], [], { kind: 'manual' }]);
      assert.deepEqual(r.updates, [{ action: ACTION, status: 'done', note: 'Merged in #42\nand deployed' }, { action: 'abcd1234-a2', status: 'dropped' }]);
      const parsed = parseReflection(serializeReflection(r));
      if (!parsed.ok) assert.fail(`did not parse back: ${JSON.stringify(parsed.problems)}`);
      assert.deepEqual(parsed.reflection, r);
    });

    it('leaves the author out of an anonymous follow-up', () => {
      const r = followUpReflection([{ action: ACTION, status: 'done' }], { ...meta, visibility: 'anonymous' });
      assert.equal(r.author, undefined);
      assert.ok(parseReflection(serializeReflection(r)).ok);
    });

    it('refuses to record nothing, or something that would not read back', () => {
      assert.throws(() => followUpReflection([], meta), /at least one action update/);
      assert.throws(() => followUpReflection([{ action: 'Not An Id', status: 'done' }], meta), /updates\[0\]\.action/);
    });
  });
});
