/**
 * The session's state, events and the small helpers every part of the state machine shares.
 * See session.ts for the machine itself.
 */
import type { SessionQuestion } from '../questions/question';
import { AI_FOLLOW_UP_ID } from './followUpModel';
import type { FrictionKind, GrowStage, Trigger, Visibility } from '../model/reflection';
import type { Message } from '../util/message';

/** The steps of a session, in order; `confirmKind` only follows the focus answer of a "not sure yet" session. */
export const SESSION_STEPS = ['kind', 'question', 'confirmKind', 'action', 'review', 'saved'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];
export type KindChoice = FrictionKind | 'unsure';

/** How many "And what else?" a session may add, in all. */
export const WHAT_ELSE_MAX = 2;

export interface ActionDraft {
  text: string;
  owner: string;
  /** YYYY-MM-DD or empty. */
  due: string;
}

/**
 * Where a question sits in a session: a GROW stage, or the role of a question that frames the
 * session (focus, what-else, learning). The responder's CoachStage is the same set; it is
 * spelt from the question model here so the panel's protocol can name it without the responder.
 */
export type SessionStage = GrowStage | SessionQuestion['role'];

/** A question as this session asks it: from the bank, a signal opener, a session question or a model. */
export interface PlannedQuestion {
  id: string;
  text: string;
  stage: SessionStage;
}

/** A question with its answer: given ('' when skipped), or half-written for one still ahead. */
export interface Turn {
  question: PlannedQuestion;
  answer: string;
}

export interface SessionState {
  version: 2;
  step: SessionStep;
  startedAt: string;
  trigger: Trigger;
  /** What the person picked, 'unsure' included. */
  kind: KindChoice | null;
  /** The one friction kind the GROW questions follow: the pick, or the kind confirmed after the focus answer. */
  sessionKind: FrictionKind | null;
  /** The kind guessed from the focus answer, offered in the confirmKind step. */
  guess: FrictionKind | null;
  /** Questions answered or skipped, in the order they were asked. */
  turns: Turn[];
  /** Questions still ahead; the first is on screen in the question step. Answers here are kept drafts. */
  upcoming: Turn[];
  /** The half-written answer to the question on screen. */
  draft: string;
  /** The coach's response to the last answer, shown above the next question. */
  acknowledgment: Message | null;
  /** The optional learning question asked before saving, with its (draft) answer. */
  learning: Turn | null;
  action: ActionDraft;
  /** The concrete step the will answer named, put into the next-step form; '' when it named none. */
  suggestedStep: string;
  actionSkipped: boolean;
  visibility: Visibility;
  /** The person picked a visibility themselves: nothing changes it for them after that. */
  visibilityChosen: boolean;
  /** An answer sounded heavy and the coach offered to keep this reflection private. */
  privateOffered: boolean;
  friction: FrictionKind[];
  saved: { relativePath: string } | null;
}

export type DraftField = 'answer' | 'actionText' | 'actionOwner' | 'actionDue' | 'learning';

export type SessionEvent =
  | { type: 'chooseKind'; kind: KindChoice; questions: PlannedQuestion[]; learning?: PlannedQuestion }
  | { type: 'confirmKind'; kind: FrictionKind; questions: PlannedQuestion[] }
  | { type: 'editDraft'; field: DraftField; value: string }
  /** `more`: ask "And what else?" (this question) before moving on. */
  | { type: 'answer'; text: string; more?: PlannedQuestion }
  | { type: 'skip' }
  | { type: 'back' }
  /** A generated follow-up, for the session as it was after `after` turns. */
  | { type: 'followUp'; after: number; question: string; acknowledgment?: string }
  | { type: 'submitAction'; action: ActionDraft }
  | { type: 'skipAction' }
  | { type: 'setVisibility'; visibility: Visibility }
  | { type: 'setFriction'; friction: FrictionKind[] }
  | { type: 'saved'; relativePath: string };

export interface SessionResult {
  state: SessionState;
  /** Why the event was refused, for the person (the host localises it); the state is then unchanged. */
  error?: Message;
  /** The input the refusal is about, so the panel shows the reason next to it. */
  field?: DraftField;
}

export type EventOf<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;

export const refuse = (state: SessionState, error: Message, field?: DraftField): SessionResult => (field ? { state, error, field } : { state, error });
export const next = (state: SessionState, patch: Partial<SessionState>): SessionResult => ({ state: { ...state, ...patch } });
export const ahead = (questions: readonly PlannedQuestion[]): Turn[] => questions.map((question) => ({ question, answer: '' }));
/** Questions that follow an answer rather than standing on their own: "And what else?" and generated ones. */
export const isExtra = (q: PlannedQuestion): boolean => q.stage === 'what-else' || q.id === AI_FOLLOW_UP_ID;
