/**
 * Local time and calendar days: timestamps with their UTC offset, as people read them and as
 * ISO 8601 allows, the local day of a moment, and arithmetic on YYYY-MM-DD dates. The one
 * place that knows how a day is counted; everything else asks here.
 *
 * Local wall-clock time is a moment shifted by `offsetMinutes` (east of UTC, the negation of
 * Date#getTimezoneOffset), passed in so tests control it, never read from the machine here
 * except by the helpers named for it (`today`, `toLocalIso`'s default).
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

function pad(n: number, width = 2): string {
  return String(Math.abs(Math.trunc(n))).padStart(width, '0');
}

/**
 * `date` as ISO 8601 in local time with the offset, e.g. 2026-11-25T10:12:00+01:00.
 * `offsetMinutes` is east of UTC (the negation of Date#getTimezoneOffset); tests pass it.
 */
export function toLocalIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`
  );
}

/** Matches what toLocalIso writes (seconds required, fraction optional, Z or ±hh:mm). */
export const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoWithOffset(value: unknown): value is string {
  return typeof value === 'string' && ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

/** The calendar date (YYYY-MM-DD) of an ISO timestamp as its writer saw it, from the text itself. */
/** Milliseconds since the epoch of a timestamp; one that does not parse sorts last. */
export function instant(created: string): number {
  const t = Date.parse(created);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

export function localDateOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * A timestamp reduced to its writer's calendar day (midnight, written as UTC so no offset
 * hints at where the writer is). Used for anonymous reflections: the minute and the time
 * zone of a file can point at its author as surely as a name.
 */
export function dayOnly(iso: string): string {
  return `${localDateOf(iso)}T00:00:00Z`;
}

/** The local calendar date (YYYY-MM-DD) of `now` at `offsetMinutes` east of UTC. */
export function localDay(now: Date, offsetMinutes: number): string {
  return localDateOf(toLocalIso(now, offsetMinutes));
}

/** Minutes east of UTC on this machine at `now` (the negation of Date#getTimezoneOffset). */
export function localOffsetMinutes(now: Date): number {
  return -now.getTimezoneOffset();
}

/** Today as the person sees it: the local date of `now` in this machine's time zone. */
export function today(now: Date): string {
  return localDay(now, localOffsetMinutes(now));
}

// ---- Whole local days since 1970-01-01, for rules that count days and weekdays ----

/** The number of the local day `date` falls on (day 0 is 1970-01-01). */
export function localDayNumber(date: Date, offsetMinutes: number): number {
  return Math.floor((date.getTime() + offsetMinutes * MINUTE_MS) / DAY_MS);
}

/** The weekday of a day number, 0 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The UTC moment (milliseconds) at which local day `dayNumber` starts. */
export function startOfLocalDay(dayNumber: number, offsetMinutes: number): number {
  return dayNumber * DAY_MS - offsetMinutes * MINUTE_MS;
}

// ---- Arithmetic on calendar dates (YYYY-MM-DD) ----

/** Midnight UTC of a calendar date, in milliseconds: the date as a number to count with. */
export function dateToUtc(date: string): number {
  // The written form, read without the arrays a split makes: insights age every action this way.
  if (date.length === 10 && date[4] === '-' && date[7] === '-') return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The calendar date of a UTC moment (milliseconds). */
export function utcToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `days` days after `date` (before it when negative): addDays('2026-12-31', 1) = '2027-01-01'. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return utcToDate(Date.UTC(y, m - 1, d + days));
}

/** The day after `date`. */
export function dayAfter(date: string): string {
  return addDays(date, 1);
}

/** `days` days before `date`: daysBefore('2026-11-25', 27) = '2026-10-29'. */
export function daysBefore(date: string, days: number): string {
  return addDays(date, -days);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtc(to) - dateToUtc(from)) / DAY_MS);
}
