/**
 * What the coach says back, per answer class and stage: several plain variants each, chosen
 * with the injected random. English templates with `{0}` for the person's words; the host
 * translates them. No praise, no judgement, no therapy-speak (a test runs the question lint's
 * therapy family over every line), and none repeats a name: blame and distress echo nothing.
 */

/** Lines for an empty or letterless answer: the question was skipped. */
export const SKIPPED: readonly string[] = [
  "Skipped — that's fine, let's keep going.",
  "No answer this time — that's fine. On to the next one.",
  'Nothing to add here — moving on.',
];

/** "I don't know": fine, and a way in. Never an echo, never a target or a commitment. */
export const NOT_KNOWING: readonly string[] = [
  'Not knowing is a fine place to start. If you had to guess, what comes to mind first?',
  "That's fine — clarity often comes later. A rough guess is enough to work with.",
  "No answer yet, and that's fine. If you had to guess, what would it be?",
];

/** At the will stage: nothing is recorded as a step. */
export const NOT_KNOWING_WILL: readonly string[] = [
  "No step yet — that's fine, and nothing is written down as one. If you had to guess, what might a first small step be?",
  'Nothing is recorded as a next step. If one comes to mind, a small guess is enough.',
  "That's fine; no next step is noted. If you had to guess, what could you try first?",
];

/** After "And what else?": "nothing" means the list is complete, not that the person is lost. */
export const NOTHING_ELSE: readonly string[] = [
  "Nothing more — then that's the full picture for now.",
  "That's the list, then. Let's work with it.",
  'Nothing else for now — fine.',
];

/** After the learning question: nothing stood out, and that is fine. */
export const NOTHING_LEARNED: readonly string[] = [
  "That's fine; sometimes it lands later.",
  'Nothing stood out — that is fine too.',
  'Fair enough. It may come back to you later.',
];

/** Heavy things: a human line, a real person to talk to, the offer to keep it private. */
export const DISTRESS: readonly string[] = [
  'That sounds heavy. It deserves a real conversation with someone you trust, like your manager. You can keep this reflection private.',
  'That is a lot to carry. Please talk it through with a person you trust: your manager, a colleague or a friend. This reflection can stay private.',
  'Thank you for saying it plainly. Something this heavy deserves a real person, your manager or someone you trust. You can keep this one private.',
];

/** Blame of a person, or absolutes: the frustration acknowledged, the view turned to the system. */
export const BLAME: readonly string[] = [
  'That sounds frustrating, and not for the first time. Worth asking as you go on: what makes it possible for this to keep happening?',
  'Frustrating. Looking past any one person to the setup around them: what lets this keep happening?',
  'That is real friction. It may help to look at how it keeps happening rather than who: what makes it possible?',
];

export const VENTING: readonly string[] = [
  "That sounds maddening. What you're up against: “{0}”.",
  'Frustrating, clearly. Heard: “{0}”.',
  'That would wear anyone down: “{0}”.',
];

/** Code with prose around it: the prose is reflected, the code set aside. */
export const CODE_WITH_PROSE: readonly string[] = [
  'Setting the code aside for a moment: “{0}”.',
  'Beyond the snippet: “{0}”.',
  '“{0}” — and the code is kept with your answer.',
];

/** Only code or a log: ask what it is blocking. */
export const CODE_ONLY: readonly string[] = [
  "That's the output. In a sentence, what is it blocking for you?",
  'Got the snippet. What is it keeping you from doing?',
  'The code is kept with your answer. What does it stop you from doing?',
];

/** A concrete step at the will stage: reflected, and already in the next-step form. */
export const COMMITMENT: readonly string[] = [
  "Your next step: “{0}”. It's filled in below; change it if you like.",
  "“{0}” — that one's yours. It's ready in the next-step form to adjust.",
  '“{0}” — noted as your next step; you can still edit it.',
];

/** The person's key phrase, by stage. The will stage's lines do not call a vague answer a commitment. */
export const PLAIN = {
  focus: ["“{0}” — let's look at that.", 'So on your mind: “{0}”.', "“{0}”. Let's start there."],
  goal: [
    "“{0}” — that's the target.",
    'So the place you want to get to: “{0}”.',
    "Aiming for “{0}”. Let's keep that in view.",
    "“{0}” — that's what done looks like. Holding onto it.",
  ],
  reality: [
    'So right now: “{0}”. Naming it plainly helps.',
    "“{0}” — that's where things stand today.",
    "Heard: “{0}”. That's the ground you're starting from.",
    "“{0}” — that's on the table now.",
  ],
  options: [
    "“{0}” is one way through. Let's make it concrete.",
    'One option on the table: “{0}”.',
    'Noted as a possible move: “{0}”.',
    '“{0}” — that goes on the list of ways forward.',
  ],
  will: ["“{0}” — let's turn that into one concrete step.", 'Noted: “{0}”. A first step you can take comes next.', "“{0}”. Worth pinning down to one thing you'll do."],
  'what-else': ['“{0}” — added to the picture.', 'One more: “{0}”.', '“{0}” — on the list too.'],
  learning: ['“{0}” — worth keeping.', 'Taking that with you: “{0}”.', '“{0}”. Thanks for taking the time.'],
} as const;
