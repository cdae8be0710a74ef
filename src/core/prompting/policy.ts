/**
 * When to ask: the prompt policy. Retro Coach notices friction signals (a failed task, a long
 * debug session, a commit, a branch switch, the end of the day, a long gap) and this module
 * decides whether one of them may interrupt the person now. Interruptions are what the whole
 * product costs its users, so every rule errs towards not asking: a minimum interval with
 * jitter (so prompts never tick like a metronome), a daily cap, working hours, a pause in
 * typing, and the person's own snooze, "not today" and pause.
 *
 * Plain data and pure functions only: the clock, the UTC offset and the random source come in
 * as arguments, and the state is a JSON-safe object the caller keeps in globalState, so
 * decisions survive a reload and tests control time. Local wall-clock time is `now` shifted by
 * `offsetMinutes` (east of UTC), as in time.ts, never the machine's time zone.
 */
import type { Random } from '../model/ids';
import { isCalendarDate } from '../model/reflection';
import { isIsoWithOffset, localDateOf, toLocalIso } from '../calendar';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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

/** "Snooze 1 h" on a prompt. */
export const DEFAULT_SNOOZE_MINUTES = 60;
/** No snooze outlasts a day, which also bounds how long a snooze can block after a clock change. */
export const MAX_SNOOZE_MINUTES = 24 * 60;
/** The end-of-day signal fires in this many minutes before workEnd. */
export const END_OF_DAY_WINDOW_MINUTES = 30;
/** The "long gap" signal: working days without a reflection before Retro Coach asks. */
export const DEFAULT_GAP_WORKING_DAYS = 3;
/** While another prompt or session is showing, a signal asks again this much later. */
export const PROMPT_SHOWING_RECHECK_SECONDS = 60;
/**
 * How far in the future a recorded "past" moment may be before we call it a clock change:
 * clocks drift and NTP corrects them by seconds, so a few minutes is noise, not a jump.
 */
export const CLOCK_TOLERANCE_MINUTES = 5;

/** Bounds of each numeric setting, used both to validate and to word the warning. */
const RANGES = {
  minIntervalMinutes: { min: 1, max: 7 * 24 * 60, integer: false, what: 'a number of minutes from 1 to 10080' },
  jitter: { min: 0, max: 0.5, integer: false, what: 'a fraction from 0 to 0.5 (0.2 means ±20 %)' },
  dailyCap: { min: 0, max: 50, integer: true, what: 'a whole number from 0 to 50 (0 turns automatic prompts off)' },
  typingPauseSeconds: { min: 0, max: 600, integer: false, what: 'a number of seconds from 0 to 600' },
} as const;

/** The longest gap any valid settings can draw; a scheduled prompt further away than this cannot come from settings. */
const MAX_POSSIBLE_GAP = RANGES.minIntervalMinutes.max * (1 + RANGES.jitter.max) * MINUTE;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a bad setting for a warning (never the whole value). */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === 'string' ? `'${short}'` : short;
}

