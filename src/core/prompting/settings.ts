/**
 * The prompt policy's settings (`retroCoach.prompts.*`): their defaults, their bounds and the
 * reader that checks what people typed into settings.json. See decide.ts for what they govern.
 */
import { MINUTE_MS } from '../calendar';
import { isObject } from '../util/guards';
import { msg, type Message } from '../util/message';

/** The settings section; warnings name `retroCoach.prompts.<key>` so people can find the line to fix. */
export const POLICY_SETTINGS_SECTION = 'retroCoach.prompts';

export interface PolicySettings {
  /** Nominal minutes between two prompts; each gap is drawn once from interval × (1 ± jitter). */
  minIntervalMinutes: number;
  /** Fraction, 0.2 = ±20 %: varied gaps feel like attention, fixed ones like an alarm clock. */
  jitter: number;
  /** Most prompts per local calendar day; 0 turns automatic prompts off. */
  dailyCap: number;
  /** Local weekdays that are working days, 0 = Sunday … 6 = Saturday. */
  workDays: readonly number[];
  /** Local 'HH:MM'; prompts may come from this minute on. */
  workStart: string;
  /** Local 'HH:MM' (up to '24:00'), exclusive: at 18:00 the working day is over. */
  workEnd: string;
  /** Seconds without a keystroke before a prompt may appear, so it never steals typed characters. */
  typingPauseSeconds: number;
}

export const DEFAULT_POLICY: Readonly<PolicySettings> = Object.freeze({
  minIntervalMinutes: 90,
  jitter: 0.2,
  dailyCap: 3,
  workDays: Object.freeze([1, 2, 3, 4, 5]),
  workStart: '09:00',
  workEnd: '18:00',
  typingPauseSeconds: 30,
});

/** Bounds of each numeric setting, used both to validate and to word the warning (`{0}` and `{1}` are min and max). */
const RANGES = {
  minIntervalMinutes: { min: 1, max: 7 * 24 * 60, integer: false, what: (min: number, max: number) => msg('a number of minutes from {0} to {1}', min, max) },
  jitter: { min: 0, max: 0.5, integer: false, what: (min: number, max: number) => msg('a fraction from {0} to {1} (0.2 means ±20 %)', min, max) },
  dailyCap: { min: 0, max: 50, integer: true, what: (min: number, max: number) => msg('a whole number from {0} to {1} (0 turns automatic prompts off)', min, max) },
  typingPauseSeconds: { min: 0, max: 600, integer: false, what: (min: number, max: number) => msg('a number of seconds from {0} to {1}', min, max) },
} as const;

/** The longest gap any valid settings can draw; a scheduled prompt further away than this cannot come from settings. */
export const MAX_POSSIBLE_GAP = RANGES.minIntervalMinutes.max * (1 + RANGES.jitter.max) * MINUTE_MS;

/** A short description of a bad setting for a warning (never the whole value). */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === 'string' ? `'${short}'` : short;
}

/** Minutes after local midnight of an 'HH:MM' time, or undefined. '24:00' only when it may end a day. */
export function parseClock(value: unknown, allowMidnightEnd: boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0 && allowMidnightEnd) return 24 * 60;
  return hours <= 23 ? hours * 60 + minutes : undefined;
}

/**
 * Reads the user's settings (the object under `retroCoach.prompts`). settings.json is hand
 * edited and VS Code only underlines wrong values, so each field is checked on its own: a
 * bad one falls back to its default with a warning, and the good ones still apply.
 */
export function readPolicySettings(raw: unknown): { settings: PolicySettings; warnings: Message[] } {
  const warnings: Message[] = [];
  const settings: PolicySettings = { ...DEFAULT_POLICY, workDays: [...DEFAULT_POLICY.workDays] };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isObject(raw)) {
    warnings.push(msg('{0} is {1}, not a group of settings; using the defaults', POLICY_SETTINGS_SECTION, describe(raw)));
    return { settings, warnings };
  }
  const given = (key: keyof PolicySettings) => raw[key] !== undefined && raw[key] !== null;
  const warn = (key: keyof PolicySettings, what: Message, fallback: string) =>
    warnings.push(msg('{0} {1} is not {2}; using {3}', `${POLICY_SETTINGS_SECTION}.${key}`, describe(raw[key]), what, fallback));

  for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    if (!given(key)) continue;
    const value = raw[key];
    const { min, max, integer, what } = RANGES[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) settings[key] = value;
    else warn(key, what(min, max), String(DEFAULT_POLICY[key]));
  }

  if (given('workDays')) {
    const days = raw.workDays;
    if (Array.isArray(days) && days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
      settings.workDays = [...new Set(days as number[])].sort((a, b) => a - b);
    } else {
      warn('workDays', msg('a non-empty list of weekdays from 0 (Sunday) to 6 (Saturday)'), `[${DEFAULT_POLICY.workDays.join(', ')}]`);
    }
  }

  for (const key of ['workStart', 'workEnd'] as const) {
    if (!given(key)) continue;
    const value = raw[key];
    if (parseClock(value, key === 'workEnd') !== undefined) settings[key] = (value as string).trim();
    else warn(key, msg('a time like {0}', DEFAULT_POLICY[key]), DEFAULT_POLICY[key]);
  }
  // Hours that wrap past midnight are not supported: the daily cap counts calendar days, and a
  // shift that straddles two of them would be counted twice. Better to say so than half-work.
  if (parseClock(settings.workStart, false)! >= parseClock(settings.workEnd, true)!) {
    warnings.push(msg(
      "{0}.workStart '{1}' and workEnd '{2}' leave no working hours (the end must be later on the same day); using {3}–{4}",
      POLICY_SETTINGS_SECTION, settings.workStart, settings.workEnd, DEFAULT_POLICY.workStart, DEFAULT_POLICY.workEnd,
    ));
    settings.workStart = DEFAULT_POLICY.workStart;
    settings.workEnd = DEFAULT_POLICY.workEnd;
  }
  return { settings, warnings };
}
