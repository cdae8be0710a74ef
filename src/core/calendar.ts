/** Local time with its UTC offset, as people read it and as ISO 8601 allows. */

function pad(n: number, width = 2): string {
  return String(Math.abs(Math.trunc(n))).padStart(width, '0');
}

/**
 * `date` as ISO 8601 in local time with the offset, e.g. 2026-11-25T10:12:00+01:00.
 * `offsetMinutes` is east of UTC (the negation of Date#getTimezoneOffset); tests pass it.
 */
export function toLocalIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
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
