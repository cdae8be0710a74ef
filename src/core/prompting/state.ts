/**
 * What the prompt policy remembers between prompts and reloads, and the changes the person's
 * answers make to it (snooze, not today, pause) or a shown prompt makes (recordPrompt).
 * Plain JSON-safe data; the caller keeps it in globalState.
 */
import type { Random } from '../model/ids';
import { isCalendarDate } from '../model/reflection';
import { MINUTE_MS, isIsoWithOffset, localDay } from '../calendar';
import { isObject } from '../util/guards';
import type { PolicySettings } from './settings';

/** "Snooze 1 h" on a prompt. */
export const DEFAULT_SNOOZE_MINUTES = 60;
/** No snooze outlasts a day, which also bounds how long a snooze can block after a clock change. */
export const MAX_SNOOZE_MINUTES = 24 * 60;

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

/** The moment of a stored ISO string, or undefined when there is none or it does not parse. */
export function instant(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/** A moment as stored: UTC ISO 8601. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

/** Drops keys whose value is undefined, so states compare and serialize the same way. */
export function tidy(state: PolicyState): PolicyState {
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
    nextAllowedAt: isoAt(now.getTime() + settings.minIntervalMinutes * factor * MINUTE_MS),
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
  return { ...without(state, 'nextAllowedAt'), snoozedUntil: isoAt(now.getTime() + length * MINUTE_MS) };
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
