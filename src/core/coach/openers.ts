/**
 * When a friction signal starts the session, the first question fits what just happened:
 * a failed build asks about the blocker, a branch switch about what was left unfinished.
 * The rest of the session continues with options and will, so a prompted session stays short.
 */
import type { Random } from '../model/ids';
import type { Question } from '../questions/question';
import { selectQuestions } from '../questions/select';
import type { Trigger, TriggerKind } from '../model/reflection';
import type { KindChoice } from './session';

export type SignalKind = Exclude<TriggerKind, 'manual'>;

const opener = (id: string, kind: Question['kind'], stage: Question['stage'], text: string): Question => ({ id: `signal-${id}`, kind, stage, text });

/** Opening questions per signal; ids start with `signal-` so reflections show where they came from. */
export const SIGNAL_OPENERS: Readonly<Record<SignalKind, readonly Question[]>> = {
  'task-failed': [
    opener('task-failed-01', 'technical', 'reality', 'What is this failure actually blocking you from finishing?'),
    opener('task-failed-02', 'technical', 'reality', 'What would you need to know to fix this within the next half hour?'),
  ],
  'long-debug': [
    opener('long-debug-01', 'technical', 'reality', 'That was a long debugging session. What finally moved it, or what is still hiding from you?'),
    opener('long-debug-02', 'technical', 'reality', 'What would have cut that debugging session in half for you?'),
  ],
  commit: [
    opener('commit-01', 'procedural', 'reality', 'What did this change cost you that it should not have?'),
    opener('commit-02', 'procedural', 'reality', 'Between starting this change and committing it, where did your time go?'),
  ],
  'branch-switch': [
    opener('branch-switch-01', 'procedural', 'reality', 'What did you leave unfinished on the branch you just left, and what would it take to finish it?'),
    opener('branch-switch-02', 'procedural', 'reality', 'What pulled you off the work you were on before this switch?'),
  ],
  'end-of-day': [
    opener('end-of-day-01', 'personal', 'reality', 'What slowed you down most today?'),
    opener('end-of-day-02', 'personal', 'goal', 'What do you want to be different about tomorrow?'),
  ],
  gap: [
    opener('gap-01', 'procedural', 'reality', 'It has been a few working days. What has been getting in your way lately?'),
    opener('gap-02', 'personal', 'reality', 'Looking back over the last few days, where did your work stall?'),
  ],
};

/** Every signal opener, for linting with the bank. */
export const ALL_SIGNAL_OPENERS: readonly Question[] = Object.values(SIGNAL_OPENERS).flat();

/** The friction a signal most likely points at; 'unsure' draws the follow-on questions from every kind. */
export function kindForTrigger(trigger: Trigger): KindChoice {
  switch (trigger.kind) {
    case 'task-failed':
    case 'long-debug':
      return 'technical';
    case 'commit':
    case 'branch-switch':
      return 'procedural';
    default:
      return 'unsure';
  }
}

/** The opener for `trigger`, preferring the one this person saw longest ago; undefined for manual. */
export function openerFor(trigger: Trigger, lastAsked: Readonly<Record<string, string>>, random: Random): Question | undefined {
  if (trigger.kind === 'manual') return undefined;
  const candidates = SIGNAL_OPENERS[trigger.kind];
  const asked = (q: Question) => Date.parse(lastAsked[q.id] ?? '') || -Infinity;
  const oldest = Math.min(...candidates.map(asked));
  const fresh = candidates.filter((q) => asked(q) === oldest);
  return fresh[Math.min(fresh.length - 1, Math.floor(random() * fresh.length))];
}

/** A prompted session: the fitting opener, then an options and a will question of the signal's kind. */
export function questionsForSignal(opening: Question, trigger: Trigger, bank: readonly Question[], lastAsked: Readonly<Record<string, string>>, random: Random): Question[] {
  const rest = selectQuestions({ bank: bank.filter((q) => q.stage === 'options' || q.stage === 'will'), kind: kindForTrigger(trigger), count: 5, lastAsked, random });
  return [opening, ...rest.filter((q) => q.stage === 'options').slice(0, 1), ...rest.filter((q) => q.stage === 'will').slice(0, 1)];
}
