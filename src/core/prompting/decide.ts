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
 * `offsetMinutes` (east of UTC), as in calendar.ts, never the machine's time zone.
 * Settings are in settings.ts, the state and its changes in state.ts, the working day in
 * workingHours.ts.
 */
import { DAY_MS, MINUTE_MS, localDay, localDayNumber, startOfLocalDay } from '../calendar';
import { MAX_POSSIBLE_GAP, type PolicySettings } from './settings';
import { MAX_SNOOZE_MINUTES, instant, isoAt, tidy, type PolicyState } from './state';
import { isWithinWorkingHours, nextWorkingStart } from './workingHours';
import { msg, type Message } from '../util/message';

/** While another prompt or session is showing, a signal asks again this much later. */
export const PROMPT_SHOWING_RECHECK_SECONDS = 60;
/**
 * How far in the future a recorded "past" moment may be before we call it a clock change:
 * clocks drift and NTP corrects them by seconds, so a few minutes is noise, not a jump.
 */
export const CLOCK_TOLERANCE_MINUTES = 5;

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
export type DecideResult = Decision & { state: PolicyState; warning?: Message };

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

function humanDuration(ms: number): Message {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 120) return msg('{0} minutes', minutes);
  const hours = Math.round(ms / (60 * MINUTE_MS));
  if (hours < 48) return msg('{0} hours', hours);
  return msg('{0} days', Math.round(ms / DAY_MS));
}

/**
 * Brings a state in line with `now`: stale days and expired snoozes are dropped, and moments a
 * clock change left in the future are pulled back, because a clock set back (by hand, by a
 * dead CMOS battery, or after running ahead) would otherwise hold prompts until it caught up,
 * possibly for years. Forward jumps (sleep, a long weekend, a clock running ahead) need no
 * correction: every wait just expires, exactly as after a long absence, which they cannot be
 * told apart from.
 */
function correctState(state: PolicyState, now: Date, offsetMinutes: number, settings: PolicySettings): { state: PolicyState; warnings: Message[] } {
  const t = now.getTime();
  const tolerance = CLOCK_TOLERANCE_MINUTES * MINUTE_MS;
  const warnings: Message[] = [];
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
    warnings.push(msg('The system clock went back by about {0} since the last coaching prompt; Retro Coach has moved its waits back by as much.', humanDuration(shift)));
  }

  // No setting draws a gap longer than interval × (1 + jitter). A longer one comes from a
  // shorter interval set since (honour the new setting quietly) or, when beyond anything the
  // settings allow, from a clock that ran far ahead (say so).
  const base = Math.min(instant(next.lastPromptAt) ?? t, t);
  const allowed = instant(next.nextAllowedAt);
  const longest = settings.minIntervalMinutes * (1 + Math.max(0, settings.jitter)) * MINUTE_MS;
  if (allowed !== undefined && allowed - base > longest + tolerance) {
    next.nextAllowedAt = isoAt(base + longest);
    if (allowed - base > MAX_POSSIBLE_GAP + tolerance) {
      warnings.push(msg('The next coaching prompt was scheduled {0} ahead, further than any setting allows; the clock seems to have changed, so it is rescheduled within {1}.', humanDuration(allowed - t), humanDuration(longest)));
    }
  }

  const snoozed = instant(next.snoozedUntil);
  if (snoozed !== undefined && snoozed <= t) next.snoozedUntil = undefined;
  else if (snoozed !== undefined && snoozed - t > MAX_SNOOZE_MINUTES * MINUTE_MS + tolerance) {
    next.snoozedUntil = undefined;
    warnings.push(msg('Coaching prompts were snoozed for another {0}, longer than any snooze; the clock seems to have changed, so the snooze is lifted.', humanDuration(snoozed - t)));
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
    warnings.length ? { ...decision, state, warning: warnings.reduce((all, next) => msg('{0} {1}', all, next)) } : { ...decision, state };
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
