/**
 * A coaching session as a pure state machine: pick the friction, answer questions from
 * goal to will (each answer acknowledged before the next question), name one next step,
 * choose who may see it, save. The state is plain JSON so it can be kept as a draft and
 * restored after the panel closes or the window reloads; nothing here touches the disk.
 */
import { acknowledge } from './acknowledge';
import type { Random } from '../model/ids';
import type { Question } from '../questions/question';
import {
  LIMITS,
  REFLECTION_SCHEMA,
  TRIGGER_KINDS,
  isCalendarDate,
  isFrictionKind,
  isGrowStage,
  isVisibility,
  type FrictionKind,
  type Reflection,
  type Trigger,
  type Visibility,
} from '../model/reflection';
import { clip } from '../util/clip';
import { isObject, isOneOf, isString } from '../util/guards';

/** The steps of a session, in order: choose the friction, answer, name a next step, review, saved. */
export const SESSION_STEPS = ['kind', 'question', 'action', 'review', 'saved'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];
export type KindChoice = FrictionKind | 'unsure';

export interface ActionDraft {
  text: string;
  owner: string;
  /** YYYY-MM-DD or empty. */
  due: string;
}

export interface SessionState {
  version: 1;
  step: SessionStep;
  startedAt: string;
  trigger: Trigger;
  kind: KindChoice | null;
  /** The questions planned for this session, in the order they are asked. */
  questions: Question[];
  /** Answers to questions[0..current-1]; '' where a question was skipped. */
  answers: string[];
  /** Index of the question being asked. */
  current: number;
  /** The half-written answer to the current question. */
  draft: string;
  /** The coach's reflection of the last answer, shown above the next question. */
  acknowledgment: string | null;
  action: ActionDraft;
  actionSkipped: boolean;
  visibility: Visibility;
  friction: FrictionKind[];
  saved: { relativePath: string } | null;
}

export type SessionEvent =
  | { type: 'chooseKind'; kind: KindChoice; questions: Question[] }
  | { type: 'editDraft'; field: DraftField; value: string }
  | { type: 'answer'; text: string }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'submitAction'; action: ActionDraft }
  | { type: 'skipAction' }
  | { type: 'setVisibility'; visibility: Visibility }
  | { type: 'setFriction'; friction: FrictionKind[] }
  | { type: 'saved'; relativePath: string };

export type DraftField = 'answer' | 'actionText' | 'actionOwner' | 'actionDue';

export interface SessionResult {
  state: SessionState;
  /** Why the event was refused, in words for the person; the state is then unchanged. */
  error?: string;
}

export function newSession(startedAt: string, trigger: Trigger = { kind: 'manual' }, visibility: Visibility = 'team'): SessionState {
  return {
    version: 1,
    step: 'kind',
    startedAt,
    trigger,
    kind: null,
    questions: [],
    answers: [],
    current: 0,
    draft: '',
    acknowledgment: null,
    action: { text: '', owner: '', due: '' },
    actionSkipped: false,
    visibility,
    friction: [],
    saved: null,
  };
}

/** Applies one event. Events that make no sense in the current step are refused, not guessed at. */
export function reduce(state: SessionState, event: SessionEvent, random: Random): SessionResult {
  // Typing may still reach a saved session (the text stays editable); nothing else may.
  if (state.step === 'saved' && event.type !== 'editDraft') return refuse(state, 'This reflection is already saved.');

  switch (event.type) {
    case 'chooseKind': return chooseKind(state, event);
    case 'editDraft': return editDraft(state, event);
    case 'answer':
    case 'skip': return answerQuestion(state, event, random);
    case 'back': return goBack(state);
    case 'submitAction': return submitAction(state, event);
    case 'skipAction': return skipAction(state);
    case 'setVisibility': return next(state, { visibility: event.visibility });
    case 'setFriction': return next(state, { friction: [...new Set(event.friction.filter(isFrictionKind))] });
    case 'saved': return markSaved(state, event);
  }
}

type EventOf<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;

const refuse = (state: SessionState, error: string): SessionResult => ({ state, error });
const next = (state: SessionState, patch: Partial<SessionState>): SessionResult => ({ state: { ...state, ...patch } });

function chooseKind(state: SessionState, event: EventOf<'chooseKind'>): SessionResult {
  if (state.step !== 'kind') return refuse(state, 'The friction is already chosen for this session.');
  if (!event.questions.length) return refuse(state, 'No questions are available for this kind of friction.');
  return next(state, {
    step: 'question',
    kind: event.kind,
    questions: event.questions,
    friction: isFrictionKind(event.kind) ? [event.kind] : [],
    current: 0,
    answers: [],
    draft: '',
    acknowledgment: null,
  });
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
      return next(state, { action: { ...state.action, due: clip(event.value, 10) } });
  }
  // Events arrive from the webview, so a field outside the type can still turn up at runtime.
  return refuse(state, 'Unknown field.');
}

function answerQuestion(state: SessionState, event: EventOf<'answer' | 'skip'>, random: Random): SessionResult {
  if (state.step !== 'question') return refuse(state, 'There is no question waiting for an answer.');
  const text = event.type === 'answer' ? clip(event.text, LIMITS.answerChars).trim() : '';
  const question = state.questions[state.current];
  const answers = [...state.answers, text];
  const acknowledgment = acknowledge(text, question.stage, random);
  if (state.current + 1 < state.questions.length) {
    return next(state, { answers, current: state.current + 1, draft: '', acknowledgment });
  }
  return next(state, { answers, current: state.questions.length, draft: '', acknowledgment, step: 'action', actionSkipped: false });
}

