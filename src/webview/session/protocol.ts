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
import type { ActionDraft, DraftField, KindChoice, SessionEvent, SessionStep } from '../../core/coach/sessionState';
import { CALENDAR_DATE_CHARS, FRICTION_KINDS, GROW_STAGES, LIMITS, VISIBILITIES, type GrowStage } from '../../core/model/reflection';
import {
  arrayOf, bool, int, keyed, message, messages, nullable, object, objectOf, oneOf, str,
  type Check, type Infer, type MessageCheck, guard } from '../shared/guards';

export type { ActionDraft, DraftField, KindChoice, SessionStep };

export const SESSION_VIEW_TYPE = 'retroCoach.session';

export const KIND_CHOICES: readonly KindChoice[] = [...FRICTION_KINDS, 'unsure'];

/** Every step, once: a record so a step added to the core is a compile error here until listed. */
const STEP_SET: Readonly<Record<SessionStep, true>> = { kind: true, question: true, confirmKind: true, action: true, review: true, saved: true };
const STEPS = Object.keys(STEP_SET) as SessionStep[];

/** The progress track: the focus question (manual sessions open with it), then GROW. */
export type TrackStage = 'focus' | GrowStage;
export const TRACK_STAGES: readonly TrackStage[] = ['focus', ...GROW_STAGES];

/**
 * The longest each half-written field may get (the app's input limits): the bounds the
 * session clips to, which are the file format's.
 */
export const DRAFT_LIMITS: Readonly<Record<DraftField, number>> = {
  answer: LIMITS.answerChars,
  actionText: LIMITS.actionChars,
  actionOwner: LIMITS.ownerChars,
  actionDue: CALENDAR_DATE_CHARS,
  learning: LIMITS.answerChars,
};
const DRAFT_FIELDS = Object.keys(DRAFT_LIMITS) as DraftField[];
/** A draft message may carry any field, so its text is bounded by the largest of them. */
const DRAFT_VALUE_MAX = Math.max(...Object.values(DRAFT_LIMITS));

/** Bounds of texts the host makes itself, which have no counterpart in the file format; the host clips to them. */
export const VIEW_CHARS = { inputKey: 100, folderName: 500, acknowledgment: 500, savedPath: 1000, error: 2000, string: 1000 } as const;

/** Every text the app shows, localised by the host (vscode.l10n) and sent once per load. */
export const STRING_KEYS = [
  'title', 'savingTo', 'kindPrompt', 'kindHint',
  'kind.technical', 'kind.procedural', 'kind.cultural', 'kind.personal', 'kind.unsure',
  'kindHint.technical', 'kindHint.procedural', 'kindHint.cultural', 'kindHint.personal', 'kindHint.unsure',
  'stage.focus', 'stage.goal', 'stage.reality', 'stage.options', 'stage.will',
  'progress', 'progressExtra', 'answerLabel', 'answerPlaceholder', 'continue', 'skip', 'back', 'keyHint', 'keyHintMore',
  'whatElse', 'whatElseHint', 'guessPrompt', 'guessNone', 'guessHint', 'guessed',
  'actionPrompt', 'actionHint', 'actionText', 'actionFromAnswer', 'actionOwner', 'actionOwnerPlaceholder', 'actionDue', 'skipAction', 'reviewNext',
  'reviewTitle', 'reviewNoAction', 'learningLabel', 'visibilityLegend', 'visibility.team', 'visibility.anonymous', 'visibility.private',
  'visibilityHint.team', 'visibilityHint.anonymous', 'visibilityHint.private', 'privateOffered',
  'frictionLegend', 'save', 'saving', 'savedTitle', 'savedAt', 'openFile', 'startAnother', 'discard', 'draftSaved',
  'nextStepLabel', 'ownerLabel', 'dueLabel',
  'dueNotADate', 'dueUnfinished', 'duePassed', 'stagesLabel',
] as const;
export type StringKey = (typeof STRING_KEYS)[number];

const webviewStrings = keyed(STRING_KEYS, str({ max: VIEW_CHARS.string }));
export type WebviewStrings = Infer<typeof webviewStrings>;

// ---------------------------------------------------------------- the view

/** The next step as typed; the type is the core's, so the check cannot miss a field. */
const actionDraft = objectOf<ActionDraft>({
  text: str({ max: LIMITS.actionChars }),
  owner: str({ max: LIMITS.ownerChars }),
  due: str({ max: CALENDAR_DATE_CHARS }),
});

/** Friction kinds as the session keeps them; the host removes duplicates. */
const frictionList = arrayOf(oneOf(FRICTION_KINDS), { max: FRICTION_KINDS.length });

