/**
 * A draft read back from workspace storage, checked before use: it may come from an older
 * version of the extension or a damaged store. Version 1 drafts (one fixed list of questions)
 * are carried over to today's shape; every text is bounded to the limits the panel's protocol
 * checks, so a restored draft is never refused on its way to the panel. A draft that does not
 * fit is dropped, never guessed at.
 */
import {
  SESSION_STEPS,
  type ActionDraft, type KindChoice, type PlannedQuestion, type SessionStage, type SessionState, type SessionStep, type Turn,
} from './sessionState';
import { QUESTION_ID_PATTERN } from '../questions/question';
import { CALENDAR_DATE_CHARS, GROW_STAGES, LIMITS, TRIGGER_KINDS, isFrictionKind, isVisibility, type FrictionKind, type Trigger } from '../model/reflection';
import { clip } from '../util/clip';
import { isObject, isOneOf, isString, type Obj } from '../util/guards';
import type { Message } from '../util/message';

/** Every stage once: a record, so a stage added to the session is a compile error here until listed. */
const STAGE_SET: Readonly<Record<SessionStage, true>> = { focus: true, goal: true, reality: true, options: true, will: true, 'what-else': true, learning: true };
const SESSION_STAGES = Object.keys(STAGE_SET) as SessionStage[];
/** Longest start time kept: an ISO time with offset is 25 characters, with milliseconds 29. */
const STARTED_AT_CHARS = 40;
/** Bounds of a stored acknowledgment (a template and its arguments); the panel bounds what it shows. */
const MESSAGE_CHARS = 1_000;
const MESSAGE_ARGS = 10;
const V1_STEPS = ['kind', 'question', 'action', 'review', 'saved'] as const;

export function restoreSession(value: unknown): SessionState | undefined {
  if (!isObject(value)) return undefined;
  if (value.version === 1) return restoreV1(value);
  if (value.version !== 2 || !isOneOf(SESSION_STEPS, value.step)) return undefined;
  const turns = turnList(value.turns);
  const upcoming = turnList(value.upcoming);
  const learning = value.learning === null ? null : turn(value.learning);
  if (!turns || !upcoming || learning === undefined || turns.length + upcoming.length >= LIMITS.exchanges) return undefined;
  if (value.step === 'question' && !upcoming.length) return undefined;
  const common = commonFields(value);
  if (!common) return undefined;
  const sessionKind = isFrictionKind(value.sessionKind) ? value.sessionKind : null;
  return {
    ...common,
    version: 2,
    step: value.step,
    sessionKind,
    guess: isFrictionKind(value.guess) ? value.guess : null,
    turns,
    upcoming,
    acknowledgment: message(value.acknowledgment),
    learning,
    suggestedStep: isString(value.suggestedStep) ? clip(value.suggestedStep, LIMITS.actionChars) : '',
    visibilityChosen: value.visibilityChosen === true,
    privateOffered: value.privateOffered === true,
  };
}

/** The fields both versions share, bounded; undefined when one is missing or malformed. */
type Common = Pick<SessionState, 'startedAt' | 'trigger' | 'kind' | 'draft' | 'action' | 'actionSkipped' | 'visibility' | 'friction' | 'saved'>;

function commonFields(s: Obj): Common | undefined {
  if (!isString(s.startedAt) || !isString(s.draft) || !isVisibility(s.visibility)) return undefined;
  const action = actionDraft(s.action);
  if (!action || !Array.isArray(s.friction) || !s.friction.every(isFrictionKind)) return undefined;
  const saved = isObject(s.saved) && isString(s.saved.relativePath) ? { relativePath: s.saved.relativePath } : null;
  return {
    startedAt: clip(s.startedAt, STARTED_AT_CHARS),
    trigger: trigger(s.trigger),
    kind: s.kind === 'unsure' || isFrictionKind(s.kind) ? (s.kind as KindChoice) : null,
    draft: clip(s.draft, LIMITS.answerChars),
    action,
    actionSkipped: s.actionSkipped === true,
    visibility: s.visibility,
    friction: [...new Set(s.friction as FrictionKind[])],
    saved,
  };
}

