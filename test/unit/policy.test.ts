import * as assert from 'node:assert/strict';
import {
  DEFAULT_POLICY,
  INITIAL_POLICY_STATE,
  decide,
  endOfDayDue,
  isWithinWorkingHours,
  nextWorkingStart,
  notToday,
  readPolicySettings,
  recordPrompt,
  restorePolicyState,
  setPaused,
  snooze,
  workingDaysBetween,
  type DecideInput,
  type PolicySettings,
  type PolicyState,
} from '../../src/core/prompting/policy';
import { seededRandom } from './fixtures';

/** Central European winter time: 2026-11-23 is a Monday. */
const CET = 60;
const IST = 330; // +05:30
const PST = -480; // -08:00
const MIN = 60_000;

/** A moment written as local wall-clock time with its offset, e.g. at('2026-11-23T09:00', '+01:00'). */
function at(local: string, offset = '+01:00'): Date {
  return new Date(`${local}:00${offset}`);
}

/** A random source that always returns `r`: the middle (0.5) draws exactly the nominal interval. */
const fixed = (r: number) => () => r;

function ask(now: Date, state: PolicyState, extra: Partial<DecideInput> = {}) {
  return decide({ now, offsetMinutes: CET, state, settings: DEFAULT_POLICY, promptShowing: false, ...extra });
}

