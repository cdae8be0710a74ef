import type { Question } from './question';

/**
 * The built-in question bank: three questions for every friction kind × GROW stage.
 *
 * Tone is the product. Questions are open (never yes/no), direct, forward-looking, and
 * about the gap between where the person is and where they want to be. They never blame
 * ("why did you…") and never drift into therapy-speak. `lintQuestions` enforces what it
 * can mechanically; a unit test runs it over this whole bank.
 *
 * Ids are recorded in reflections, so they are stable: never renumber or reuse one.
 * Retire a question by deleting it; add new ones with the next free number.
 */
export const BUILT_IN_QUESTIONS: readonly Question[] = Object.freeze(
  [
    // ── technical: code, tools, builds, tests, environments ──────────────────────────
    q('technical-goal-01', "What would 'unblocked' look like for you by Friday?"),
    q('technical-goal-02', 'If the build, the tests and your tools simply worked, what would you ship this week?'),
    q('technical-goal-03', 'How will you know this technical problem is solved well enough to move on?'),

    q('technical-reality-01', 'What is actually failing right now, and what have you already ruled out?'),
    q('technical-reality-02', 'How much time has this cost you so far, in hours or in days?'),
    q('technical-reality-03', 'Where exactly do you hit the friction: the code, the build, the tests, the environment or the tooling?'),

    q('technical-options-01', 'What are three different ways past this you could try, including the scrappy ones?'),
    q('technical-options-02', 'Who has fought this code or tool before and could shorten your path?'),
    q('technical-options-03', 'If you could change one thing in the toolchain tomorrow, which change would pay off most?'),

    q('technical-will-01', "What is the very first thing you'll try, and by when?"),
    q('technical-will-02', 'Which option are you committing to, and what will you do with it in the next hour?'),
    q('technical-will-03', 'Who do you need to pull in, and when will you ask them?'),

    // ── procedural: process, reviews, handoffs, approvals, meetings ──────────────────
    q('procedural-goal-01', "How would this handoff work if it were designed around your team's pace?"),
    q('procedural-goal-02', 'What would a review or approval look like that helps your work instead of parking it?'),
    q('procedural-goal-03', 'By the end of this sprint, where do you want this process to be?'),

    q('procedural-reality-01', 'Where does your work sit waiting the longest, and for how long?'),
    q('procedural-reality-02', 'What does this process cost you each week, in time or in momentum?'),
    q('procedural-reality-03', 'Which step in this process would you not miss if it vanished tomorrow?'),

    q('procedural-options-01', 'Which step could you shorten, merge or drop without losing what it protects?'),
    q('procedural-options-02', 'Who owns this process, and what could you propose to them?'),
    q('procedural-options-03', 'What small experiment could you run on this process next sprint?'),

    q('procedural-will-01', 'What will you propose, to whom, and by what date?'),
    q('procedural-will-02', 'Which meeting, review or handoff will you change first, and how?'),
    q('procedural-will-03', 'When will you raise this, and where: stand-up, retro, or a one-on-one?'),

    // ── cultural: norms, communication, decisions, trust within the team ─────────────
    q('cultural-goal-01', 'What would healthy disagreement on this team look like to you?'),
    q('cultural-goal-02', 'How would you like decisions like this one to be made?'),
    q('cultural-goal-03', 'Six months from now, what norm do you want this team to have instead?'),

    q('cultural-reality-01', "What goes unsaid in your team's meetings, and what does that silence cost?"),
    q('cultural-reality-02', 'Who actually makes decisions like this here, compared with who you think is supposed to?'),
    q('cultural-reality-03', 'Where do you see a gap between what the team says it values and what it does?'),

    q('cultural-options-01', 'What conversation could you start that nobody has started yet?'),
    q('cultural-options-02', 'Who on the team might see this the way you do, and how could you find out?'),
    q('cultural-options-03', 'Which small habit could you model yourself so that others can follow?'),

    q('cultural-will-01', 'Who will you talk to first, and when?'),
    q('cultural-will-02', 'What exactly will you say to open that conversation?'),
    q('cultural-will-03', 'In the next team meeting, what will you do differently?'),

    // ── personal: focus, energy, skills, workload ────────────────────────────────────
    q('personal-goal-01', 'What would a good, focused day look like for you this week?'),
    q('personal-goal-02', 'Which skill, if you had it a month from now, would change this work the most?'),
    q('personal-goal-03', 'How much work in a week would be sustainable for you?'),

    q('personal-reality-01', 'Where is your attention actually going during the day?'),
    q('personal-reality-02', 'How many things are you juggling right now, and which of them really matter?'),
    q('personal-reality-03', 'What is taking the most of your energy right now, and what does it give back?'),

    q('personal-options-01', 'What could you say no to, defer or hand off this week?'),
    q('personal-options-02', 'Who could help you learn this faster, or pair with you on it?'),
    q('personal-options-03', 'How could you protect two hours of focus tomorrow?'),

    q('personal-will-01', "What is one change to your week you'll make, starting tomorrow?"),
    q('personal-will-02', 'What will you block in your calendar, and for when?'),
    q('personal-will-03', 'Who will you ask for help, and what exactly will you ask for?'),
  ].map((question) => Object.freeze(question)),
);

const BY_ID: ReadonlyMap<string, Question> = new Map(BUILT_IN_QUESTIONS.map((question) => [question.id, question]));

/** The built-in question with this id, or `undefined` (e.g. a retired id in an old reflection). */
export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** Kind and stage are read from the id, so the two can never disagree. */
function q(id: `${Question['kind']}-${Question['stage']}-${number}${number}`, text: string): Question {
  const [kind, stage] = id.split('-') as [Question['kind'], Question['stage']];
  return { id, text, kind, stage };
}