/** Minutes after local midnight of an 'HH:MM' time, or undefined. '24:00' only when it may end a day. */
function parseClock(value: unknown, allowMidnightEnd: boolean): number | undefined {
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
export function readPolicySettings(raw: unknown): { settings: PolicySettings; warnings: string[] } {
  const warnings: string[] = [];
  const settings: PolicySettings = { ...DEFAULT_POLICY, workDays: [...DEFAULT_POLICY.workDays] };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isObject(raw)) {
    warnings.push(`${POLICY_SETTINGS_SECTION} is ${describe(raw)}, not a group of settings; using the defaults`);
    return { settings, warnings };
  }
  const given = (key: keyof PolicySettings) => raw[key] !== undefined && raw[key] !== null;
  const warn = (key: keyof PolicySettings, what: string, fallback: string) =>
    warnings.push(`${POLICY_SETTINGS_SECTION}.${key} ${describe(raw[key])} is not ${what}; using ${fallback}`);

  for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    if (!given(key)) continue;
    const value = raw[key];
    const { min, max, integer, what } = RANGES[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) settings[key] = value;
    else warn(key, what, String(DEFAULT_POLICY[key]));
  }

  if (given('workDays')) {
    const days = raw.workDays;
    if (Array.isArray(days) && days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
      settings.workDays = [...new Set(days as number[])].sort((a, b) => a - b);
    } else {
      warn('workDays', 'a non-empty list of weekdays from 0 (Sunday) to 6 (Saturday)', `[${DEFAULT_POLICY.workDays.join(', ')}]`);
    }
  }

  for (const key of ['workStart', 'workEnd'] as const) {
    if (!given(key)) continue;
    const value = raw[key];
    if (parseClock(value, key === 'workEnd') !== undefined) settings[key] = (value as string).trim();
    else warn(key, `a time like ${DEFAULT_POLICY[key]}`, DEFAULT_POLICY[key]);
  }
  // Hours that wrap past midnight are not supported: the daily cap counts calendar days, and a
  // shift that straddles two of them would be counted twice. Better to say so than half-work.
  if (parseClock(settings.workStart, false)! >= parseClock(settings.workEnd, true)!) {
    warnings.push(
      `${POLICY_SETTINGS_SECTION}.workStart '${settings.workStart}' and workEnd '${settings.workEnd}' leave no working hours ` +
        `(the end must be later on the same day); using ${DEFAULT_POLICY.workStart}–${DEFAULT_POLICY.workEnd}`,
    );
    settings.workStart = DEFAULT_POLICY.workStart;
    settings.workEnd = DEFAULT_POLICY.workEnd;
  }
  return { settings, warnings };
}

/**
 * What the policy remembers between prompts and reloads. The caller stores it as JSON in
 * globalState (per machine, not per workspace: the person is interrupted, not the folder).
 * Moments are UTC ISO strings (`Date#toISOString`); days are local YYYY-MM-DD.
 */
export interface PolicyState {
  /** A state of another shape (an older or newer Retro Coach) is dropped rather than misread. */
  version: 1;
  /** Set by Coach: Pause Prompts; only Resume Prompts clears it, so it outlives reloads and days. */
  paused: boolean;
  /** Also how a clock set back shows itself: no prompt can have been shown in the future. */
  lastPromptAt?: string;
  /**
   * The end of the gap after the last prompt, drawn once per prompt: re-rolling it on reload
   * would sample the jitter until it came up short. Absent, nothing but a snooze holds prompts.
   */
  nextAllowedAt?: string;
  /** The local day `promptsToday` counts; a different day means the count is stale. */
  day?: string;
  promptsToday: number;
  snoozedUntil?: string;
  /** The local day the person said "Not today"; any later day ends it. */
  notTodayDate?: string;
}

export const INITIAL_POLICY_STATE: Readonly<PolicyState> = Object.freeze({ version: 1, paused: false, promptsToday: 0 });

function instant(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

/** Drops keys whose value is undefined, so states compare and serialize the same way. */
function tidy(state: PolicyState): PolicyState {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as unknown as PolicyState;
}

function without(state: PolicyState, ...keys: ('nextAllowedAt' | 'snoozedUntil' | 'notTodayDate')[]): PolicyState {
  const copy = { ...state };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * The state saved in globalState, checked field by field: it may come from an older build, a
 * synced machine or a hand edit. Never throws. Anything that is not a version-1 state gives the
 * initial state; within one, a bad field is dropped alone (a bad `paused` reads as not paused,
 * a bad count or day loses only today's count).
 */
export function restorePolicyState(raw: unknown): PolicyState {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ...INITIAL_POLICY_STATE };
    }
  }
  if (!isObject(value) || value.version !== 1) return { ...INITIAL_POLICY_STATE };
  const state: PolicyState = { version: 1, paused: value.paused === true, promptsToday: 0 };
  for (const key of ['lastPromptAt', 'nextAllowedAt', 'snoozedUntil'] as const) {
    if (isIsoWithOffset(value[key])) state[key] = value[key];
  }
  if (isCalendarDate(value.notTodayDate)) state.notTodayDate = value.notTodayDate;
  const count = value.promptsToday;
  if (isCalendarDate(value.day) && typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= 1000) {
    state.day = value.day;
    state.promptsToday = count;
  }
  return state;
}