const sessionView = object({
  step: oneOf(STEPS),
  /** Changes whenever the app should reset its inputs (a new step or a new question). */
  inputKey: str({ max: VIEW_CHARS.inputKey }),
  folderName: str({ max: VIEW_CHARS.folderName }),
  kind: nullable(oneOf(KIND_CHOICES)),
  /** The stages on the progress track: focus first when the session opened with it. */
  track: arrayOf(oneOf(TRACK_STAGES), { max: TRACK_STAGES.length }),
  question: nullable(object({
    text: str({ max: LIMITS.questionChars }),
    stage: oneOf(TRACK_STAGES),
    number: int({ min: 1, max: LIMITS.exchanges }),
    total: int({ min: 1, max: LIMITS.exchanges }),
    /** "And what else?" or a generated follow-up: it adds to question `number`. */
    extra: bool,
  })),
  /** The confirmKind step: the kind guessed from the focus answer, if any. */
  guess: nullable(oneOf(FRICTION_KINDS)),
  acknowledgment: nullable(str({ max: VIEW_CHARS.acknowledgment })),
  draft: str({ max: LIMITS.answerChars }),
  canGoBack: bool,
  /** "And what else?" is offered for the question on screen. */
  canAskMore: bool,
  action: actionDraft,
  /** The next step shown was taken from the will answer, unchanged. */
  actionSuggested: bool,
  actionSkipped: bool,
  visibility: oneOf(VISIBILITIES),
  /** An answer sounded heavy: the coach offered to keep this private. */
  privateOffered: bool,
  friction: frictionList,
  exchanges: arrayOf(object({ question: str({ max: LIMITS.questionChars }), answer: str({ max: LIMITS.answerChars }) }), { max: LIMITS.exchanges }),
  /** The optional question before saving, with what is typed so far. */
  learning: nullable(object({ question: str({ max: LIMITS.questionChars }), answer: str({ max: LIMITS.answerChars }) })),
  savedPath: nullable(str({ max: VIEW_CHARS.savedPath })),
  error: nullable(str({ max: VIEW_CHARS.error })),
  /** The input `error` is about, shown next to it; null: the error is about the step as a whole. */
  errorField: nullable(oneOf(DRAFT_FIELDS)),
  /** The person's local date, YYYY-MM-DD: a due date before it gets a gentle hint. */
  today: str({ max: CALENDAR_DATE_CHARS, pattern: /^\d{4}-\d{2}-\d{2}$/ }),
  saving: bool,
});
/** What the app draws; derived by the host from the session state. */
export type SessionView = Infer<typeof sessionView>;

// ---------------------------------------------------------------- host → app

const hostMessage = messages(
  message('init', { strings: webviewStrings }),
  message('render', { view: sessionView }),
  /** A message from the app was refused by its guard: why, and next to which input (null: none in particular). */
  message('refused', { field: nullable(oneOf(DRAFT_FIELDS)), reason: str({ max: VIEW_CHARS.error }) }),
);
export type HostMessage = Infer<typeof hostMessage>;

// ---------------------------------------------------------------- app → host

/** Session events the app sends exactly as the state machine takes them. */
export type PassThroughEvent = Extract<SessionEvent, { type: 'skip' | 'back' | 'submitAction' | 'skipAction' | 'setVisibility' | 'setFriction' }>;

/** One check per pass-through event, typed by the core's events so the two cannot drift apart. */
const passThrough: { [T in PassThroughEvent['type']]: MessageCheck<T, Extract<PassThroughEvent, { type: T }>> } = {
  skip: message('skip'),
  back: message('back'),
  submitAction: message('submitAction', { action: actionDraft }),
  skipAction: message('skipAction'),
  setVisibility: message('setVisibility', { visibility: oneOf(VISIBILITIES) }),
  setFriction: message('setFriction', { friction: frictionList }),
};

const webviewMessage = messages(
  message('ready'),
  /** The host draws the questions for the chosen kind (after the focus answer of "not sure yet": the confirmed one). */
  message('chooseKind', { kind: oneOf(KIND_CHOICES) }),
  /** `more`: then ask "And what else?" (the host picks the question). */
  message('answer', { text: str({ max: LIMITS.answerChars }), more: bool }),
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

/** Checks a message the webview app posted; the host drops anything that fails, and says why (refusedInput). */
export const isWebviewMessage = guard(webviewMessage);

/**
 * What a message the guard refused was carrying, as far as a person could have caused it: the
 * input whose text did not fit (the due date of a submitted next step, a draft's field, an
 * answer) and that text; null when the message went wrong somewhere no input reaches.
 */
export function refusedInput(raw: unknown): { field: DraftField; value: string } | null {
  const failure = checkWebviewMessage(raw);
  if (!failure || typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const [first, second] = failure.path;
  if (m.type === 'submitAction' && first === 'action' && typeof m.action === 'object' && m.action !== null) {
    const fields = { text: 'actionText', owner: 'actionOwner', due: 'actionDue' } as const;
    const field = fields[second as keyof typeof fields];
    return field ? { field, value: text((m.action as Record<string, unknown>)[second as string]) } : null;
  }
  if (m.type === 'draft' && first === 'value' && (DRAFT_FIELDS as unknown[]).includes(m.field)) return { field: m.field as DraftField, value: text(m.value) };
  if (m.type === 'answer' && first === 'text') return { field: 'answer', value: text(m.text) };
  return null;
}

/** Checks a message the host posted; the app ignores anything that fails. */
export const isHostMessage = guard(hostMessage);