/** Version 1: `questions` asked in order, `answers` to the first `current` of them, a string acknowledgment. */
function restoreV1(s: Obj): SessionState | undefined {
  if (!isOneOf(V1_STEPS, s.step) || !Array.isArray(s.questions) || !Array.isArray(s.answers) || !s.answers.every(isString)) return undefined;
  const questions = s.questions.map((q) => plannedQuestion(q, GROW_STAGES));
  if (!questions.every((q): q is PlannedQuestion => !!q) || questions.length >= LIMITS.exchanges) return undefined;
  const answers = s.answers as string[];
  if (typeof s.current !== 'number' || answers.length > questions.length || s.current !== Math.min(answers.length, questions.length)) return undefined;
  if (s.step === 'question' && answers.length >= questions.length) return undefined;
  const common = commonFields(s);
  if (!common) return undefined;
  return {
    ...common,
    version: 2,
    step: s.step as SessionStep,
    sessionKind: isFrictionKind(common.kind) ? common.kind : null,
    guess: null,
    turns: questions.slice(0, answers.length).map((question, i) => ({ question, answer: clip(answers[i], LIMITS.answerChars) })),
    upcoming: questions.slice(answers.length).map((question) => ({ question, answer: '' })),
    acknowledgment: isString(s.acknowledgment) ? { template: '{0}', args: [clip(s.acknowledgment, MESSAGE_CHARS)] } : null,
    learning: null,
    suggestedStep: '',
    visibilityChosen: false,
    privateOffered: false,
  };
}

/** A stored question; ids are checked as reflections check them, since they are saved into one. */
function plannedQuestion(value: unknown, stages: readonly SessionStage[] = SESSION_STAGES): PlannedQuestion | undefined {
  if (!isObject(value) || !isString(value.id) || !QUESTION_ID_PATTERN.test(value.id) || !isString(value.text) || !isOneOf(stages, value.stage)) return undefined;
  return { id: value.id, text: clip(value.text, LIMITS.questionChars), stage: value.stage };
}

function turn(value: unknown): Turn | undefined {
  if (!isObject(value) || !isString(value.answer)) return undefined;
  const question = plannedQuestion(value.question);
  return question && { question, answer: clip(value.answer, LIMITS.answerChars) };
}

function turnList(value: unknown): Turn[] | undefined {
  if (!Array.isArray(value) || value.length >= LIMITS.exchanges) return undefined;
  const turns = value.map(turn);
  return turns.every((t): t is Turn => !!t) ? turns : undefined;
}

function actionDraft(value: unknown): ActionDraft | undefined {
  if (!isObject(value) || !isString(value.text) || !isString(value.owner) || !isString(value.due)) return undefined;
  return { text: clip(value.text, LIMITS.actionChars), owner: clip(value.owner, LIMITS.ownerChars), due: clip(value.due, CALENDAR_DATE_CHARS) };
}

function trigger(value: unknown): Trigger {
  if (!isObject(value) || !isOneOf(TRIGGER_KINDS, value.kind)) return { kind: 'manual' };
  return { kind: value.kind, ...(isString(value.detail) ? { detail: clip(value.detail, LIMITS.detailChars) } : {}) };
}

function message(value: unknown): Message | null {
  if (!isObject(value) || !isString(value.template) || !Array.isArray(value.args)) return null;
  const args = value.args.filter((a): a is string | number => isString(a) || (typeof a === 'number' && Number.isFinite(a))).slice(0, MESSAGE_ARGS);
  return { template: clip(value.template, MESSAGE_CHARS), args: args.map((a) => (typeof a === 'string' ? clip(a, MESSAGE_CHARS) : a)) };
}
