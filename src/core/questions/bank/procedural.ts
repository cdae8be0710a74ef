import { grow, working } from './define';

/** Procedural friction: process, reviews, handoffs, approvals, meetings. */
export const PROCEDURAL = [
  grow('procedural-goal-01', "How would handoffs work if they were designed around your team's pace?"),
  grow('procedural-goal-02', 'What would a review or approval look like if it moved your work forward rather than parking it?'),
  grow('procedural-goal-03', 'By the end of the sprint, where do you want the process in your way to be?'),
  grow('procedural-goal-04', 'What would a week without waiting on anyone look like for you?'),
  grow('procedural-goal-05', 'What do you want your process to protect, and what do you want it to stop slowing down?'),
  grow('procedural-goal-06', 'If you designed from scratch how work reaches you and leaves you, what would it look like?'),

  grow('procedural-reality-01', 'Where does your work sit waiting the longest, and for how long?'),
  grow('procedural-reality-02', 'What does the process cost you each week, in time or in momentum?'),
  grow('procedural-reality-03', 'Which step in the process would you not miss if it vanished tomorrow?'),
  grow('procedural-reality-04', 'Who is waiting on you right now, and who are you waiting on?'),
  grow('procedural-reality-05', "What happens to your work between 'done' and 'shipped'?"),
  grow('procedural-reality-06', 'Where does your work bounce back and forth more than once?'),
  grow('procedural-reality-07', 'What step do you follow that nobody on your team remembers the reason for?'),
  grow('procedural-reality-08', 'What did the last handoff you were part of need that it did not get?'),

  grow('procedural-options-01', 'Which step could you shorten, merge or drop without losing what it protects?'),
  grow('procedural-options-02', 'Who owns the process, and what could you propose to them?'),
  grow('procedural-options-03', 'What small experiment could you run on the process next sprint?'),
  grow('procedural-options-04', 'What could you change on your side of the handoff without asking anyone?'),
  grow('procedural-options-05', 'How could you find out who else is slowed down by the same step?'),
  grow('procedural-options-06', 'What would your process look like if it trusted people twice as much?'),
  grow('procedural-options-07', 'What could you make visible so the waiting stops going unnoticed?'),

  grow('procedural-will-02', 'Which meeting, review or handoff will you change first, and how?'),
  grow('procedural-will-04', "What is the one change you'll propose first?"),
  grow('procedural-will-05', 'Who will you talk to about the process first?'),
  grow('procedural-will-06', 'When and where will you bring your proposal up?'),
  grow('procedural-will-07', 'What will you try on your own side of the process this week?'),
  grow('procedural-will-08', 'What will you start tomorrow, even in its smallest form?'),

  working('procedural-working-01', "What part of your team's process works so well you would defend it?"),
  working('procedural-working-02', 'Which meeting or ritual is worth the time it takes for you?'),
  working('procedural-working-03', 'What handoff went smoothly for you lately, and what made it work?'),
  working('procedural-working-04', 'Which agreement on your team saves you the most back-and-forth?'),
  working('procedural-working-05', 'What part of your review process gives you feedback you value?'),
  working('procedural-working-06', 'Which step would you keep exactly as it is, and what does it give you?'),
];
