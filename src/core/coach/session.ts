/**
 * A coaching session as a pure state machine: pick the friction, say what is on your mind
 * (the focus question), answer GROW questions from goal to will (each answer acknowledged by
 * the responder before the next question), name one next step, choose who may see it, save.
 * The state is plain JSON so it can be kept as a draft and restored after the panel closes or
 * the window reloads (sessionRestore.ts); nothing here touches the disk.
 */
import {
  ahead, next, refuse,
  type ActionDraft, type EventOf, type PlannedQuestion, type SessionStage, type SessionEvent, type SessionResult, type SessionState,
} from './sessionState';
import { answerQuestion, goBack, insertFollowUp } from './sessionTurns';
import type { Random } from '../model/ids';
import type { Question, SessionQuestion } from '../questions/question';
import { CALENDAR_DATE_CHARS, LIMITS, isCalendarDate, isFrictionKind, type Trigger, type Visibility } from '../model/reflection';
import { clip } from '../util/clip';
import { msg, type Message } from '../util/message';

export { SESSION_STEPS, WHAT_ELSE_MAX, isExtra } from './sessionState';
export type { ActionDraft, DraftField, KindChoice, PlannedQuestion, SessionEvent, SessionResult, SessionStage, SessionState, SessionStep, Turn } from './sessionState';
export { canAskWhatElse, followUpFits, trackStage, whatElseCount } from './sessionTurns';
export { restoreSession } from './sessionRestore';
export { followUpEvent, followUpRequest, hasProgress, progressOf, saveBlocker, toReflection, writtenAnswers, type ReflectionMeta } from './sessionOutcome';

export function newSession(startedAt: string, trigger: Trigger = { kind: 'manual' }, visibility: Visibility = 'team'): SessionState {
  return {
    version: 2, step: 'kind', startedAt, trigger, kind: null, sessionKind: null, guess: null,
    turns: [], upcoming: [], draft: '', acknowledgment: null, learning: null,
    action: { text: '', owner: '', due: '' }, suggestedStep: '', actionSkipped: false,
    visibility, visibilityChosen: false, privateOffered: false, friction: [], saved: null,
  };
}

/** A bank question, signal opener or session question as the session asks it. */
export function planned(question: Question | SessionQuestion): PlannedQuestion {
  const { id, text, role } = question;
  const stage: SessionStage = role === 'focus' || role === 'what-else' || role === 'learning' ? role : (question as Question).stage;
  return { id, text: clip(text, LIMITS.questionChars), stage };
}

/** Applies one event. Events that make no sense in the current step are refused, not guessed at. */
export function reduce(state: SessionState, event: SessionEvent, random: Random): SessionResult {
  // Typing may still reach a saved session (the text stays editable); nothing else may.
  if (state.step === 'saved' && event.type !== 'editDraft') return refuse(state, msg('This reflection is already saved.'));

  switch (event.type) {
    case 'chooseKind': return chooseKind(state, event);
    case 'confirmKind': return confirmKind(state, event);
    case 'editDraft': return editDraft(state, event);
    case 'answer':
    case 'skip': return answerQuestion(state, event, random);
    case 'back': return goBack(state);
    case 'followUp': return insertFollowUp(state, event);
    case 'submitAction': return submitAction(state, event);
    case 'skipAction': return skipAction(state);
    case 'setVisibility': return next(state, { visibility: event.visibility, visibilityChosen: true });
    case 'setFriction': return next(state, { friction: [...new Set(event.friction.filter(isFrictionKind))] });
    case 'saved': return markSaved(state, event);
  }
}


function chooseKind(state: SessionState, event: EventOf<'chooseKind'>): SessionResult {
  if (state.step !== 'kind') return refuse(state, msg('The friction is already chosen for this session.'));
  if (!event.questions.length) return refuse(state, msg('No questions are available for this kind of friction.'));
  const upcoming = ahead(event.questions);
  const sessionKind = isFrictionKind(event.kind) ? event.kind : null;
  return next(state, {
    step: 'question', kind: event.kind, sessionKind, guess: null, turns: [], upcoming, draft: '', acknowledgment: null,
    learning: event.learning ? { question: event.learning, answer: '' } : null,
    friction: sessionKind ? [sessionKind] : [],
  });
}

/** After the focus answer of a "not sure yet" session: one kind for the rest of it. Confirming the same kind again keeps its questions. */
function confirmKind(state: SessionState, event: EventOf<'confirmKind'>): SessionResult {
  if (state.step !== 'confirmKind') return refuse(state, msg('The friction is already chosen for this session.'));
  if (!isFrictionKind(event.kind)) return refuse(state, msg('Pick the kind of friction that fits best.'));
  const keep = state.sessionKind === event.kind && state.upcoming.length > 0;
  const upcoming = keep ? state.upcoming : ahead(event.questions);
  if (!upcoming.length) return refuse(state, msg('No questions are available for this kind of friction.'));
  return next(state, { step: 'question', sessionKind: event.kind, friction: [event.kind], upcoming, draft: upcoming[0].answer, acknowledgment: null });
}

function editDraft(state: SessionState, event: EventOf<'editDraft'>): SessionResult {
  switch (event.field) {
    case 'answer':
      return next(state, { draft: clip(event.value, LIMITS.answerChars) });
    case 'actionText':
      return next(state, { action: { ...state.action, text: clip(event.value, LIMITS.actionChars) } });
    case 'actionOwner':
      return next(state, { action: { ...state.action, owner: clip(event.value, LIMITS.ownerChars) } });
    case 'actionDue':
      return next(state, { action: { ...state.action, due: clip(event.value, CALENDAR_DATE_CHARS) } });
    case 'learning':
      if (!state.learning) return refuse(state, msg('This session has no closing question.'));
      return next(state, { learning: { ...state.learning, answer: clip(event.value, LIMITS.answerChars) } });
  }
  // Events arrive from the webview, so a field outside the type can still turn up at runtime.
  return refuse(state, msg('Unknown field.'));
}

/** Why a due date is refused: the one sentence the panel shows, whether the app or the session finds it. */
export function dueNotADate(due: string): Message {
  return msg('“{0}” is not a date; use YYYY-MM-DD or leave it empty.', clip(due, 20, { ellipsis: '…' }));
}

function submitAction(state: SessionState, event: EventOf<'submitAction'>): SessionResult {
  if (state.step !== 'action') return refuse(state, msg('The next step is not being asked right now.'));
  const action: ActionDraft = {
    text: clip(event.action.text.trim(), LIMITS.actionChars),
    owner: clip(event.action.owner.trim(), LIMITS.ownerChars),
    due: event.action.due.trim(),
  };
  if (!action.text) return refuse(state, msg('Write the next step, or choose “No next step”.'), 'actionText');
  if (action.due && !isCalendarDate(action.due)) return refuse(state, dueNotADate(action.due), 'actionDue');
  return next(state, { step: 'review', action, actionSkipped: false });
}

function skipAction(state: SessionState): SessionResult {
  if (state.step !== 'action') return refuse(state, msg('The next step is not being asked right now.'));
  return next(state, { step: 'review', actionSkipped: true });
}

function markSaved(state: SessionState, event: EventOf<'saved'>): SessionResult {
  if (state.step !== 'review') return refuse(state, msg('Only a reviewed session can be saved.'));
  return next(state, { step: 'saved', saved: { relativePath: event.relativePath } });
}

