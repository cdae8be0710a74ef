/**
 * The quick captures that need no panel: a blocker in two questions, and a pulse check of
 * five ratings plus one open question. Pure builders of their reflections; the VS Code side
 * (src/quick) asks the questions and saves the result.
 */
import { LIMITS, PULSE_MAX, PULSE_MIN, REFLECTION_SCHEMA, type FrictionKind, type Reflection, type Trigger, type Visibility } from '../model/reflection';
import { clip } from '../util/clip';
import { ENGLISH, type Translate } from '../util/catalogue';

/** The two questions of Log Blocker. Ids are recorded in the file like bank ids. */
export const BLOCKER_QUESTIONS = {
  blocker: { id: 'blocker-in-the-way', text: 'What is in your way?' },
  unblock: { id: 'blocker-unblock', text: 'What would unblock you?' },
} as const;

export interface PulseDimension {
  /** Key in the file's `pulse` map. */
  id: string;
  /** Shown to the person: "How is your <label> right now?" */
  label: string;
  /** What 1 and 5 mean, so ratings mean the same to everyone. */
  low: string;
  high: string;
}

export const PULSE_DIMENSIONS: readonly PulseDimension[] = [
  { id: 'focus', label: 'focus', low: 'scattered, constantly interrupted', high: 'deep, uninterrupted' },
  { id: 'flow', label: 'flow of work', low: 'stuck, waiting on others', high: 'moving freely' },
  { id: 'clarity', label: 'clarity', low: 'unsure what matters or why', high: 'crystal clear' },
  { id: 'collaboration', label: 'collaboration', low: 'working against each other', high: 'pulling together' },
  { id: 'energy', label: 'energy', low: 'running on empty', high: 'plenty in the tank' },
];

/**
 * A dimension as a person reads it, said by `t`: a built-in one (its id and English label) in
 * the catalogue's words; a team's own exactly as config.yaml names it.
 */
export function pulseDimensionIn(dimension: PulseDimension, t: Translate): PulseDimension {
  const builtIn = PULSE_DIMENSIONS.find((d) => d.id === dimension.id);
  if (!builtIn || builtIn.label !== dimension.label) return dimension;
  return { ...dimension, label: t(builtIn.label), low: t(builtIn.low), high: t(builtIn.high) };
}

/** The pulse check's open question, said by `t`, aimed at the lowest rating so the answer is actionable; the id is the same in every language. */
export function pulseQuestion(ratings: Readonly<Record<string, number>>, dimensions: readonly PulseDimension[] = PULSE_DIMENSIONS, t: Translate = ENGLISH): { id: string; text: string } {
  const rated = dimensions.filter((d) => Number.isInteger(ratings[d.id]));
  if (!rated.length) return { id: 'pulse-open', text: t('What would make next week better than this one?') };
  const lowest = pulseDimensionIn(rated.reduce((low, d) => (ratings[d.id] < ratings[low.id] ? d : low)), t);
  return { id: `pulse-raise-${lowest.id}`, text: t('Your {0} is the lowest at {1}. What one change would raise it by a point?', lowest.label, ratings[lowest.id]) };
}

export interface QuickMeta {
  id: string;
  created: string;
  author?: string;
  visibility: Visibility;
  trigger?: Trigger;
}

function base(meta: QuickMeta, kind: Reflection['kind'], friction: FrictionKind[]): Omit<Reflection, 'exchanges' | 'actions'> {
  const author = meta.visibility !== 'anonymous' && meta.author?.trim() ? clip(meta.author.trim(), LIMITS.ownerChars) : undefined;
  return {
    schema: REFLECTION_SCHEMA,
    id: meta.id,
    kind,
    created: meta.created,
    ...(author ? { author } : {}),
    visibility: meta.visibility,
    friction,
    trigger: meta.trigger ?? { kind: 'manual' },
  };
}

export interface BlockerInput {
  kind: FrictionKind | null;
  blocker: string;
  unblock: string;
}

/** Log Blocker's two questions as they were asked (in the person's language; ids never change). */
export type BlockerQuestions = Readonly<Record<keyof typeof BLOCKER_QUESTIONS, { readonly id: string; readonly text: string }>>;

/** A blocker needs its first answer; the second is optional and left out when empty. */
export function blockerReflection(input: BlockerInput, meta: QuickMeta, asked: BlockerQuestions = BLOCKER_QUESTIONS): Reflection {
  const exchanges = [
    { question: BLOCKER_QUESTIONS.blocker.id, text: asked.blocker.text, answer: clip(input.blocker.trim(), LIMITS.answerChars) },
    { question: BLOCKER_QUESTIONS.unblock.id, text: asked.unblock.text, answer: clip(input.unblock.trim(), LIMITS.answerChars) },
  ].filter((e) => e.answer);
  if (!exchanges.length || exchanges[0].question !== BLOCKER_QUESTIONS.blocker.id) throw new Error('A blocker needs an answer to “What is in your way?”.');
  return { ...base(meta, 'blocker', input.kind ? [input.kind] : []), exchanges, actions: [] };
}

export interface PulseInput {
  ratings: Record<string, number>;
  answer: string;
}

/** A pulse check keeps the ratings given (at least one) and the open answer when there is one. */
export function pulseReflection(input: PulseInput, meta: QuickMeta, dimensions: readonly PulseDimension[] = PULSE_DIMENSIONS, t: Translate = ENGLISH): Reflection {
  const pulse: Record<string, number> = {};
  for (const d of dimensions) {
    const rating = input.ratings[d.id];
    if (Number.isInteger(rating) && rating >= PULSE_MIN && rating <= PULSE_MAX) pulse[d.id] = rating;
  }
  if (!Object.keys(pulse).length) throw new Error('A pulse check needs at least one rating.');
  // The question as it was asked, in the person's language; its id means it in every language.
  const question = pulseQuestion(pulse, dimensions, t);
  const answer = clip(input.answer.trim(), LIMITS.answerChars);
  return {
    ...base(meta, 'pulse', []),
    exchanges: answer ? [{ question: question.id, text: question.text, answer }] : [],
    pulse,
    actions: [],
  };
}
