import { grow, working } from './define';

/** Cultural friction: norms, communication, decisions, trust within the team. */
export const CULTURAL = [
  grow('cultural-goal-01', 'What would healthy disagreement on your team look like to you?'),
  grow('cultural-goal-03', 'Six months from now, what norm do you want your team to have?'),
  grow('cultural-goal-04', 'How would you like decisions on your team to be made?'),
  grow('cultural-goal-05', 'What would it look like if people on your team said what they think, early?'),
  grow('cultural-goal-06', 'What would make bringing bad news to your team easy for you?'),
  grow('cultural-goal-07', 'What kind of teammate do you want to be in a tense discussion?'),
  grow('cultural-goal-08', 'What would trust on your team look like in an ordinary week?'),

  grow('cultural-reality-01', "What goes unsaid in your team's meetings, and what does that silence cost?"),
  grow('cultural-reality-02', 'Who actually makes decisions like this here, compared with who you think is supposed to?'),
  grow('cultural-reality-03', 'Where do you see a gap between what the team says it values and what it does?'),
  grow('cultural-reality-04', 'What happened the last time someone on your team disagreed openly?'),
  grow('cultural-reality-05', "What do people on your team say in private that they don't say in meetings?"),
  grow('cultural-reality-06', 'Where do you hold back in your team, and what does holding back protect?'),
  grow('cultural-reality-07', 'What unwritten rule shapes how your team works?'),
  grow('cultural-reality-08', 'What does your team reward in practice, and what does it ignore?'),

  grow('cultural-options-01', 'What conversation could you start that nobody has started yet?'),
  grow('cultural-options-02', 'Who on the team might see the situation the way you do, and how could you find out?'),
  grow('cultural-options-03', 'Which small habit could you model yourself so that others can follow?'),
  grow('cultural-options-04', 'What could you ask in the next meeting that would make it easier for others to speak?'),
  grow('cultural-options-05', 'Who could you talk to one-on-one before raising the topic with the whole team?'),
  grow('cultural-options-06', 'What would you try if you assumed everyone involved meant well?'),
  grow('cultural-options-07', 'What part of the pattern is yours to change?'),

  grow('cultural-will-01', 'Who will you talk to first, and when?'),
  grow('cultural-will-02', 'What exactly will you say to open the conversation you need to have?'),
  grow('cultural-will-03', 'In the next team meeting, what will you do differently?'),
  grow('cultural-will-04', 'What will you do this week to make one honest conversation easier?'),
  grow('cultural-will-05', 'What will you try once, as an experiment, before the next retro?'),
  grow('cultural-will-06', 'What request will you make of your team, and when?'),

  working('cultural-working-01', 'What does your team do well together that you want to keep?'),
  working('cultural-working-02', 'When did your team last handle a disagreement well, and what made it work?'),
  working('cultural-working-03', 'Who on your team makes it easier to speak up, and how do they do it?'),
  working('cultural-working-04', 'What moment lately made you glad to be on your team?'),
  working('cultural-working-05', 'What norm on your team would you want a new colleague to pick up first?'),
  working('cultural-working-06', 'Where does your team give credit well?'),
];
