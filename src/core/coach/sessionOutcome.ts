/**
 * What a session gives the outside: where it stands (progress), whether it can be saved, the
 * reflection it becomes, and what an optional AI follow-up may be based on.
 */
import { respond } from './respond';
import { askForFollowUp, type FollowUpModel, type FollowUpRequest } from './followUpModel';
import { isExtra, type SessionEvent, type SessionState, type Turn } from './sessionState';
import { followUpFits } from './sessionTurns';
import { REFLECTION_SCHEMA, LIMITS, type Exchange, type Reflection } from '../model/reflection';
import { DEFAULT_QUESTIONS, stagePlan } from '../questions/select';
import { clip } from '../util/clip';
import { msg, type Message } from '../util/message';

export interface Progress {
  /** The main question on screen, or the one an extra question follows up on (1-based). */
  number: number;
  total: number;
  /** An "And what else?" or a generated follow-up: it adds to a question rather than counting as one. */
  extra: boolean;
}

/** Where the question on screen stands; undefined outside the question step. */
export function progressOf(state: SessionState): Progress | undefined {
  const current = state.upcoming[0];
  if (state.step !== 'question' || !current) return undefined;
  const main = (turns: readonly Turn[]) => turns.filter((t) => !isExtra(t.question)).length;
  const extra = isExtra(current.question);
  const asked = main(state.turns);
  // Before a "not sure yet" session settles on its kind, its GROW questions are not drawn yet.
  const undrawn = state.kind === 'unsure' && state.sessionKind === null && current.question.stage === 'focus' ? stagePlan(DEFAULT_QUESTIONS).length : 0;
  return { number: Math.max(1, extra ? asked : asked + 1), total: Math.max(1, asked + main(state.upcoming) + undrawn), extra };
}

/** Why a session cannot be saved yet, or undefined when it can. */
export function saveBlocker(state: SessionState): Message | undefined {
  if (state.step !== 'review') return msg('Finish the questions first.');
  if (!state.turns.some((t) => t.answer.trim())) return msg('Answer at least one question before saving.');
  return undefined;
}

export interface ReflectionMeta {
  id: string;
  /** ISO 8601 with offset. */
  created: string;
  /** git user.name, if any; dropped for anonymous reflections. */
  author?: string;
}

const exchange = (t: Turn): Exchange => ({ question: t.question.id, text: t.question.text, answer: t.answer });

/** The reflection a finished session becomes: every answered question in order, then the learning answer. Skipped ones are left out. */
export function toReflection(state: SessionState, meta: ReflectionMeta): Reflection {
  const answered = [...state.turns, ...(state.learning ? [{ ...state.learning, answer: state.learning.answer.trim() }] : [])];
  const exchanges = answered.filter((t) => t.answer.trim()).map(exchange);
  const hasAction = !state.actionSkipped && state.action.text.trim();
  const author = state.visibility !== 'anonymous' && meta.author?.trim() ? clip(meta.author.trim(), LIMITS.ownerChars) : undefined;
  return {
    schema: REFLECTION_SCHEMA,
    id: meta.id,
    kind: 'session',
    created: meta.created,
    ...(author ? { author } : {}),
    visibility: state.visibility,
    friction: [...state.friction],
    trigger: { ...state.trigger },
    exchanges,
    actions: hasAction
      ? [{
          id: `${meta.id}-a1`,
          text: state.action.text.trim(),
          ...(state.action.owner.trim() ? { owner: state.action.owner.trim() } : {}),
          ...(state.action.due ? { due: state.action.due } : {}),
          status: 'open' as const,
        }]
      : [],
  };
}

/** How many answers the person has written in this session, half-written ones and kept drafts included. */
export function writtenAnswers(state: SessionState): number {
  const kept = state.upcoming.slice(state.step === 'question' ? 1 : 0);
  const texts = [...state.turns.map((t) => t.answer), state.draft, ...kept.map((t) => t.answer), state.learning?.answer ?? ''];
  return texts.filter((text) => text.trim()).length;
}

/** True when a restored draft has anything worth keeping. */
export function hasProgress(state: SessionState): boolean {
  return state.step !== 'saved' && (state.step !== 'kind' || state.draft.trim() !== '');
}

/**
 * What a model may base a follow-up on right now, or undefined when none fits: only after a
 * reality or options answer, once a session. A heavy (distress) answer or a non-answer is
 * never sent on; after blame the model may ask, but the built-in acknowledgment is shown.
 */
export function followUpRequest(state: SessionState): FollowUpRequest | undefined {
  if (!followUpFits(state, state.turns.length)) return undefined;
  const last = state.turns[state.turns.length - 1];
  const stage = last.question.stage;
  if (stage !== 'reality' && stage !== 'options') return undefined;
  // The class does not depend on the random choice of wording.
  const { answerClass } = respond(last.answer, stage, () => 0);
  if (answerClass === 'distress' || answerClass === 'non-answer') return undefined;
  return {
    exchanges: state.turns.filter((t) => t.answer.trim()).map((t) => ({ question: t.question.text, answer: t.answer })),
    stage,
    modelAcknowledgment: answerClass !== 'blame',
  };
}

/**
 * The generated follow-up for `state` as an event, or undefined: no model (the setting is
 * off), no fitting moment, or no fit reply in time. Never throws.
 */
export async function followUpEvent(state: SessionState, model: FollowUpModel | undefined): Promise<SessionEvent | undefined> {
  const request = model && followUpRequest(state);
  if (!request) return undefined;
  const followUp = await askForFollowUp(model, request);
  return followUp && { type: 'followUp', after: state.turns.length, ...followUp };
}