function prompted(now: Date, state: PolicyState = INITIAL_POLICY_STATE, settings: PolicySettings = DEFAULT_POLICY, offset = CET): PolicyState {
  return recordPrompt(state, now, offset, settings, fixed(0.5));
}

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

  describe('working hours and days', () => {
    const reason = (r: ReturnType<typeof ask>) => (r.verdict === 'skip' ? r.reason : r.verdict);
    const until = (r: ReturnType<typeof ask>) => (r.verdict === 'prompt' ? undefined : r.until?.toISOString());

    it('starts at 09:00 inclusive and ends at 18:00 exclusive', () => {
      assert.equal(reason(ask(at('2026-11-23T08:59'), INITIAL_POLICY_STATE)), 'outside-hours');
      assert.equal(until(ask(at('2026-11-23T08:59'), INITIAL_POLICY_STATE)), at('2026-11-23T09:00').toISOString());
      assert.equal(reason(ask(at('2026-11-23T09:00'), INITIAL_POLICY_STATE)), 'prompt');
      assert.equal(reason(ask(new Date(at('2026-11-23T18:00').getTime() - 1000), INITIAL_POLICY_STATE)), 'prompt');
      assert.equal(reason(ask(at('2026-11-23T18:00'), INITIAL_POLICY_STATE)), 'outside-hours');
      assert.equal(until(ask(at('2026-11-23T18:00'), INITIAL_POLICY_STATE)), at('2026-11-24T09:00').toISOString());
    });

    it('skips weekends: Friday evening and Saturday point to Monday 09:00', () => {
      for (const when of ['2026-11-27T18:00', '2026-11-28T11:00', '2026-11-29T23:59']) {
        const result = ask(at(when), INITIAL_POLICY_STATE);
        assert.equal(reason(result), 'outside-hours', when);
        assert.equal(until(result), at('2026-11-30T09:00').toISOString(), when);
      }
      const weekendWorker = { ...DEFAULT_POLICY, workDays: [6] };
      assert.equal(decide({ now: at('2026-11-28T11:00'), offsetMinutes: CET, state: INITIAL_POLICY_STATE, settings: weekendWorker, promptShowing: false }).verdict, 'prompt');
    });

    it('uses local time for hours and weekdays: -08:00 and +05:30', () => {
      // Friday 17:00 in California is already Saturday 01:00 UTC.
      assert.ok(isWithinWorkingHours(at('2026-11-27T17:00', '-08:00'), PST, DEFAULT_POLICY));
      assert.ok(!isWithinWorkingHours(at('2026-11-27T17:00', '-08:00'), 0, DEFAULT_POLICY), 'in UTC that moment is a Saturday');
      // Monday 01:30 in India is still Sunday 20:00 UTC; the working day starts at 09:00 local, 03:30 UTC.
      const sundayUtc = at('2026-11-30T01:30', '+05:30');
      assert.equal(sundayUtc.toISOString(), '2026-11-29T20:00:00.000Z');
      assert.equal(nextWorkingStart(sundayUtc, IST, DEFAULT_POLICY)?.toISOString(), '2026-11-30T03:30:00.000Z');
      assert.ok(!isWithinWorkingHours(at('2026-11-30T08:59', '+05:30'), IST, DEFAULT_POLICY));
      assert.ok(isWithinWorkingHours(at('2026-11-30T09:00', '+05:30'), IST, DEFAULT_POLICY));
      const inside = at('2026-11-30T10:00', '+05:30');
      assert.equal(nextWorkingStart(inside, IST, DEFAULT_POLICY)?.getTime(), inside.getTime(), 'now, when already inside');
      assert.equal(nextWorkingStart(inside, IST, { ...DEFAULT_POLICY, workDays: [] }), undefined);
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

  describe('clock changes', () => {
    it('a clock set back: moves the waits back with a warning instead of blocking until the clock catches up', () => {
      const state = snooze(prompted(at('2026-11-23T14:00')), at('2026-11-23T14:00'));
      const now = at('2026-11-23T11:00'); // three hours earlier
      const result = ask(now, state);
      assert.match(result.warning ?? '', /clock went back by about 3 hours/);
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
      assert.match(snoozed.warning ?? '', /snooze is lifted/);
      const scheduled = ask(now, { ...INITIAL_POLICY_STATE, nextAllowedAt: '2099-01-01T00:00:00.000Z' });
      assert.match(scheduled.warning ?? '', /rescheduled/);
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

  describe('readPolicySettings', () => {
    it('uses the defaults when nothing is set', () => {
      assert.deepEqual(readPolicySettings(undefined), { settings: DEFAULT_POLICY, warnings: [] });
      assert.deepEqual(readPolicySettings({}), { settings: DEFAULT_POLICY, warnings: [] });
      assert.deepEqual(readPolicySettings({ workStart: null }), { settings: DEFAULT_POLICY, warnings: [] });
    });

    it('keeps valid values', () => {
      const raw = { minIntervalMinutes: 45, jitter: 0, dailyCap: 0, workDays: [5, 1, 1, 3], workStart: '7:30', workEnd: '24:00', typingPauseSeconds: 10, enabled: true };
      assert.deepEqual(readPolicySettings(raw), {
        settings: { minIntervalMinutes: 45, jitter: 0, dailyCap: 0, workDays: [1, 3, 5], workStart: '7:30', workEnd: '24:00', typingPauseSeconds: 10 },
        warnings: [],
      });
    });

    it('falls back field by field, naming the setting, the value and the default', () => {
      const { settings, warnings } = readPolicySettings({ workStart: '25:00', workEnd: '17:00', dailyCap: 2.5, jitter: 20, workDays: [1, 7], minIntervalMinutes: '90', typingPauseSeconds: 15 });
      assert.deepEqual(settings, { ...DEFAULT_POLICY, workEnd: '17:00', typingPauseSeconds: 15 });
      assert.ok(warnings.includes("retroCoach.prompts.workStart '25:00' is not a time like 09:00; using 09:00"), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.startsWith('retroCoach.prompts.dailyCap 2.5 is not a whole number') && w.endsWith('using 3')));
      assert.ok(warnings.some((w) => w.startsWith('retroCoach.prompts.jitter 20 is not a fraction') && w.endsWith('using 0.2')));
      assert.ok(warnings.some((w) => w.startsWith('retroCoach.prompts.workDays [1,7] is not') && w.endsWith('using [1, 2, 3, 4, 5]')));
      assert.ok(warnings.some((w) => w.startsWith("retroCoach.prompts.minIntervalMinutes '90' is not") && w.endsWith('using 90')));
      assert.equal(warnings.length, 5);
    });

    it('refuses hours that end before they start, and empty work weeks', () => {
      const inverted = readPolicySettings({ workStart: '22:00', workEnd: '06:00' });
      assert.deepEqual([inverted.settings.workStart, inverted.settings.workEnd], ['09:00', '18:00']);
      assert.match(inverted.warnings.join(), /workStart '22:00' and workEnd '06:00' leave no working hours/);
      assert.equal(readPolicySettings({ workEnd: '17:60' }).warnings.length, 1, 'minutes stop at 59');
      assert.deepEqual(readPolicySettings({ workStart: '24:00', workEnd: '24:00' }).warnings, ["retroCoach.prompts.workStart '24:00' is not a time like 09:00; using 09:00"], '24:00 can only end a day');
      assert.deepEqual(readPolicySettings({ workDays: [] }).settings.workDays, [1, 2, 3, 4, 5]);
      assert.equal(readPolicySettings('loud').warnings.length, 1);
    });
  });

  describe('signals', () => {
    it('workingDaysBetween counts working days after the first date up to the second', () => {
      const friday = at('2026-11-27T16:00');
      assert.equal(workingDaysBetween(friday, at('2026-11-27T17:59'), CET, DEFAULT_POLICY), 0);
      assert.equal(workingDaysBetween(friday, at('2026-11-29T12:00'), CET, DEFAULT_POLICY), 0, 'the weekend does not count');
      assert.equal(workingDaysBetween(friday, at('2026-11-30T08:00'), CET, DEFAULT_POLICY), 1);
      assert.equal(workingDaysBetween(friday, at('2026-12-02T08:00'), CET, DEFAULT_POLICY), 3);
      assert.equal(workingDaysBetween(friday, at('2026-12-04T08:00'), CET, DEFAULT_POLICY), 5);
      assert.equal(workingDaysBetween(friday, at('2026-12-11T08:00'), CET, DEFAULT_POLICY), 10);
      assert.equal(workingDaysBetween(at('2026-12-02T08:00'), friday, CET, DEFAULT_POLICY), 0, 'backwards is no gap');
      assert.equal(workingDaysBetween(friday, at('2026-12-02T08:00'), CET, { ...DEFAULT_POLICY, workDays: [0, 1, 2, 3, 4, 5, 6] }), 5);
      // Friday 20:00 in California is Saturday UTC; Monday 07:00 there is Monday UTC.
      assert.equal(workingDaysBetween(at('2026-11-27T20:00', '-08:00'), at('2026-11-30T07:00', '-08:00'), PST, DEFAULT_POLICY), 1);
      assert.equal(workingDaysBetween(at('2026-11-27T20:00', '-08:00'), at('2026-11-30T07:00', '-08:00'), 0, DEFAULT_POLICY), 1);
      assert.equal(workingDaysBetween(at('2026-11-26T20:00', '-08:00'), at('2026-11-27T20:00', '-08:00'), PST, DEFAULT_POLICY), 1);
      assert.equal(workingDaysBetween(at('2026-11-26T20:00', '-08:00'), at('2026-11-27T20:00', '-08:00'), IST, DEFAULT_POLICY), 0, 'Friday to Saturday in India');
    });

    it('endOfDayDue fires in the last 30 minutes of a working day, once', () => {
      assert.equal(endOfDayDue(at('2026-11-23T17:29'), CET, DEFAULT_POLICY), false);
      assert.equal(endOfDayDue(at('2026-11-23T17:30'), CET, DEFAULT_POLICY), true);
      assert.equal(endOfDayDue(at('2026-11-23T17:59'), CET, DEFAULT_POLICY), true);
      assert.equal(endOfDayDue(at('2026-11-23T18:00'), CET, DEFAULT_POLICY), false);
      assert.equal(endOfDayDue(at('2026-11-23T17:45'), CET, DEFAULT_POLICY, '2026-11-23'), false, 'already sent today');
      assert.equal(endOfDayDue(at('2026-11-23T17:45'), CET, DEFAULT_POLICY, '2026-11-20'), true);
      assert.equal(endOfDayDue(at('2026-11-28T17:45'), CET, DEFAULT_POLICY), false, 'Saturday');
      assert.equal(endOfDayDue(at('2026-11-27T17:45', '+05:30'), IST, DEFAULT_POLICY, '2026-11-26'), true);
      assert.equal(endOfDayDue(at('2026-11-27T17:45', '+05:30'), CET, DEFAULT_POLICY), false, 'that moment is 13:15 in CET');
      const shortDay = { ...DEFAULT_POLICY, workEnd: '09:15' };
      assert.equal(endOfDayDue(at('2026-11-23T09:10'), CET, shortDay), true, 'a short day is all window');
      assert.equal(endOfDayDue(at('2026-11-23T08:50'), CET, shortDay), false, 'but the window never starts before the day');
    });
  });
});
