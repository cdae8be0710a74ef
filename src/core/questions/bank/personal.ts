import { grow, working } from './define';

/** Personal friction: focus, energy, skills, workload. */
export const PERSONAL = [
  grow('personal-goal-01', 'What would a good, focused day look like for you this week?'),
  grow('personal-goal-02', 'Which skill, if you had it a month from now, would change your work the most?'),
  grow('personal-goal-04', 'What do you want more of in your working day, and what less?'),
  grow('personal-goal-05', 'What would you like to have learned by the end of the quarter?'),
  grow('personal-goal-06', 'At the end of the week, what would make you say your week went well?'),
  grow('personal-goal-07', 'What would a sustainable week of work look like for you?'),
  grow('personal-goal-08', 'What would your work look like if your energy lasted the whole day?'),

  grow('personal-reality-01', 'Where is your attention actually going during the day?'),
  grow('personal-reality-02', 'What are you juggling right now, and which of those things really matter?'),
  grow('personal-reality-03', 'What is taking the most of your energy right now, and what does it give back?'),
  grow('personal-reality-04', 'What interrupts you most often, and where does it come from?'),
  grow('personal-reality-05', 'What did you say yes to lately that you would rather have declined?'),
  grow('personal-reality-06', 'When in the day do you do your best work, and what usually happens to that time?'),
  grow('personal-reality-07', 'Which part of your work takes more out of you than it should?'),
  grow('personal-reality-08', 'What have you been putting off, and what is the delay costing you?'),

  grow('personal-options-01', 'What could you say no to, defer or hand off this week?'),
  grow('personal-options-02', 'Who could help you learn faster, or pair with you on the work?'),
  grow('personal-options-04', 'What would help you focus that is within your control?'),
  grow('personal-options-05', 'Who could you ask to take something off your plate?'),
  grow('personal-options-06', 'What would you advise a teammate in your position to do?'),
  grow('personal-options-07', 'What could you change about when or where you work on the hard things?'),
  grow('personal-options-08', 'What is one thing you could stop doing without anyone missing it?'),

  grow('personal-will-01', "What is one change to your week you'll make, starting tomorrow?"),
  grow('personal-will-03', 'Who will you ask for help, and what exactly will you ask for?'),
  grow('personal-will-04', 'What will you do first tomorrow morning?'),
  grow('personal-will-05', 'What will you let go of this week?'),
  grow('personal-will-06', 'What will you protect time for, and how?'),
  grow('personal-will-07', 'What small step will you take toward the week you want?'),

  working('personal-working-01', 'What part of your working day gives you energy, and how could you keep it?'),
  working('personal-working-02', 'What habit of yours is worth keeping?'),
  working('personal-working-03', 'What helped you do your best work recently?'),
  working('personal-working-04', 'Which part of your recent work would you happily do again?'),
  working('personal-working-05', 'What routine of yours protects your focus?'),
  working('personal-working-06', 'Who or what made a hard day easier for you recently?'),
];
