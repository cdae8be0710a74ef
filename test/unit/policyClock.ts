import type { PolicySettings } from '../../src/core/prompting/settings';
import { DEFAULT_POLICY } from '../../src/core/prompting/settings';
import { INITIAL_POLICY_STATE, recordPrompt, type PolicyState } from '../../src/core/prompting/state';
import { decide, type DecideInput } from '../../src/core/prompting/decide';

/** Clocks and shorthands shared by the prompt policy tests. */

/** Central European winter time: 2026-11-23 is a Monday. */
export const CET = 60;
export const IST = 330; // +05:30
export const PST = -480; // -08:00
export const MIN = 60_000;

/** A moment written as local wall-clock time with its offset, e.g. at('2026-11-23T09:00', '+01:00'). */
export function at(local: string, offset = '+01:00'): Date {
  return new Date(`${local}:00${offset}`);
}

/** A random source that always returns `r`: the middle (0.5) draws exactly the nominal interval. */
export const fixed = (r: number) => () => r;

export function ask(now: Date, state: PolicyState, extra: Partial<DecideInput> = {}) {
  return decide({ now, offsetMinutes: CET, state, settings: DEFAULT_POLICY, promptShowing: false, ...extra });
}

export function prompted(now: Date, state: PolicyState = INITIAL_POLICY_STATE, settings: PolicySettings = DEFAULT_POLICY, offset = CET): PolicyState {
  return recordPrompt(state, now, offset, settings, fixed(0.5));
}
