import * as assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../src/core/prompting/settings';
import { INITIAL_POLICY_STATE, notToday, recordPrompt, restorePolicyState, setPaused, snooze, type PolicyState } from '../../src/core/prompting/state';
import { workingDaysBetween } from '../../src/core/prompting/workingHours';
import { decide } from '../../src/core/prompting/decide';
import { formatMessage, type Message } from '../../src/core/util/message';

/** A decision's warning as English text, '' when there is none. */
const said = (warning: Message | undefined) => (warning ? formatMessage(warning) : '');
import { CET, IST, MIN, at, fixed, ask, prompted } from './policyClock';
import { seededRandom } from './fixtures';

// decide(): the interval, the daily cap, waiting for the moment, clock changes.
describe('prompt policy', () => {
  describe('interval', () => {
    it('prompts when nothing holds it back', () => {
      assert.equal(ask(at('2026-11-23T10:00'), INITIAL_POLICY_STATE).verdict, 'prompt');
    });

    it('skips signals until the drawn interval has passed', () => {
      const state = prompted(at('2026-11-23T10:00'));
      assert.equal(state.nextAllowedAt, at('2026-11-23T11:30').toISOString());
      const early = ask(at('2026-11-23T11:29'), state);
      assert.deepEqual([early.verdict, early.verdict === 'skip' && early.reason], ['skip', 'interval']);
      assert.equal(early.verdict === 'skip' && early.until?.toISOString(), at('2026-11-23T11:30').toISOString());
      assert.equal(ask(at('2026-11-23T11:30'), state).verdict, 'prompt');
    });

    it('keeps jitter within ±20 % of the interval, and actually varies it', () => {
      const now = at('2026-11-23T10:00');
      const factors = new Set<number>();
      for (let seed = 0; seed < 300; seed++) {
        const state = recordPrompt(INITIAL_POLICY_STATE, now, CET, DEFAULT_POLICY, seededRandom(seed));
        const factor = (Date.parse(state.nextAllowedAt!) - now.getTime()) / (90 * MIN);
        assert.ok(factor >= 0.8 && factor <= 1.2, `seed ${seed}: factor ${factor}`);
        factors.add(Math.round(factor * 1000));
      }
      assert.ok(factors.size > 100, `only ${factors.size} distinct gaps`);
      assert.ok(Math.min(...factors) < 850 && Math.max(...factors) > 1150, 'draws reach both ends of the range');
      for (const r of [0, 0.999999, 1]) {
        const state = recordPrompt(INITIAL_POLICY_STATE, now, CET, DEFAULT_POLICY, fixed(r));
        const factor = (Date.parse(state.nextAllowedAt!) - now.getTime()) / (90 * MIN);
        assert.ok(factor >= 0.8 - 1e-9 && factor <= 1.2 + 1e-9, `r ${r}: factor ${factor}`);
      }
      const noJitter = recordPrompt(INITIAL_POLICY_STATE, now, CET, { ...DEFAULT_POLICY, jitter: 0 }, seededRandom(7));
      assert.equal(noJitter.nextAllowedAt, at('2026-11-23T11:30').toISOString());
    });

    it('draws the gap once: deciding and reloading never re-roll it', () => {
      const state = recordPrompt(INITIAL_POLICY_STATE, at('2026-11-23T10:00'), CET, DEFAULT_POLICY, seededRandom(3));
      const reloaded = restorePolicyState(JSON.parse(JSON.stringify(state)));
      const result = ask(at('2026-11-23T10:30'), reloaded);
      assert.equal(result.state.nextAllowedAt, state.nextAllowedAt);
      assert.equal(result.verdict === 'skip' && result.until?.toISOString(), state.nextAllowedAt);
    });
  });

  describe('daily cap', () => {
    const settings = { ...DEFAULT_POLICY, jitter: 0 };

    it('stops after three prompts on a local day and starts again the next working morning', () => {
      let state: PolicyState = INITIAL_POLICY_STATE;
      for (const time of ['09:00', '10:30', '12:00']) {
        assert.equal(decide({ now: at(`2026-11-23T${time}`), offsetMinutes: CET, state, settings, promptShowing: false }).verdict, 'prompt', time);
        state = prompted(at(`2026-11-23T${time}`), state, settings);
      }
      assert.equal(state.promptsToday, 3);
      const capped = decide({ now: at('2026-11-23T15:00'), offsetMinutes: CET, state, settings, promptShowing: false });
      assert.equal(capped.verdict === 'skip' && capped.reason, 'daily-cap');
      assert.equal(capped.verdict === 'skip' && capped.until?.toISOString(), at('2026-11-24T09:00').toISOString());
      const tomorrow = decide({ now: at('2026-11-24T09:00'), offsetMinutes: CET, state, settings, promptShowing: false });
      assert.equal(tomorrow.verdict, 'prompt');
      assert.equal(tomorrow.state.promptsToday, 0, 'the new day resets the count');
      assert.equal(prompted(at('2026-11-24T09:00'), tomorrow.state, settings).promptsToday, 1);
      assert.equal(prompted(at('2026-11-24T09:00'), state, settings).promptsToday, 1, 'recordPrompt resets a stale count itself');
    });

    it('counts local days, not UTC days (+05:30)', () => {
      const ist = { ...settings, workStart: '00:00', workEnd: '24:00', workDays: [0, 1, 2, 3, 4, 5, 6] };
      let state: PolicyState = INITIAL_POLICY_STATE;
      // 21:00, 22:40 and 23:50 local on Monday are 15:30, 17:10 and 18:20 UTC, still Monday in UTC...
      for (const time of ['21:00', '22:40', '23:50']) state = recordPrompt(state, at(`2026-11-23T${time}`, '+05:30'), IST, ist, fixed(0.5));
      assert.equal(state.day, '2026-11-23');
      // ...and 01:30 local on Tuesday is 20:00 UTC on Monday: a new local day all the same.
      const next = decide({ now: at('2026-11-24T01:30', '+05:30'), offsetMinutes: IST, state, settings: ist, promptShowing: false });
      assert.equal(next.verdict, 'prompt');
      const sameUtcDayInUtc = decide({ now: at('2026-11-24T01:30', '+05:30'), offsetMinutes: 0, state, settings: ist, promptShowing: false });
      assert.equal(sameUtcDayInUtc.verdict === 'skip' && sameUtcDayInUtc.reason, 'daily-cap', 'with offset 0 it is still Monday');
    });

    it('a cap of 0 turns automatic prompts off, with no moment to try again', () => {
      const result = decide({ now: at('2026-11-23T10:00'), offsetMinutes: CET, state: INITIAL_POLICY_STATE, settings: { ...DEFAULT_POLICY, dailyCap: 0 }, promptShowing: false });
      assert.equal(result.verdict === 'skip' && result.reason, 'daily-cap');
      assert.equal(result.verdict === 'skip' && result.until, undefined);
    });
  });

  describe('waiting for the right moment', () => {
    it('waits for a typing pause of 30 s instead of dropping the signal', () => {
      const now = at('2026-11-23T10:00');
      const typed = new Date(now.getTime() - 10_000);
      const result = ask(now, INITIAL_POLICY_STATE, { lastKeystrokeAt: typed });
      assert.equal(result.verdict, 'wait');
      assert.equal(result.verdict === 'wait' && result.reason, 'typing');
      assert.equal(result.verdict === 'wait' && result.until.getTime(), typed.getTime() + 30_000);
      assert.equal(ask(now, INITIAL_POLICY_STATE, { lastKeystrokeAt: new Date(now.getTime() - 30_000) }).verdict, 'prompt');
      assert.equal(decide({ now, offsetMinutes: CET, state: INITIAL_POLICY_STATE, settings: { ...DEFAULT_POLICY, typingPauseSeconds: 0 }, promptShowing: false, lastKeystrokeAt: now }).verdict, 'prompt');
    });

    it('never waits longer than one pause for a keystroke stamped in the future', () => {
      const now = at('2026-11-23T10:00');
      const result = ask(now, INITIAL_POLICY_STATE, { lastKeystrokeAt: new Date(now.getTime() + 3_600_000) });
      assert.equal(result.verdict === 'wait' && result.until.getTime(), now.getTime() + 30_000);
    });

    it('waits while a prompt is showing, but a signal that would be dropped anyway is dropped', () => {
      const now = at('2026-11-23T10:00');
      const result = ask(now, INITIAL_POLICY_STATE, { promptShowing: true, lastKeystrokeAt: now });
      assert.equal(result.verdict === 'wait' && result.reason, 'prompt-showing');
      assert.ok(result.verdict === 'wait' && result.until.getTime() > now.getTime());
      assert.equal(ask(now, setPaused(INITIAL_POLICY_STATE, true), { promptShowing: true }).verdict, 'skip');
      assert.equal(ask(now, prompted(now), { promptShowing: true }).verdict, 'skip', 'the prompt on screen started the interval');
    });
  });

  describe('clock changes', () => {
    it('a clock set back: moves the waits back with a warning instead of blocking until the clock catches up', () => {
      const state = snooze(prompted(at('2026-11-23T14:00')), at('2026-11-23T14:00'));
      const now = at('2026-11-23T11:00'); // three hours earlier
      const result = ask(now, state);
      assert.match(said(result.warning), /clock went back by about 3 hours/);
      assert.equal(result.state.lastPromptAt, now.toISOString());
      assert.equal(result.verdict === 'skip' && result.reason, 'snoozed');
      assert.equal(result.verdict === 'skip' && result.until?.toISOString(), at('2026-11-23T12:00').toISOString(), 'the snooze still lasts its hour, from now');
      assert.equal(ask(at('2026-11-23T12:00'), result.state).verdict, 'prompt');
      assert.equal(ask(at('2026-11-23T12:00'), result.state).warning, undefined, 'warned once');
    });

    it('a clock set back by years never blocks for years', () => {
      const future = prompted(at('2031-06-02T10:00'));
      const now = at('2026-11-23T10:00');
      const result = ask(now, future);
      assert.ok(result.warning);
      const until = result.verdict === 'skip' ? result.until!.getTime() : now.getTime();
      assert.ok(until - now.getTime() <= 1.2 * 90 * MIN, `blocked until ${new Date(until).toISOString()}`);
    });

    it('tolerates a few minutes of drift without a warning', () => {
      const state = prompted(at('2026-11-23T10:03'));
      const result = ask(at('2026-11-23T10:00'), state);
      assert.equal(result.warning, undefined);
      assert.equal(result.state, state);
    });

    it('lifts a snooze or a schedule further ahead than any setting allows, with a warning', () => {
      const now = at('2026-11-23T10:00');
      const snoozed = ask(now, { ...INITIAL_POLICY_STATE, snoozedUntil: '2026-12-20T10:00:00.000Z' });
      assert.equal(snoozed.verdict, 'prompt');
      assert.match(said(snoozed.warning), /snooze is lifted/);
      const scheduled = ask(now, { ...INITIAL_POLICY_STATE, nextAllowedAt: '2099-01-01T00:00:00.000Z' });
      assert.match(said(scheduled.warning), /rescheduled/);
      assert.ok(scheduled.verdict === 'skip' && scheduled.until!.getTime() <= now.getTime() + 1.2 * 90 * MIN);
    });

    it('a shorter interval setting applies to the gap already drawn, quietly', () => {
      const state = prompted(at('2026-11-23T10:00'), INITIAL_POLICY_STATE, { ...DEFAULT_POLICY, minIntervalMinutes: 240 });
      const shorter = { ...DEFAULT_POLICY, minIntervalMinutes: 30, jitter: 0 };
      const result = decide({ now: at('2026-11-23T10:31'), offsetMinutes: CET, state, settings: shorter, promptShowing: false });
      assert.equal(result.verdict, 'prompt');
      assert.equal(result.warning, undefined);
    });

    it('a huge forward jump neither crashes nor blocks, and counting working days stays cheap', () => {
      const state = snooze(notToday(prompted(at('2026-11-23T10:00')), at('2026-11-23T10:00'), CET), at('2026-11-23T10:00'));
      const far = at('2056-11-20T10:00'); // a Monday, thirty years on
      const result = ask(far, state);
      assert.equal(result.verdict, 'prompt');
      const started = Date.now();
      assert.equal(workingDaysBetween(at('2026-11-23T10:00'), far, CET, DEFAULT_POLICY), 7825);
      assert.ok(Date.now() - started < 50);
    });
  });
});
