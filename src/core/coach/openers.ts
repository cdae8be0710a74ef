/**
 * When a friction signal starts the session, the first question fits what just happened:
 * a failed build asks about the blocker, a branch switch about what was left unfinished.
 * Each signal has openers for every friction kind it can point at; the opener's kind is the
 * session's kind, and the session continues with options and will questions of that kind.
 * Openers carry no lead-in ("That was a long debugging session."): the notification already
 * says what happened, and the question must not refer to anything else not yet named.
 */
import type { Random } from '../model/ids';
import type { Question } from '../questions/question';
import { pickFresh, selectQuestions } from '../questions/select';
import type { LastAsked } from '../questions/asked';
import type { FrictionKind, Trigger, TriggerKind } from '../model/reflection';
import type { KindChoice } from './session';

export type SignalKind = Exclude<TriggerKind, 'manual'>;

/** The friction kinds each signal can point at, most likely first. */
export const SIGNAL_KINDS: Readonly<Record<SignalKind, readonly FrictionKind[]>> = {
  'task-failed': ['technical', 'procedural'],
  'long-debug': ['technical', 'personal'],
  commit: ['procedural', 'technical'],
  'branch-switch': ['procedural', 'personal'],
  'end-of-day': ['personal', 'technical', 'procedural', 'cultural'],
  gap: ['procedural', 'personal', 'cultural'],
};

const opener = (id: string, kind: FrictionKind, stage: Question['stage'], text: string): Question => Object.freeze({ id: `signal-${id}`, kind, stage, text });

/** Opening questions per signal; ids start with `signal-` so reflections show where they came from. */
export const SIGNAL_OPENERS: Readonly<Record<SignalKind, readonly Question[]>> = {
  'task-failed': [
    opener('task-failed-01', 'technical', 'reality', 'What is the failed task actually blocking you from finishing?'),
    opener('task-failed-02', 'technical', 'reality', 'What would you need to know to fix the failure within the next half hour?'),
    opener('task-failed-03', 'procedural', 'reality', 'Who else is held up when the task fails, and how do they find out?'),
  ],
  'long-debug': [
    opener('long-debug-01', 'technical', 'reality', 'What finally moved the debugging along, or what is still hiding from you?'),
    opener('long-debug-02', 'technical', 'reality', 'What would have cut the debugging session in half for you?'),
    opener('long-debug-03', 'personal', 'reality', 'What did the long debugging session push aside in your day?'),
  ],
  commit: [
    opener('commit-01', 'procedural', 'reality', 'What did your latest change cost you beyond what it needed to?'),
    opener('commit-02', 'procedural', 'reality', 'Between starting the change and committing it, where did your time go?'),
    opener('commit-03', 'technical', 'reality', 'What in the code made your change harder than it needed to be?'),
  ],
  'branch-switch': [
    opener('branch-switch-01', 'procedural', 'reality', 'What did you leave unfinished on the branch you just left, and what would it take to finish it?'),
    opener('branch-switch-02', 'procedural', 'reality', 'What pulled you off the work you were on before the switch?'),
    opener('branch-switch-03', 'personal', 'reality', 'How are you keeping track of the work you switch between?'),
  ],
  'end-of-day': [
    opener('end-of-day-01', 'personal', 'reality', 'What slowed you down most today?'),
    opener('end-of-day-02', 'personal', 'goal', 'What do you want to be different about tomorrow?'),
    opener('end-of-day-03', 'technical', 'reality', 'What in your code or tools got in your way today?'),
    opener('end-of-day-04', 'procedural', 'reality', 'Where did you wait on someone or something today?'),
    opener('end-of-day-05', 'cultural', 'reality', "What from today's conversations on your team is still on your mind?"),
  ],
  gap: [
    opener('gap-01', 'procedural', 'reality', 'What has been getting in your way over the last few working days?'),
    opener('gap-02', 'personal', 'reality', 'Looking back over the last few days, where did your work stall?'),
    opener('gap-03', 'cultural', 'reality', 'What has been easy or hard about working with your team over the last few days?'),
  ],
};

/** Every signal opener, for linting with the bank. */
export const ALL_SIGNAL_OPENERS: readonly Question[] = Object.values(SIGNAL_OPENERS).flat();

/** The friction a signal most likely points at; 'unsure' when it can point at every kind. */
export function kindForTrigger(trigger: Trigger): KindChoice {
  if (trigger.kind === 'manual') return 'unsure';
  const kinds = SIGNAL_KINDS[trigger.kind];
  return kinds.length >= 3 ? 'unsure' : kinds[0];
}

/** The opener for `trigger`, the one this person saw longest ago (ties at random); undefined for manual. */
export function openerFor(trigger: Trigger, lastAsked: LastAsked, random: Random): Question | undefined {
  if (trigger.kind === 'manual') return undefined;
  return pickFresh(SIGNAL_OPENERS[trigger.kind] ?? [], lastAsked, random);
}

/**
 * A prompted session: the fitting opener, then an options and a will question of the opener's
 * kind (the trigger already chose the opener, so it is not needed again).
 */
export function questionsForSignal(opening: Question, _trigger: Trigger, bank: readonly Question[], lastAsked: LastAsked, random: Random): Question[] {
  const rest = selectQuestions({ bank: bank.filter((q) => q.stage === 'options' || q.stage === 'will'), kind: opening.kind, count: 5, lastAsked, random });
  return [opening, ...rest.filter((q) => q.stage === 'options').slice(0, 1), ...rest.filter((q) => q.stage === 'will').slice(0, 1)];
}
