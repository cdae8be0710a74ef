import { grow, working } from './define';

/** Technical friction: code, tools, builds, tests, environments. */
export const TECHNICAL = [
  grow('technical-goal-01', "What would 'unblocked' look like for you by Friday?"),
  grow('technical-goal-02', 'If the build, the tests and your tools simply worked, what would you ship this week?'),
  grow('technical-goal-03', 'How will you know the technical problem in your way is solved well enough to move on?'),
  grow('technical-goal-04', 'What would you be working on right now if nothing technical stood in your way?'),
  grow('technical-goal-05', "What does 'done' look like for the piece of work you are stuck on?"),
  grow('technical-goal-06', 'A week from now, what do you want to be true about your code, build or tools?'),
  grow('technical-goal-07', 'Which part of the system do you want to feel confident changing again?'),

  grow('technical-reality-01', 'What is actually failing right now, and what have you already ruled out?'),
  grow('technical-reality-04', 'What have you tried so far, and what did each attempt tell you?'),
  grow('technical-reality-05', 'Where does the problem show up first, and where do you suspect it starts?'),
  grow('technical-reality-06', 'Beyond the time itself, what is the slow or broken part costing you?'),
  grow('technical-reality-07', 'What do you know for sure about the problem, and what are you guessing?'),
  grow('technical-reality-08', 'What would a teammate new to the code need to know to see what you see?'),
  grow('technical-reality-09', 'What has changed recently around the part that breaks for you?'),
  grow('technical-reality-10', 'When did your tooling last work the way you wanted, and what is different now?'),

  grow('technical-options-01', 'What are three different ways past the problem you could try, including the scrappy ones?'),
  grow('technical-options-02', 'Who has fought this code or tool before and could shorten your path?'),
  grow('technical-options-03', 'If you could change one thing in the toolchain tomorrow, which change would pay off most?'),
  grow('technical-options-04', 'What is the smallest experiment that would tell you more within the hour?'),
  grow('technical-options-05', 'What could you work around for now, so the rest of your work keeps moving?'),
  grow('technical-options-06', 'What would you do differently if you started on the problem from scratch?'),
  grow('technical-options-07', 'What would make the problem smaller for you, even if it does not solve it?'),

  grow('technical-will-01', "What is the very first thing you'll try, and by when?"),
  grow('technical-will-03', 'Who do you need to pull in, and when will you ask them?'),
  grow('technical-will-04', 'What will you do in the next hour to move the work forward?'),
  grow('technical-will-05', "What is the first step you'll take, and how will you know it worked?"),
  grow('technical-will-06', 'What will you have done by the end of tomorrow?'),
  grow('technical-will-07', 'What will you write down or share so the next person loses less time on the problem?'),

  working('technical-working-01', 'What is working well in your code or tools that you want to keep?'),
  working('technical-working-02', 'Which part of your setup saves you time every day?'),
  working('technical-working-03', 'What technical habit of your team is worth protecting?'),
  working('technical-working-04', 'Which tool would you miss most if it disappeared tomorrow?'),
  working('technical-working-05', 'What recent change made your work noticeably easier?'),
  working('technical-working-06', 'Where is the codebase a pleasure for you to work in, and what makes it so?'),
];
