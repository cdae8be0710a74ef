/**
 * The question step of a session: answering, skipping, "And what else?", a generated
 * follow-up, and stepping back without losing what was typed.
 */
import { guessFrictionKind, respond, type CoachResponse } from './respond';
import { AI_FOLLOW_UP_ID } from './followUpModel';
import {
  WHAT_ELSE_MAX, ahead, isExtra, next, refuse,
  type EventOf, type PlannedQuestion, type SessionResult, type SessionStage, type SessionState, type Turn,
} from './sessionState';
import type { Random } from '../model/ids';
import { LIMITS } from '../model/reflection';
import { clip } from '../util/clip';
import { msg } from '../util/message';

/** How many "And what else?" this session has asked or has ahead. */
export function whatElseCount(state: SessionState): number {
  return [...state.turns, ...state.upcoming].filter((t) => t.question.stage === 'what-else').length;
}

/** Whether the question on screen may be followed by "And what else?". */
export function canAskWhatElse(state: SessionState): boolean {
  const stage = state.step === 'question' ? trackStage(state) : undefined;
  return (stage === 'reality' || stage === 'options') && whatElseCount(state) < WHAT_ELSE_MAX;
}

export function answerQuestion(state: SessionState, event: EventOf<'answer' | 'skip'>, random: Random): SessionResult {
  const [current, ...rest] = state.upcoming;
  if (state.step !== 'question' || !current) return refuse(state, msg('There is no question waiting for an answer.'));
  const text = event.type === 'answer' ? clip(event.text, LIMITS.answerChars).trim() : '';
  const more = event.type === 'answer' ? event.more : undefined;
  if (more && !canAskWhatElse(state)) return refuse(state, msg('“And what else?” fits after a reality or options answer, at most {0} times a session.', WHAT_ELSE_MAX));
  if (more && !text) return refuse(state, msg('Write your answer first; “And what else?” then asks for more.'), 'answer');
  const response = respond(text, current.question.stage, random);
  const answered: SessionState = {
    ...state,
    turns: [...state.turns, { question: current.question, answer: text }],
    upcoming: more ? [...ahead([more]), ...rest] : rest,
    acknowledgment: response.text,
    ...privacyAfter(state, response),
    ...(current.question.stage === 'will' ? nextStepAfter(state, response) : {}),
  };
  return { state: advance(answered, current.question.stage === 'focus' ? text : undefined) };
}

/** A distress answer offers privacy: the visibility defaults to private unless the person chose one. */
function privacyAfter(state: SessionState, response: CoachResponse): Partial<SessionState> {
  if (!response.offerPrivate) return {};
  return { privateOffered: true, visibility: state.visibilityChosen ? state.visibility : 'private' };
}

/** A concrete will answer fills the next-step form, unless the person has written their own step there. */
function nextStepAfter(state: SessionState, response: CoachResponse): Partial<SessionState> {
  const suggestion = clip(response.nextStep?.trim() ?? '', LIMITS.actionChars);
  const untouched = state.action.text.trim() === '' || state.action.text === state.suggestedStep;
  return { suggestedStep: suggestion, ...(untouched ? { action: { ...state.action, text: suggestion } } : {}) };
}

/** The step after an answer: the kind check after a "not sure yet" focus answer, the next question, or the next step. */
function advance(state: SessionState, focusAnswer: string | undefined): SessionState {
  if (focusAnswer !== undefined && state.kind === 'unsure') {
    return { ...state, step: 'confirmKind', draft: '', guess: guessFrictionKind(focusAnswer) ?? state.sessionKind ?? null };
  }
  if (state.upcoming.length) return { ...state, step: 'question', draft: state.upcoming[0].answer };
  return { ...state, step: 'action', draft: '', actionSkipped: false };
}

/** Steps back one screen; nothing typed is lost: the draft on screen is kept for when the person returns. */
export function goBack(state: SessionState): SessionResult {
  switch (state.step) {
    case 'question': {
      const kept = keepDraft(state);
      const last = state.turns[state.turns.length - 1];
      if (!last) return refuse(state, msg('This is the first question.'));
      // The first GROW question of a "not sure yet" session came after the kind check.
      if (state.kind === 'unsure' && last.question.stage === 'focus') return next(state, { step: 'confirmKind', upcoming: kept, draft: '', acknowledgment: null });
      return next(state, reopen(state, kept));
    }
    case 'confirmKind':
      return next(state, reopen(state, state.upcoming));
    case 'action':
      return next(state, reopen(state, state.upcoming));
    case 'review':
      return next(state, { step: 'action', actionSkipped: false });
    default:
      return refuse(state, msg('There is nothing to go back to.'));
  }
}

/** The questions ahead with the draft on screen kept; an extra question nobody started is dropped. */
function keepDraft(state: SessionState): Turn[] {
  const [current, ...rest] = state.upcoming;
  if (!current) return rest;
  if (isExtra(current.question) && !state.draft.trim()) return rest;
  return [{ ...current, answer: state.draft }, ...rest];
}

/** The last answered question on screen again, its answer as the draft. */
function reopen(state: SessionState, upcoming: Turn[]): Partial<SessionState> {
  const last = state.turns[state.turns.length - 1];
  return { step: 'question', turns: state.turns.slice(0, -1), upcoming: [last, ...upcoming], draft: last.answer, acknowledgment: null };
}

export function insertFollowUp(state: SessionState, event: EventOf<'followUp'>): SessionResult {
  if (!followUpFits(state, event.after)) return refuse(state, msg('The session has moved on since the follow-up was asked for.'));
  const question: PlannedQuestion = { id: AI_FOLLOW_UP_ID, text: clip(event.question, LIMITS.questionChars), stage: state.turns[state.turns.length - 1].question.stage };
  return next(state, {
    upcoming: [{ question, answer: '' }, ...state.upcoming],
    acknowledgment: event.acknowledgment ? msg('{0}', event.acknowledgment) : state.acknowledgment,
  });
}

/** A follow-up fits right after a reality or options answer, before anything is typed, once a session. */
export function followUpFits(state: SessionState, after: number): boolean {
  const last = state.turns[state.turns.length - 1];
  return state.step === 'question' && state.turns.length === after && state.draft.trim() === '' && !!last && last.answer !== ''
    && (last.question.stage === 'reality' || last.question.stage === 'options') && last.question.id !== AI_FOLLOW_UP_ID
    && ![...state.turns, ...state.upcoming].some((t) => t.question.id === AI_FOLLOW_UP_ID);
}

/**
 * Where the question on screen sits on the focus → goal → reality → options → will track:
 * an extra question sits where the answer it follows up on does.
 */
export function trackStage(state: SessionState): SessionStage | undefined {
  const current = state.upcoming[0]?.question;
  if (!current) return undefined;
  if (!isExtra(current)) return current.stage;
  return [...state.turns].reverse().find((t) => !isExtra(t.question))?.question.stage;
}
