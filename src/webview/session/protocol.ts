/**
 * The one message protocol between the session panel's host side (src/session) and its
 * webview app (src/webview/session). Both sides import these types and check every
 * message they receive with the guards below: a webview is a separate page and the host
 * treats what it posts as untrusted input, and the app treats the host's messages the same
 * way so a bug on one side shows up as a refused message, not as a broken panel.
 *
 * Each message and view is declared once, as a check (src/webview/shared/guards.ts); its
 * TypeScript type is inferred from it. Limits shared with the file format come from the
 * core's LIMITS, measured as the validator measures them.
 */
import type { ActionDraft, DraftField, KindChoice, SessionEvent, SessionStep } from '../../core/coach/session';
import { FRICTION_KINDS, GROW_STAGES, LIMITS, VISIBILITIES } from '../../core/model/reflection';
import {
  arrayOf, bool, int, keyed, message, messages, nullable, object, objectOf, oneOf, str,
  type Check, type Infer, type MessageCheck, guard } from '../shared/guards';

export type { ActionDraft, DraftField, KindChoice, SessionStep };

export const SESSION_VIEW_TYPE = 'retroCoach.session';

export const KIND_CHOICES: readonly KindChoice[] = [...FRICTION_KINDS, 'unsure'];

/** Every step, once: a record so a step added to the core is a compile error here until listed. */
const STEP_SET: Readonly<Record<SessionStep, true>> = { kind: true, question: true, action: true, review: true, saved: true };
const STEPS = Object.keys(STEP_SET) as SessionStep[];

/** A due date is YYYY-MM-DD or empty; the session clips a half-typed one to this length. */
const DUE_CHARS = 'YYYY-MM-DD'.length;

/**
 * The longest each half-written field may get (the app's input limits): the bounds the
 * session clips to, which are the file format's.
 */
export const DRAFT_LIMITS: Readonly<Record<DraftField, number>> = {
  answer: LIMITS.answerChars,
  actionText: LIMITS.actionChars,
  actionOwner: LIMITS.ownerChars,
  actionDue: DUE_CHARS,
};
const DRAFT_FIELDS = Object.keys(DRAFT_LIMITS) as DraftField[];
/** A draft message may carry any field, so its text is bounded by the largest of them. */
const DRAFT_VALUE_MAX = Math.max(...Object.values(DRAFT_LIMITS));

/** Bounds of texts the host makes itself, which have no counterpart in the file format. */
const VIEW_CHARS = { inputKey: 100, folderName: 500, acknowledgment: 500, savedPath: 1000, error: 2000, string: 1000 } as const;

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

const webviewStrings = keyed(STRING_KEYS, str({ max: VIEW_CHARS.string }));
export type WebviewStrings = Infer<typeof webviewStrings>;

// ---------------------------------------------------------------- the view

/** The next step as typed; the type is the core's, so the check cannot miss a field. */
const actionDraft = objectOf<ActionDraft>({
  text: str({ max: LIMITS.actionChars }),
  owner: str({ max: LIMITS.ownerChars }),
  due: str({ max: DUE_CHARS }),
});

/** Friction kinds as the session keeps them; the host removes duplicates. */
const frictionList = arrayOf(oneOf(FRICTION_KINDS), { max: FRICTION_KINDS.length });

const sessionView = object({
  step: oneOf(STEPS),
  /** Changes whenever the app should reset its inputs (a new step or a new question). */
  inputKey: str({ max: VIEW_CHARS.inputKey }),
  folderName: str({ max: VIEW_CHARS.folderName }),
  kind: nullable(oneOf(KIND_CHOICES)),
  question: nullable(object({
    text: str({ max: LIMITS.questionChars }),
    stage: oneOf(GROW_STAGES),
    number: int({ min: 1, max: LIMITS.exchanges }),
    total: int({ min: 1, max: LIMITS.exchanges }),
  })),
  acknowledgment: nullable(str({ max: VIEW_CHARS.acknowledgment })),
  draft: str({ max: LIMITS.answerChars }),
  canGoBack: bool,
  action: actionDraft,
  actionSkipped: bool,
  visibility: oneOf(VISIBILITIES),
  friction: frictionList,
  exchanges: arrayOf(object({ question: str({ max: LIMITS.questionChars }), answer: str({ max: LIMITS.answerChars }) }), { max: LIMITS.exchanges }),
  savedPath: nullable(str({ max: VIEW_CHARS.savedPath })),
  error: nullable(str({ max: VIEW_CHARS.error })),
  saving: bool,
});
/** What the app draws; derived by the host from the session state. */
export type SessionView = Infer<typeof sessionView>;

// ---------------------------------------------------------------- host → app

const hostMessage = messages(
  message('init', { strings: webviewStrings }),
  message('render', { view: sessionView }),
);
export type HostMessage = Infer<typeof hostMessage>;

// ---------------------------------------------------------------- app → host

/** Session events the app sends exactly as the state machine takes them. */
export type PassThroughEvent = Extract<SessionEvent, { type: 'answer' | 'skip' | 'back' | 'submitAction' | 'skipAction' | 'setVisibility' | 'setFriction' }>;

/** One check per pass-through event, typed by the core's events so the two cannot drift apart. */
const passThrough: { [T in PassThroughEvent['type']]: MessageCheck<T, Extract<PassThroughEvent, { type: T }>> } = {
  answer: message('answer', { text: str({ max: LIMITS.answerChars }) }),
  skip: message('skip'),
  back: message('back'),
  submitAction: message('submitAction', { action: actionDraft }),
  skipAction: message('skipAction'),
  setVisibility: message('setVisibility', { visibility: oneOf(VISIBILITIES) }),
  setFriction: message('setFriction', { friction: frictionList }),
};

const webviewMessage = messages(
  message('ready'),
  /** The host draws the questions for the chosen kind. */
  message('chooseKind', { kind: oneOf(KIND_CHOICES) }),
  /** Half-written text, sent while typing (debounced); kept without redrawing. */
  message('draft', { field: oneOf(DRAFT_FIELDS), value: str({ max: DRAFT_VALUE_MAX }) }),
  ...Object.values(passThrough),
  message('save'),
  message('openFile'),
  message('startAnother'),
  message('discard'),
);
export type WebviewMessage = Infer<typeof webviewMessage>;

// ---------------------------------------------------------------- guards

/** The checks themselves, for a log line saying where a refused message went wrong (formatFailure). */
export const checkWebviewMessage: Check<WebviewMessage> = webviewMessage;
export const checkHostMessage: Check<HostMessage> = hostMessage;

/** Checks a message the webview app posted; the host drops anything that fails. */
export const isWebviewMessage = guard(webviewMessage);

/** Checks a message the host posted; the app ignores anything that fails. */
export const isHostMessage = guard(hostMessage);
