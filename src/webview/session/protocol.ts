/**
 * The one message protocol between the session panel's host side (src/session) and its
 * webview app (src/webview/session). Both sides import these types and check every
 * message they receive with the guards below: a webview is a separate page and the host
 * treats what it posts as untrusted input, and the app treats the host's messages the same
 * way so a bug on one side shows up as a refused message, not as a broken panel.
 */
import type { ActionDraft, DraftField, KindChoice, SessionEvent, SessionStep } from '../../core/coach/session';
import { FRICTION_KINDS, GROW_STAGES, LIMITS, VISIBILITIES, type FrictionKind, type GrowStage, type Visibility } from '../../core/model/reflection';

export type { ActionDraft, DraftField, KindChoice, SessionStep };

export const SESSION_VIEW_TYPE = 'retroCoach.session';

export const KIND_CHOICES: readonly KindChoice[] = [...FRICTION_KINDS, 'unsure'];
const STEPS: readonly SessionStep[] = ['kind', 'question', 'action', 'review', 'saved'];
const DRAFT_FIELDS: readonly DraftField[] = ['answer', 'actionText', 'actionOwner', 'actionDue'];

/** Every text the app shows, localised by the host (vscode.l10n) and sent once per load. */
export const STRING_KEYS = [
  'title', 'savingTo', 'kindPrompt', 'kindHint',
  'kind.technical', 'kind.procedural', 'kind.cultural', 'kind.personal', 'kind.unsure',
  'kindHint.technical', 'kindHint.procedural', 'kindHint.cultural', 'kindHint.personal', 'kindHint.unsure',
  'stage.goal', 'stage.reality', 'stage.options', 'stage.will',
  'progress', 'answerLabel', 'answerPlaceholder', 'continue', 'skip', 'back', 'keyHint',
  'actionPrompt', 'actionHint', 'actionText', 'actionOwner', 'actionOwnerPlaceholder', 'actionDue', 'skipAction', 'reviewNext',
  'reviewTitle', 'reviewNoAction', 'visibilityLegend', 'visibility.team', 'visibility.anonymous', 'visibility.private',
  'visibilityHint.team', 'visibilityHint.anonymous', 'visibilityHint.private',
  'frictionLegend', 'save', 'saving', 'savedTitle', 'savedAt', 'openFile', 'startAnother', 'discard', 'draftSaved',
  'nextStepLabel', 'ownerLabel', 'dueLabel',
] as const;
export type StringKey = (typeof STRING_KEYS)[number];
export type WebviewStrings = Record<StringKey, string>;

/** What the app draws; derived by the host from the session state. */
export interface SessionView {
  step: SessionStep;
  /** Changes whenever the app should reset its inputs (a new step or a new question). */
  inputKey: string;
  folderName: string;
  kind: KindChoice | null;
  question: { text: string; stage: GrowStage; number: number; total: number } | null;
  acknowledgment: string | null;
  draft: string;
  canGoBack: boolean;
  action: ActionDraft;
  actionSkipped: boolean;
  visibility: Visibility;
  friction: FrictionKind[];
  exchanges: Array<{ question: string; answer: string }>;
  savedPath: string | null;
  error: string | null;
  saving: boolean;
}

export type HostMessage =
  | { type: 'init'; strings: WebviewStrings }
  | { type: 'render'; view: SessionView };

/** Session events the app sends exactly as the state machine takes them. */
export type PassThroughEvent = Extract<SessionEvent, { type: 'answer' | 'skip' | 'back' | 'submitAction' | 'skipAction' | 'setVisibility' | 'setFriction' }>;

export type WebviewMessage =
  | { type: 'ready' }
  /** The host draws the questions for the chosen kind. */
  | { type: 'chooseKind'; kind: KindChoice }
  /** Half-written text, sent while typing (debounced); kept without redrawing. */
  | { type: 'draft'; field: DraftField; value: string }
  | PassThroughEvent
  | { type: 'save' }
  | { type: 'openFile' }
  | { type: 'startAnother' }
  | { type: 'discard' };

// ---------------------------------------------------------------- guards

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
const isListOf = <T extends string>(values: readonly T[], v: unknown): v is T[] => Array.isArray(v) && v.length <= values.length && v.every((x) => isOneOf(values, x));
const TEXT_MAX = LIMITS.answerChars;

function isActionDraft(v: unknown): v is ActionDraft {
  return isObj(v) && isText(v.text, LIMITS.actionChars) && isText(v.owner, LIMITS.ownerChars) && isText(v.due, 10);
}

/** Checks a message the webview app posted; the host drops anything that fails. */
export function isWebviewMessage(v: unknown): v is WebviewMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready': case 'skip': case 'back': case 'skipAction': case 'save': case 'openFile': case 'startAnother': case 'discard':
      return true;
    case 'chooseKind': return isOneOf(KIND_CHOICES, v.kind);
    case 'draft': return isOneOf(DRAFT_FIELDS, v.field) && isText(v.value, TEXT_MAX);
    case 'answer': return isText(v.text, TEXT_MAX);
    case 'submitAction': return isActionDraft(v.action);
    case 'setVisibility': return isOneOf(VISIBILITIES, v.visibility);
    case 'setFriction': return isListOf(FRICTION_KINDS, v.friction);
    default: return false;
  }
}

function isSessionView(v: unknown): v is SessionView {
  if (!isObj(v)) return false;
  const q = v.question;
  const questionOk = q === null || (isObj(q) && isText(q.text, LIMITS.questionChars) && isOneOf(GROW_STAGES, q.stage) &&
    Number.isInteger(q.number) && Number.isInteger(q.total));
  const exchangesOk = Array.isArray(v.exchanges) && v.exchanges.length <= LIMITS.exchanges &&
    v.exchanges.every((e) => isObj(e) && isText(e.question, LIMITS.questionChars) && isText(e.answer, TEXT_MAX));
  return isOneOf(STEPS, v.step) && isText(v.inputKey, 100) && isText(v.folderName, 500) &&
    (v.kind === null || isOneOf(KIND_CHOICES, v.kind)) && questionOk &&
    (v.acknowledgment === null || isText(v.acknowledgment, 500)) && isText(v.draft, TEXT_MAX) &&
    typeof v.canGoBack === 'boolean' && isActionDraft(v.action) && typeof v.actionSkipped === 'boolean' &&
    isOneOf(VISIBILITIES, v.visibility) && isListOf(FRICTION_KINDS, v.friction) && exchangesOk &&
    (v.savedPath === null || isText(v.savedPath, 1000)) && (v.error === null || isText(v.error, 2000)) &&
    typeof v.saving === 'boolean';
}

function isStrings(v: unknown): v is WebviewStrings {
  return isObj(v) && STRING_KEYS.every((k) => isText(v[k], 1000));
}

/** Checks a message the host posted; the app ignores anything that fails. */
export function isHostMessage(v: unknown): v is HostMessage {
  if (!isObj(v)) return false;
  if (v.type === 'init') return isStrings(v.strings);
  if (v.type === 'render') return isSessionView(v.view);
  return false;
}