/** Steps back one screen; a question stepped back to gets its earlier answer as the draft again. */
function goBack(state: SessionState): SessionResult {
  if (state.step === 'question') {
    if (state.current === 0) return refuse(state, 'This is the first question.');
    const current = state.current - 1;
    return next(state, { current, draft: state.answers[current], answers: state.answers.slice(0, current), acknowledgment: null });
  }
  if (state.step === 'action') {
    const current = state.questions.length - 1;
    return next(state, { step: 'question', current, draft: state.answers[current] ?? '', answers: state.answers.slice(0, current), acknowledgment: null });
  }
  if (state.step === 'review') return next(state, { step: 'action', actionSkipped: false });
  return refuse(state, 'There is nothing to go back to.');
}

function submitAction(state: SessionState, event: EventOf<'submitAction'>): SessionResult {
  if (state.step !== 'action') return refuse(state, 'The next step is not being asked right now.');
  const action: ActionDraft = {
    text: clip(event.action.text.trim(), LIMITS.actionChars),
    owner: clip(event.action.owner.trim(), LIMITS.ownerChars),
    due: event.action.due.trim(),
  };
  if (!action.text) return refuse(state, 'Write the next step, or choose “Skip” to save without one.');
  if (action.due && !isCalendarDate(action.due)) return refuse(state, `“${clip(action.due, 20)}” is not a date; use YYYY-MM-DD or leave it empty.`);
  return next(state, { step: 'review', action, actionSkipped: false });
}

function skipAction(state: SessionState): SessionResult {
  if (state.step !== 'action') return refuse(state, 'The next step is not being asked right now.');
  return next(state, { step: 'review', actionSkipped: true });
}

function markSaved(state: SessionState, event: EventOf<'saved'>): SessionResult {
  if (state.step !== 'review') return refuse(state, 'Only a reviewed session can be saved.');
  return next(state, { step: 'saved', saved: { relativePath: event.relativePath } });
}

/** Why a session cannot be saved yet, or undefined when it can. */
export function saveBlocker(state: SessionState): string | undefined {
  if (state.step !== 'review') return 'Finish the questions first.';
  if (!state.answers.some((a) => a.trim())) return 'Answer at least one question before saving.';
  return undefined;
}

export interface ReflectionMeta {
  id: string;
  /** ISO 8601 with offset. */
  created: string;
  /** git user.name, if any; dropped for anonymous reflections. */
  author?: string;
}

/** The reflection a finished session becomes. Skipped questions are left out. */
export function toReflection(state: SessionState, meta: ReflectionMeta): Reflection {
  const exchanges = state.questions
    .map((q, i) => ({ question: q.id, text: q.text, answer: state.answers[i] ?? '' }))
    .filter((e) => e.answer.trim());
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

/** True when a restored draft has anything worth keeping. */
export function hasProgress(state: SessionState): boolean {
  return state.step !== 'saved' && (state.step !== 'kind' || state.draft.trim() !== '');
}

/**
 * A draft read back from storage, checked before use: it may come from an older version
 * of the extension or a damaged store. Anything that does not fit is dropped, never guessed.
 */
export function restoreSession(value: unknown): SessionState | undefined {
  if (!isObject(value)) return undefined;
  const s = value as Partial<SessionState>;
  const questionOk = (q: unknown) => {
    const x = q as Partial<Question> | null;
    return !!x && isString(x.id) && isString(x.text) && isFrictionKind(x.kind) && isGrowStage(x.stage);
  };
  if (s.version !== 1 || !isOneOf(SESSION_STEPS, s.step) || !isString(s.startedAt) || !isString(s.draft)) return undefined;
  if (!Array.isArray(s.questions) || !s.questions.every(questionOk)) return undefined;
  if (!Array.isArray(s.answers) || !s.answers.every(isString) || s.answers.length > s.questions.length) return undefined;
  if (typeof s.current !== 'number' || s.current < 0 || s.current > s.questions.length) return undefined;
  if (s.step === 'question' && s.current >= s.questions.length) return undefined;
  const a = s.action as Partial<ActionDraft> | undefined;
  if (!a || !isString(a.text) || !isString(a.owner) || !isString(a.due)) return undefined;
  if (!isVisibility(s.visibility)) return undefined;
  if (!Array.isArray(s.friction) || !s.friction.every(isFrictionKind)) return undefined;
  const t = s.trigger as Partial<Trigger> | undefined;
  const trigger: Trigger = isObject(t) && isOneOf(TRIGGER_KINDS, t.kind)
    ? { kind: t.kind, ...(isString(t.detail) ? { detail: clip(t.detail, LIMITS.detailChars) } : {}) }
    : { kind: 'manual' };
  return {
    version: 1,
    step: s.step as SessionStep,
    startedAt: s.startedAt,
    trigger,
    kind: s.kind === 'unsure' || isFrictionKind(s.kind) ? s.kind : null,
    questions: s.questions,
    answers: s.answers,
    current: s.current,
    draft: s.draft,
    acknowledgment: isString(s.acknowledgment) ? s.acknowledgment : null,
    action: { text: a.text, owner: a.owner, due: a.due },
    actionSkipped: s.actionSkipped === true,
    visibility: s.visibility as Visibility,
    friction: s.friction,
    saved: s.saved && isString(s.saved.relativePath) ? { relativePath: s.saved.relativePath } : null,
  };
}
