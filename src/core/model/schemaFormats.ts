/**
 * The JSON Schema formats the file formats use (`date` on due dates, `date-time` on
 * `created`), as the validator generated from the schemas runs them. They mean what
 * ajv-formats' "full" formats mean (RFC 3339), which editors and the differential test
 * apply; a unit test compares the two on every shape of input. Pure: the webview may bundle it.
 */

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A day that exists in the proleptic Gregorian calendar, by arithmetic: no Date, so years 0000–0099 stay themselves. */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]);
}

/**
 * A time of day with a UTC offset: hours 00–23, minutes and seconds 00–59, offsets up to
 * ±23:59, and the leap second 60 only where it falls at 23:59 UTC (RFC 3339 section 5.6).
 */
export function isRealTime(text: string): boolean {
  const m = TIME.exec(text);
  if (!m || !m[4]) return false;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const sign = m[5] === '-' ? -1 : 1;
  const [offsetHours, offsetMinutes] = [Number(m[6] ?? 0), Number(m[7] ?? 0)];
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - offsetMinutes * sign;
  const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** A date and a time with an offset, joined by `T` (or `t` or a space, as RFC 3339 allows). */
export function isRealDateTime(text: string): boolean {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && isRealDate(parts[0]) && isRealTime(parts[1]);
}

/** The formats by name, in the shape the generated validators call them. */
export const SCHEMA_FORMATS = {
  date: { validate: isRealDate },
  'date-time': { validate: isRealDateTime },
} as const;
