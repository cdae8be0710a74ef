import { CULTURAL } from './bank/cultural';
import { PERSONAL } from './bank/personal';
import { PROCEDURAL } from './bank/procedural';
import { SESSION_QUESTIONS } from './bank/session';
import { TECHNICAL } from './bank/technical';
import type { Question, SessionQuestion } from './question';

/**
 * The built-in question bank: for every friction kind, at least six GROW questions per stage
 * and a few appreciative ones (what is working and should stay), one file per kind.
 *
 * Tone is the product. Questions are open (never yes/no), direct, forward-looking, and
 * about the gap between where the person is and where they want to be. They never blame
 * and never drift into therapy-speak; `lintQuestions` enforces what it can mechanically and
 * a unit test runs it over the whole bank. Goal questions never point at something the
 * person has not named yet ("this", "that", "instead"): a session may open with them.
 *
 * Ids are recorded in reflections, so they are stable: never renumber or reuse one. Reword a
 * question only while it keeps its meaning; when the meaning changes, retire the id (list it
 * in RETIRED_QUESTION_IDS) and add the new question with the next free number.
 */
export const BUILT_IN_QUESTIONS: readonly Question[] = Object.freeze([...TECHNICAL, ...PROCEDURAL, ...CULTURAL, ...PERSONAL]);

export { SESSION_QUESTIONS };

/**
 * Ids that once meant a question no longer in the bank; old reflections still carry them with
 * the text as asked. Listed so that no new question ever takes one over.
 */
export const RETIRED_QUESTION_IDS: readonly string[] = Object.freeze([
  'technical-reality-02', // "How much time has this cost you so far, in hours or in days?" (a number, not a reflection)
  'technical-reality-03', // "Where exactly do you hit the friction: the code, the build, …?" (a menu re-asking the kind)
  'technical-will-02', // "Which option are you committing to, and what will you do with it in the next hour?" (two questions, a dangling option)
  'procedural-will-01', // "What will you propose, to whom, and by what date?" (triple-barrelled)
  'procedural-will-03', // "When will you raise this, and where: stand-up, retro, or a one-on-one?" (a menu)
  'cultural-goal-02', // "How would you like decisions like this one to be made?" (points at a decision not yet named)
  'personal-goal-03', // "How much work in a week would be sustainable for you?" (a number)
  'personal-options-03', // "How could you protect two hours of focus tomorrow?" (presumes the answer)
  'personal-will-02', // "What will you block in your calendar, and for when?" (presumes the answer)
]);

const BY_ID: ReadonlyMap<string, Question | SessionQuestion> = new Map([...BUILT_IN_QUESTIONS, ...SESSION_QUESTIONS].map((question) => [question.id, question]));

/** The built-in question (bank or session question) with this id, or `undefined` (e.g. a retired id in an old reflection). */
export function questionById(id: string): Question | SessionQuestion | undefined {
  return BY_ID.get(id);
}