// ---- Local calendar arithmetic (whole days since 1970-01-01 in local time) ----

function localDayNumber(date: Date, offsetMinutes: number): number {
  return Math.floor((date.getTime() + offsetMinutes * MINUTE) / DAY);
}

/** 0 = Sunday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The UTC moment at which local day `dayNumber` starts. */
function startOfLocalDay(dayNumber: number, offsetMinutes: number): number {
  return dayNumber * DAY - offsetMinutes * MINUTE;
}

/** The local calendar date (YYYY-MM-DD) of `now`: the key of the daily count and of "not today". */
export function localDay(now: Date, offsetMinutes: number): string {
  return localDateOf(toLocalIso(now, offsetMinutes));
}

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
  return isWorkDay(settings, day) && intoDay >= start * MINUTE && intoDay < end * MINUTE;
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
    const at = startOfLocalDay(day, offsetMinutes) + start * MINUTE;
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
  return intoDay >= Math.max(start, end - END_OF_DAY_WINDOW_MINUTES) * MINUTE && intoDay < end * MINUTE;
}

// ---- Deciding ----

/** The signal is kept and asked about again at `until`: the moment is wrong, not the signal. */
export type WaitReason = 'typing' | 'prompt-showing';
/** The signal is dropped: asking about it later would be asking about something stale. */
export type SkipReason = 'paused' | 'not-today' | 'snoozed' | 'daily-cap' | 'outside-hours' | 'interval';

export type Decision =
  | { verdict: 'prompt' }
  | { verdict: 'wait'; until: Date; reason: WaitReason }
  /** `until`: the earliest moment a prompt could be allowed again; absent when only the person (resume) or a setting can allow it. */
  | { verdict: 'skip'; reason: SkipReason; until?: Date };

/**
 * A decision with the state it was made on. `state` is the input object itself when nothing
 * needed correcting, so the caller can persist only when `result.state !== state`.
 * `warning` is a sentence for the person (the clock changed under us); it comes once as long
 * as the caller saves the corrected `state`, and again on every decision if it does not.
 */
export type DecideResult = Decision & { state: PolicyState; warning?: string };

export interface DecideInput {
  now: Date;
  /** Minutes east of UTC, today's (the negation of Date#getTimezoneOffset). */
  offsetMinutes: number;
  state: PolicyState;
  settings: PolicySettings;
  /** The last edit the caller saw in any editor; absent when there has been none. */
  lastKeystrokeAt?: Date;
  /** A Retro Coach prompt or coaching session is on screen. */
  promptShowing: boolean;
}

function humanDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(ms / (60 * MINUTE));
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(ms / DAY)} days`;
}

/**
 * Brings a state in line with `now`: stale days and expired snoozes are dropped, and moments a
 * clock change left in the future are pulled back, because a clock set back (by hand, by a
 * dead CMOS battery, or after running ahead) would otherwise hold prompts until it caught up,
 * possibly for years. Forward jumps (sleep, a long weekend, a clock running ahead) need no
 * correction: every wait just expires, exactly as after a long absence, which they cannot be
 * told apart from.
 */
function correctState(state: PolicyState, now: Date, offsetMinutes: number, settings: PolicySettings): { state: PolicyState; warnings: string[] } {
  const t = now.getTime();
  const tolerance = CLOCK_TOLERANCE_MINUTES * MINUTE;
  const warnings: string[] = [];
  const next: PolicyState = { ...state };

  // A prompt recorded in the future means the clock went back by at least that much. Every
  // moment in the state was written by that clock, so all of them move back together: a snooze
  // still lasts its hour and the drawn gap its length, counted from now.
  const last = instant(next.lastPromptAt);
  if (last !== undefined && last - t > tolerance) {
    const shift = last - t;
    for (const key of ['lastPromptAt', 'nextAllowedAt', 'snoozedUntil'] as const) {
      const at = instant(next[key]);
      if (at !== undefined) next[key] = isoAt(at - shift);
    }
    warnings.push(`The system clock went back by about ${humanDuration(shift)} since the last coaching prompt; Retro Coach has moved its waits back by as much.`);
  }

  // No setting draws a gap longer than interval × (1 + jitter). A longer one comes from a
  // shorter interval set since (honour the new setting quietly) or, when beyond anything the
  // settings allow, from a clock that ran far ahead (say so).
  const base = Math.min(instant(next.lastPromptAt) ?? t, t);
  const allowed = instant(next.nextAllowedAt);
  const longest = settings.minIntervalMinutes * (1 + Math.max(0, settings.jitter)) * MINUTE;
  if (allowed !== undefined && allowed - base > longest + tolerance) {
    next.nextAllowedAt = isoAt(base + longest);
    if (allowed - base > MAX_POSSIBLE_GAP + tolerance) {
      warnings.push(`The next coaching prompt was scheduled ${humanDuration(allowed - t)} ahead, further than any setting allows; the clock seems to have changed, so it is rescheduled within ${humanDuration(longest)}.`);
    }
  }

  const snoozed = instant(next.snoozedUntil);
  if (snoozed !== undefined && snoozed <= t) next.snoozedUntil = undefined;
  else if (snoozed !== undefined && snoozed - t > MAX_SNOOZE_MINUTES * MINUTE + tolerance) {
    next.snoozedUntil = undefined;
    warnings.push(`Coaching prompts were snoozed for another ${humanDuration(snoozed - t)}, longer than any snooze; the clock seems to have changed, so the snooze is lifted.`);
  }

  // Days move back quietly: flying west across midnight does this too, without any clock fault.
  const today = localDay(now, offsetMinutes);
  if (next.notTodayDate !== undefined && next.notTodayDate < today) next.notTodayDate = undefined;
  else if (next.notTodayDate !== undefined && next.notTodayDate > today) next.notTodayDate = today;
  if (next.day !== today && (next.day !== undefined || next.promptsToday !== 0)) {
    next.day = undefined;
    next.promptsToday = 0;
  }

  const tidied = tidy(next);
  const changed = JSON.stringify(tidied) !== JSON.stringify(tidy(state));
  return { state: changed ? tidied : state, warnings };
}

/** When the gap after the last prompt ends; none without a drawn gap (never prompted, or snoozed instead). */
function intervalEnd(state: PolicyState): number | undefined {
  return instant(state.nextAllowedAt);
}

/**
 * The earliest moment every time-based rule allows a prompt, for a corrected state: after the
 * snooze and the interval, on the next day if today is used up (cap, not today), then inside
 * working hours. Undefined when only the person (pause) or a setting (cap 0) can allow one.
 */
function possibleAgainAt(state: PolicyState, now: Date, offsetMinutes: number, settings: PolicySettings): Date | undefined {
  if (state.paused || settings.dailyCap <= 0) return undefined;
  let at = Math.max(now.getTime(), instant(state.snoozedUntil) ?? -Infinity, intervalEnd(state) ?? -Infinity);
  const today = localDay(now, offsetMinutes);
  const todayUsedUp = state.notTodayDate === today || (state.day === today && state.promptsToday >= settings.dailyCap);
  if (todayUsedUp) at = Math.max(at, startOfLocalDay(localDayNumber(now, offsetMinutes) + 1, offsetMinutes));
  return nextWorkingStart(new Date(at), offsetMinutes, settings);
}

/**
 * Whether a friction signal may become a prompt now. The person's own choices come first
 * (pause, not today, snooze), then the budget (daily cap, working hours, interval): any of
 * these drops the signal. Only then the moment: a prompt already showing or recent typing make
 * the signal wait, so a failed build is still asked about once the person stops typing.
 * Skips come before waits because waiting for a signal that will be dropped is pointless.
 */
export function decide(input: DecideInput): DecideResult {
  const { now, offsetMinutes, settings } = input;
  const { state, warnings } = correctState(input.state, now, offsetMinutes, settings);
  const result = (decision: Decision): DecideResult =>
    warnings.length ? { ...decision, state, warning: warnings.join(' ') } : { ...decision, state };
  const skip = (reason: SkipReason): DecideResult => {
    const until = possibleAgainAt(state, now, offsetMinutes, settings);
    return result(until ? { verdict: 'skip', reason, until } : { verdict: 'skip', reason });
  };
  const t = now.getTime();

  if (state.paused) return result({ verdict: 'skip', reason: 'paused' });
  if (state.notTodayDate === localDay(now, offsetMinutes)) return skip('not-today');
  if ((instant(state.snoozedUntil) ?? -Infinity) > t) return skip('snoozed');
  if (state.promptsToday >= settings.dailyCap) return skip('daily-cap');
  if (!isWithinWorkingHours(now, offsetMinutes, settings)) return skip('outside-hours');
  if ((intervalEnd(state) ?? -Infinity) > t) return skip('interval');

  if (input.promptShowing) return result({ verdict: 'wait', reason: 'prompt-showing', until: new Date(t + PROMPT_SHOWING_RECHECK_SECONDS * 1000) });
  const pause = settings.typingPauseSeconds * 1000;
  if (input.lastKeystrokeAt && pause > 0) {
    // A keystroke "in the future" is a clock change too: count it as typed now, never wait longer than one pause.
    const typedAt = Math.min(input.lastKeystrokeAt.getTime(), t);
    if (t - typedAt < pause) return result({ verdict: 'wait', reason: 'typing', until: new Date(typedAt + pause) });
  }
  return result({ verdict: 'prompt' });
}

// ---- Changing the state ----

/**
 * Call when a prompt is shown (not when a signal arrives): counts it for today and draws the
 * gap to the next one. The gap is drawn here, once, and saved, because drawing it in decide()
 * would re-roll it on every signal and reload and make short gaps far likelier than long ones.
 */
export function recordPrompt(state: PolicyState, now: Date, offsetMinutes: number, settings: PolicySettings, random: Random): PolicyState {
  const today = localDay(now, offsetMinutes);
  const r = Math.min(1, Math.max(0, random()));
  const factor = Math.max(0, 1 + settings.jitter * (2 * r - 1));
  return {
    ...without(state, 'snoozedUntil'),
    lastPromptAt: now.toISOString(),
    nextAllowedAt: isoAt(now.getTime() + settings.minIntervalMinutes * factor * MINUTE),
    day: today,
    promptsToday: (state.day === today ? state.promptsToday : 0) + 1,
  };
}

/**
 * "Snooze 1 h", an answer to the prompt on screen: ask again in `minutes`. It replaces the gap
 * drawn for that prompt, because the person asked to have it back in an hour, not in an hour
 * plus whatever is left of the interval. Bounded to 1 minute … 1 day.
 */
export function snooze(state: PolicyState, now: Date, minutes = DEFAULT_SNOOZE_MINUTES): PolicyState {
  const length = Number.isFinite(minutes) ? Math.min(MAX_SNOOZE_MINUTES, Math.max(1, minutes)) : DEFAULT_SNOOZE_MINUTES;
  return { ...without(state, 'nextAllowedAt'), snoozedUntil: isoAt(now.getTime() + length * MINUTE) };
}

/** "Not today": no prompts until the next local day. Supersedes a snooze. */
export function notToday(state: PolicyState, now: Date, offsetMinutes: number): PolicyState {
  return { ...without(state, 'snoozedUntil'), notTodayDate: localDay(now, offsetMinutes) };
}

/**
 * Coach: Pause Prompts / Resume Prompts. Resuming also ends a snooze and "not today": it is the
 * person saying, right now, that they want prompts again, and a toggle that stays silent after
 * Resume would look broken.
 */
export function setPaused(state: PolicyState, paused: boolean): PolicyState {
  if (paused) return { ...state, paused: true };
  return { ...without(state, 'snoozedUntil', 'notTodayDate'), paused: false };
}
