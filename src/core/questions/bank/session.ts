import type { SessionQuestion } from '../question';

/**
 * Questions that frame any session (after Bungay Stanier's Kickstart, Focus, "And what
 * else?" and Learning questions). They never point at something not yet said: the focus
 * question comes first, "And what else?" only after the person has listed something.
 * Ids are recorded in reflections: never renumber or reuse one.
 */
export const SESSION_QUESTIONS: readonly SessionQuestion[] = Object.freeze(
  [
    focus('focus-01', "What's on your mind right now?"),
    focus('focus-02', "What's the real challenge here for you?"),
    focus('focus-03', 'What is getting in the way of your work right now?'),
    focus('focus-04', 'What would you most like to untangle today?'),
    focus('focus-05', 'What has been taking more of your time or energy than it should?'),
    focus('focus-06', 'Of everything going on for you, what most needs a few minutes of thought?'),

    whatElse('what-else-reality-01', 'reality', 'And what else?'),
    whatElse('what-else-reality-02', 'reality', 'And what else is in your way?'),
    whatElse('what-else-reality-03', 'reality', 'What else is part of the picture for you?'),
    whatElse('what-else-reality-04', 'reality', 'And what else makes the situation hard for you?'),

    whatElse('what-else-options-01', 'options', 'And what else?'),
    whatElse('what-else-options-02', 'options', 'And what else could you try?'),
    whatElse('what-else-options-03', 'options', 'What else could work for you, even if it sounds unlikely?'),
    whatElse('what-else-options-04', 'options', 'And what else might someone you admire try?'),

    learning('learning-01', 'What was most useful in this for you?'),
    learning('learning-02', 'What are you taking away from these few minutes?'),
    learning('learning-03', 'What is clearer to you now than when you started?'),
    learning('learning-04', 'What from this reflection do you want to remember next week?'),
  ].map((question) => Object.freeze(question)),
);

function focus(id: string, text: string): SessionQuestion {
  return { id, text, role: 'focus' };
}

function whatElse(id: string, follows: 'reality' | 'options', text: string): SessionQuestion {
  return { id, text, role: 'what-else', follows };
}

function learning(id: string, text: string): SessionQuestion {
  return { id, text, role: 'learning' };
}
