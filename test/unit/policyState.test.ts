import * as assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../src/core/prompting/settings';
import { INITIAL_POLICY_STATE, notToday, recordPrompt, restorePolicyState, setPaused, snooze } from '../../src/core/prompting/state';
import { decide } from '../../src/core/prompting/decide';
import { CET, PST, at, ask, prompted } from './policyClock';
import { seededRandom } from './fixtures';

// The state the person changes (snooze, not today, pause) and its saved form.
describe('prompt policy', () => {
  describe("the person's choices", () => {
    it('respects a snooze, then asks again when it ends (not after the rest of the interval)', () => {
      const state = snooze(prompted(at('2026-11-23T10:00')), at('2026-11-23T10:01'));
      const during = ask(at('2026-11-23T10:45'), state);
      assert.equal(during.verdict === 'skip' && during.reason, 'snoozed');
      assert.equal(during.verdict === 'skip' && during.until?.toISOString(), at('2026-11-23T11:01').toISOString());
      const after = ask(at('2026-11-23T11:01'), restorePolicyState(JSON.parse(JSON.stringify(state))));
      assert.equal(after.verdict, 'prompt');
      assert.equal(after.state.snoozedUntil, undefined, 'an expired snooze is tidied away');
      assert.equal(snooze(INITIAL_POLICY_STATE, at('2026-11-23T10:00'), 60 * 24 * 30).snoozedUntil, at('2026-11-24T10:00').toISOString(), 'at most a day');
    });

    it('"not today" lasts until the next local day, and the next working morning is the earliest retry', () => {
      const state = notToday(snooze(INITIAL_POLICY_STATE, at('2026-11-23T10:00')), at('2026-11-23T10:00'), CET);
      assert.equal(state.snoozedUntil, undefined);
      for (const when of ['2026-11-23T10:01', '2026-11-23T17:59']) {
        const result = ask(at(when), state);
        assert.equal(result.verdict === 'skip' && result.reason, 'not-today', when);
        assert.equal(result.verdict === 'skip' && result.until?.toISOString(), at('2026-11-24T09:00').toISOString());
      }
      const tomorrow = ask(at('2026-11-24T09:00'), state);
      assert.equal(tomorrow.verdict, 'prompt');
      assert.equal(tomorrow.state.notTodayDate, undefined);
    });

    it('"not today" ends at local midnight, not UTC midnight (-08:00)', () => {
      const allDay = { ...DEFAULT_POLICY, workStart: '00:00', workEnd: '24:00' };
      const state = notToday(INITIAL_POLICY_STATE, at('2026-11-23T10:00', '-08:00'), PST);
      assert.equal(state.notTodayDate, '2026-11-23');
      // 23:30 Monday in California is 07:30 Tuesday UTC: still "today" there.
      const late = decide({ now: at('2026-11-23T23:30', '-08:00'), offsetMinutes: PST, state, settings: allDay, promptShowing: false });
      assert.equal(late.verdict === 'skip' && late.reason, 'not-today');
      assert.equal(late.verdict === 'skip' && late.until?.toISOString(), at('2026-11-24T00:00', '-08:00').toISOString());
      assert.equal(decide({ now: at('2026-11-24T00:00', '-08:00'), offsetMinutes: PST, state, settings: allDay, promptShowing: false }).verdict, 'prompt');
    });

    it('pause holds every signal with no end until resumed; resume also lifts snooze and "not today"', () => {
      const now = at('2026-11-23T10:00');
      const paused = setPaused(notToday(snooze(INITIAL_POLICY_STATE, now), now, CET), true);
      const result = ask(now, restorePolicyState(JSON.parse(JSON.stringify(paused))));
      assert.equal(result.verdict === 'skip' && result.reason, 'paused');
      assert.equal(result.verdict === 'skip' && result.until, undefined);
      assert.equal(ask(at('2026-12-25T10:00'), paused).verdict, 'skip', 'still paused weeks later');
      const resumed = setPaused(paused, false);
      assert.deepEqual(resumed, INITIAL_POLICY_STATE);
      assert.equal(ask(now, resumed).verdict, 'prompt');
    });
  });

  describe('saved state', () => {
    it('survives a JSON round trip', () => {
      const now = at('2026-11-23T10:00');
      const state = setPaused(notToday(snooze(recordPrompt(INITIAL_POLICY_STATE, now, CET, DEFAULT_POLICY, seededRandom(9)), now), now, CET), true);
      assert.deepEqual(restorePolicyState(JSON.parse(JSON.stringify(state))), state);
      assert.deepEqual(restorePolicyState(JSON.stringify(state)), state);
      const snoozed = snooze(prompted(now), now);
      assert.deepEqual(restorePolicyState(JSON.parse(JSON.stringify(snoozed))), snoozed);
    });

    it('turns garbage into the initial state and drops only bad fields', () => {
      for (const garbage of [undefined, null, 42, 'not json', '[]', [], {}, { version: 2, paused: true }, { version: '1' }]) {
        assert.deepEqual(restorePolicyState(garbage), INITIAL_POLICY_STATE, JSON.stringify(garbage));
      }
      const partly = restorePolicyState({
        version: 1,
        paused: 'yes',
        lastPromptAt: 'yesterday',
        nextAllowedAt: '2026-11-23T11:30:00.000Z',
        snoozedUntil: 12,
        notTodayDate: '2026-02-30',
        day: '2026-11-23',
        promptsToday: -1,
      });
      assert.deepEqual(partly, { version: 1, paused: false, promptsToday: 0, nextAllowedAt: '2026-11-23T11:30:00.000Z' });
    });

    it('returns the very same state object when nothing needed correcting', () => {
      const state = prompted(at('2026-11-23T10:00'));
      assert.equal(ask(at('2026-11-23T10:30'), state).state, state);
      assert.notEqual(ask(at('2026-11-24T10:30'), state).state, state, 'a new day resets the count');
    });
  });
});
