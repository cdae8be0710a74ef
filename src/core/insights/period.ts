/**
 * Calendar arithmetic for team insights: periods of local dates and ISO weeks. A reflection
 * belongs to the date its writer saw (the text of `created`), so a team spread over time
 * zones buckets each file where its writer lived it, not where the reader sits.
 */
import { isCalendarDate } from '../model/reflection';
import { DAY_MS, dateToUtc as toUtc, localDateOf, utcToDate as fromUtc } from '../calendar';

/** Local dates, YYYY-MM-DD, both inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** An ISO 8601 week: weeks start on Monday and belong to the year of their Thursday. */
export interface WeekRef {
  /** e.g. 2026-W48. */
  week: string;
  /** The Monday that starts it, YYYY-MM-DD. */
  monday: string;
}

/** Throws a RangeError that says what is wrong, so a CLI or a panel can show it as is. */
export function checkPeriod(period: Period): void {
  if (!isCalendarDate(period.from)) throw new RangeError(`The period must start on a date like 2026-11-23, not '${period.from}'.`);
  if (!isCalendarDate(period.to)) throw new RangeError(`The period must end on a date like 2026-12-06, not '${period.to}'.`);
  if (period.to < period.from) throw new RangeError(`The period ends (${period.to}) before it starts (${period.from}).`);
}

export function checkToday(today: string): void {
  if (!isCalendarDate(today)) throw new RangeError(`'today' must be a date like 2026-12-01, not '${today}'.`);
}

/** Whether an ISO timestamp falls in the period, by its writer's local date. */
export function createdIn(created: string, period: Period): boolean {
  const date = localDateOf(created);
  return isCalendarDate(date) && date >= period.from && date <= period.to;
}

export function weekOf(date: string): WeekRef {
  const ms = toUtc(date);
  const isoDay = ((new Date(ms).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  const monday = ms - (isoDay - 1) * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: fromUtc(monday) };
}

/** Every week that overlaps the period, oldest first, so charts show quiet weeks as zeros. */
export function weeksOf(period: Period): WeekRef[] {
  const weeks: WeekRef[] = [];
  const last = toUtc(weekOf(period.to).monday);
  for (let monday = toUtc(weekOf(period.from).monday); monday <= last; monday += 7 * DAY_MS) weeks.push(weekOf(fromUtc(monday)));
  return weeks;
}

export { compare } from '../util/order';
export { instant } from '../calendar';

/** Rounded for display and for stable JSON: 3.8333… becomes 3.83. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
