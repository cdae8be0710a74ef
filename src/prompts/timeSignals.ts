import * as vscode from 'vscode';
import { DEFAULT_GAP_WORKING_DAYS, endOfDayDue, workingDaysBetween } from '../core/prompting/workingHours';
import { localDay, localOffsetMinutes } from '../core/calendar';
import { onDidSaveReflection } from '../host/save';
import { SETTINGS } from '../settings';
import { setting, signalEnabled } from '../host/settings';
import type { PolicyStore } from './policyStore';
import type { SignalSink } from './signal';

const LAST_REFLECTION_KEY = 'retroCoach.lastReflectionAt.v1';
const LAST_END_OF_DAY_KEY = 'retroCoach.lastEndOfDayPrompt.v1';
const LAST_GAP_KEY = 'retroCoach.lastGapPrompt.v1';
const CHECK_EVERY_MS = 60_000;

/**
 * The signals that come from the clock: the end of the working day, and a long gap since
 * this person's last reflection (counted from the first time Retro Coach ran, before any).
 * Each fires at most once per local day.
 */
export function watchTime(emit: SignalSink, now: () => Date, memento: vscode.Memento, policy: PolicyStore): vscode.Disposable {
  if (!memento.get<string>(LAST_REFLECTION_KEY)) void memento.update(LAST_REFLECTION_KEY, now().toISOString());
  const check = () => {
    const at = now();
    const offset = localOffsetMinutes(at);
    const settings = policy.settings();
    const today = localDay(at, offset);
    if (signalEnabled('endOfDay') && endOfDayDue(at, offset, settings, memento.get<string>(LAST_END_OF_DAY_KEY))) {
      void memento.update(LAST_END_OF_DAY_KEY, today);
      emit({ kind: 'end-of-day', at });
    }
    const last = Date.parse(memento.get<string>(LAST_REFLECTION_KEY) ?? '');
    const gapDays = Math.max(1, setting(SETTINGS.signals.gapWorkingDays, DEFAULT_GAP_WORKING_DAYS));
    if (signalEnabled('gap') && !Number.isNaN(last) && memento.get<string>(LAST_GAP_KEY) !== today &&
        workingDaysBetween(new Date(last), at, offset, settings) >= gapDays) {
      void memento.update(LAST_GAP_KEY, today);
      emit({ kind: 'gap', at });
    }
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  const first = setTimeout(check, 5_000);
  return vscode.Disposable.from(
    new vscode.Disposable(() => { clearInterval(timer); clearTimeout(first); }),
    onDidSaveReflection(() => void memento.update(LAST_REFLECTION_KEY, now().toISOString())),
  );
}
