import * as assert from 'node:assert/strict';
import { DEFAULT_POLICY, readPolicySettings } from '../../src/core/prompting/settings';
import { formatMessage } from '../../src/core/util/message';

// readPolicySettings: what people typed into settings.json.
describe('prompt policy', () => {
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
      const read = readPolicySettings({ workStart: '25:00', workEnd: '17:00', dailyCap: 2.5, jitter: 20, workDays: [1, 7], minIntervalMinutes: '90', typingPauseSeconds: 15 });
      const { settings } = read;
      const warnings = read.warnings.map(formatMessage);
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
      assert.match(inverted.warnings.map(formatMessage).join(), /workStart '22:00' and workEnd '06:00' leave no working hours/);
      assert.equal(readPolicySettings({ workEnd: '17:60' }).warnings.length, 1, 'minutes stop at 59');
      assert.deepEqual(readPolicySettings({ workStart: '24:00', workEnd: '24:00' }).warnings.map(formatMessage), ["retroCoach.prompts.workStart '24:00' is not a time like 09:00; using 09:00"], '24:00 can only end a day');
      assert.deepEqual(readPolicySettings({ workDays: [] }).settings.workDays, [1, 2, 3, 4, 5]);
      assert.equal(readPolicySettings('loud').warnings.length, 1);
    });
  });
});
