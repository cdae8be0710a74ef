/**
 * Working hours and working days in the person's local time: whether a moment is inside
 * them, when they start next, how many working days lie between two moments, and when the
 * end-of-day signal is due. Days are counted as in calendar.ts.
 */
import { MINUTE_MS, localDay, localDayNumber, startOfLocalDay, weekdayOf } from '../calendar';
import { DEFAULT_POLICY, parseClock, type PolicySettings } from './settings';

/** The end-of-day signal fires in this many minutes before workEnd. */
export const END_OF_DAY_WINDOW_MINUTES = 30;
/** The "long gap" signal: working days without a reflection before Retro Coach asks. */
export const DEFAULT_GAP_WORKING_DAYS = 3;

/** Working hours in minutes after local midnight; settings that were never validated fall back to the defaults. */
function workingMinutes(settings: PolicySettings): { start: number; end: number } {
  const start = parseClock(settings.workStart, false);
  const end = parseClock(settings.workEnd, true);
  if (start !== undefined && end !== undefined && start < end) return { start, end };
  return { start: parseClock(DEFAULT_POLICY.workStart, false)!, end: parseClock(DEFAULT_POLICY.workEnd, true)! };
}

function isWorkDay(settings: PolicySettings, dayNumber: number): boolean {
  return settings.workDays.includes(weekdayOf(dayNumber));
}

/** Whether `now` is on a working day between workStart (inclusive) and workEnd (exclusive), local time. */
export function isWithinWorkingHours(now: Date, offsetMinutes: number, settings: PolicySettings): boolean {
  const day = localDayNumber(now, offsetMinutes);
  const intoDay = now.getTime() - startOfLocalDay(day, offsetMinutes);
  const { start, end } = workingMinutes(settings);
  return isWorkDay(settings, day) && intoDay >= start * MINUTE_MS && intoDay < end * MINUTE_MS;
}

/**
 * The next moment inside working hours: `now` itself if already inside. Tells the caller when
 * a skipped signal could be tried again. The offset is today's, so across a daylight-saving
 * change the answer can be an hour off; decide() is asked again then and corrects it.
 * Undefined only when the settings have no working day, which readPolicySettings never returns.
 */
export function nextWorkingStart(now: Date, offsetMinutes: number, settings: PolicySettings): Date | undefined {
  if (isWithinWorkingHours(now, offsetMinutes, settings)) return new Date(now.getTime());
  const { start } = workingMinutes(settings);
  const today = localDayNumber(now, offsetMinutes);
  for (let day = today; day <= today + 7; day++) {
    const at = startOfLocalDay(day, offsetMinutes) + start * MINUTE_MS;
    if (isWorkDay(settings, day) && at > now.getTime()) return new Date(at);
  }
  return undefined;
}

/**
 * Working days after `from`'s local date up to and including `to`'s, for the "long gap since
 * the last reflection" signal: a reflection on Friday and Monday morning make 1, so with the
 * default of 3 the gap signal comes on Wednesday, not over the weekend. Calendar days only, so
 * the count does not depend on the hour. Computed by whole weeks, so a clock that jumped years
 * ahead costs nothing. 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date, offsetMinutes: number, settings: PolicySettings): number {
  const first = localDayNumber(from, offsetMinutes);
  const last = localDayNumber(to, offsetMinutes);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last <= first) return 0;
  const weeks = Math.floor((last - first) / 7);
  const perWeek = new Set(settings.workDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)).size;
  let count = weeks * perWeek;
  for (let day = first + 1 + weeks * 7; day <= last; day++) if (isWorkDay(settings, day)) count++;
  return count;
}

/**
 * Whether the end-of-day signal is due: on a working day, in the last 30 minutes before
 * workEnd, and not yet sent today (`lastEndOfDayPromptDate` is the local day it last fired,
 * kept by the caller). The window ends with the working day, so a laptop opened in the evening
 * does not get yesterday's question.
 */
export function endOfDayDue(now: Date, offsetMinutes: number, settings: PolicySettings, lastEndOfDayPromptDate?: string): boolean {
  const day = localDayNumber(now, offsetMinutes);
  if (!isWorkDay(settings, day) || lastEndOfDayPromptDate === localDay(now, offsetMinutes)) return false;
  const { start, end } = workingMinutes(settings);
  const intoDay = now.getTime() - startOfLocalDay(day, offsetMinutes);
  return intoDay >= Math.max(start, end - END_OF_DAY_WINDOW_MINUTES) * MINUTE_MS && intoDay < end * MINUTE_MS;
}
