import * as assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../src/core/prompting/settings';
import { INITIAL_POLICY_STATE } from '../../src/core/prompting/state';
import { endOfDayDue, isWithinWorkingHours, nextWorkingStart, workingDaysBetween } from '../../src/core/prompting/workingHours';
import { decide } from '../../src/core/prompting/decide';
import { CET, IST, PST, at, ask } from './policyClock';

// Working hours and days, and the clock signals that count them.
describe('prompt policy', () => {
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
