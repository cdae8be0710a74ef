import type { FrictionKind, GrowStage } from '../model/reflection';

/** Question ids: lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters (from schemas/questions.schema.json). */
export { QUESTION_ID_PATTERN } from '../model/generated/schemaFacts';

/**
 * What a question does in a session. `grow` questions walk goal → reality → options → will
 * for one friction kind; `appreciative` ones ask what is working and should stay (a reality
 * question, per kind); `focus`, `what-else` and `learning` frame any session, whatever the kind.
 */
export type QuestionRole = 'grow' | 'appreciative' | 'focus' | 'what-else' | 'learning';

/** A coaching question of the built-in bank or a team's own `questions.yaml`, for one kind and stage. */
export interface Question {
  /** Stable id, recorded in reflections: `<kind>-<stage>-<nn>` (`technical-goal-01`), `<kind>-working-<nn>` for appreciative ones. */
  id: string;
  text: string;
  kind: FrictionKind;
  stage: GrowStage;
  /** Absent means `grow`: team files and drafts written before roles existed read unchanged. */
  role?: Extract<QuestionRole, 'grow' | 'appreciative'>;
  /** A team question's language (BCP 47, from questions.yaml); absent for built-ins, which are asked in the person's language. */
  lang?: string;
}

/** The stages an "And what else?" may follow: it widens a list, so only where there is one. */
export type WhatElseStage = Extract<GrowStage, 'reality' | 'options'>;

/**
 * A question that frames a session rather than walking one friction kind: the opening focus
 * question, "And what else?" after a reality or options answer, and the closing learning
 * question. Recorded in reflections by id like any other.
 */
export type SessionQuestion =
  | { id: string; text: string; role: 'focus' }
  | { id: string; text: string; role: 'what-else'; follows: WhatElseStage }
  | { id: string; text: string; role: 'learning' };

/** Anything asked whose id is recorded: a bank question, a session question or a signal opener. */
export interface AskedQuestion {
  id: string;
}

/** A bank question's role; absent means `grow`. */
export function roleOf(question: Question): NonNullable<Question['role']> {
  return question.role === 'appreciative' ? 'appreciative' : 'grow';
}
