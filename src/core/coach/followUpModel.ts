/**
 * Optional AI follow-ups: after a reality or options answer, a language model may suggest one
 * deeper question and a short acknowledgment. The model sits behind {@link FollowUpModel} so
 * the rules here (what is sent, what comes back, how long it may take) are plain code with
 * tests; the VS Code implementation is src/host/languageModel.ts.
 *
 * What the model produces is untrusted text: the question must pass the same lint as the
 * bank, and anything that does not fit is dropped so the built-in flow simply continues.
 */
import { lintQuestionText } from '../questions/lint';
import { PHRASE_RULES } from '../questions/lintRules';
import { clip, ELLIPSIS } from '../util/clip';
import { isObject } from '../util/guards';
import type { WhatElseStage } from '../questions/question';

/** The question id a generated question is saved under; its text is saved as asked. */
export const AI_FOLLOW_UP_ID = 'ai-follow-up';

/** Longest wait for a model before the built-in flow stands (the person never waits for it). */
export const FOLLOW_UP_TIMEOUT_MS = 4_000;

/** Longest generated acknowledgment, as the responder's own are bounded. */
export const MAX_ACK_CHARS = 200;

/** Longest answer put into the prompt; longer ones are cut, so one essay cannot crowd out the rest. */
const PROMPT_ANSWER_CHARS = 4_000;

/** Access to one language model: the prompt in, its whole reply out. Rejects on any failure. */
export interface FollowUpModel {
  ask(prompt: string, signal: AbortSignal): Promise<string>;
}

/** What a follow-up may be based on: this session's questions and answers so far, nothing else. */
export interface FollowUpRequest {
  exchanges: ReadonlyArray<{ question: string; answer: string }>;
  /** The stage of the answer to follow up on. */
  stage: WhatElseStage;
  /** False when the answer's class must get the built-in acknowledgment (distress, blame). */
  modelAcknowledgment: boolean;
}

export interface FollowUp {
  question: string;
  /** Absent when the model's acknowledgment was not allowed or did not pass the checks. */
  acknowledgment?: string;
}

const RULES = [
  'You are a team coach inside a code editor. An engineer is reflecting on friction in their work with the GROW model (goal, reality, options, will).',
  'Write one follow-up question that goes deeper into their last answer. Rules for the question:',
  '- open: it cannot be answered with yes or no, and it does not start with "Any" or end with a tag like ", right?";',
  '- exactly one question, one question mark at the end, at most 160 characters;',
  '- direct, even blunt, but never mean; forward-looking, about the gap between where they are and where they want to be;',
  '- no blame of anyone ("why did you", "who broke", "whose fault"); not therapy (no feelings interrogation, childhood, trauma, body, healing, inner critic);',
  '- not leading ("should have", "just", "wouldn\'t it be better"); refer only to what the engineer has already said.',
  'Also write one short sentence (at most 160 characters, no question) that shows you heard the last answer: plain words, no praise, no advice.',
  'Write both in the language of the engineer\'s answers.',
  'Reply with JSON only, nothing else: {"acknowledgment": "...", "question": "..."}',
];

/** The whole prompt: the coaching rules, then this session's exchanges; nothing from any file. */
export function followUpPrompt(request: FollowUpRequest): string {
  const focus = request.stage === 'reality' ? 'where things stand now' : 'the ways forward they see';
  return [
    ...RULES,
    '',
    'The session so far:',
    ...request.exchanges.flatMap((e) => [`Q: ${oneLine(e.question)}`, `A: ${clip(e.answer, PROMPT_ANSWER_CHARS, { ellipsis: ELLIPSIS })}`]),
    '',
    `Their last answer is about ${focus}.`,
  ].join('\n');
}

/**
 * The follow-up in a model's reply, or undefined when there is none fit to ask: the reply
 * must hold a JSON object whose question passes the question lint. An acknowledgment that
 * is not allowed, too long, or asks something itself is dropped (the built-in one is shown).
 */
export function checkFollowUp(reply: string, request: FollowUpRequest): FollowUp | undefined {
  const parsed = jsonObject(reply);
  if (!parsed) return undefined;
  const question = typeof parsed.question === 'string' ? oneLine(parsed.question) : '';
  if (!question || lintQuestionText(question).length > 0) return undefined;
  const ack = typeof parsed.acknowledgment === 'string' ? oneLine(parsed.acknowledgment) : '';
  return request.modelAcknowledgment && acknowledgmentFits(ack) ? { question, acknowledgment: ack } : { question };
}

/** A generated acknowledgment: one short statement, with none of the blame, therapy or leading phrases the question lint knows. */
function acknowledgmentFits(ack: string): boolean {
  if (ack === '' || Array.from(ack).length > MAX_ACK_CHARS || /[?？]/.test(ack)) return false;
  const normalised = ack.replace(/[’‘`´ʼ]/g, "'");
  return !PHRASE_RULES.some((rule) => rule.family !== 'closed-question' && rule.pattern.test(normalised));
}

/**
 * Asks `model` for a follow-up, never waiting longer than `timeoutMs` and never throwing:
 * no model, a refusal, an error, a cancellation, a late or unfit reply all give undefined.
 */
export async function askForFollowUp(
  model: FollowUpModel | undefined,
  request: FollowUpRequest,
  timeoutMs: number = FOLLOW_UP_TIMEOUT_MS,
): Promise<FollowUp | undefined> {
  if (!model) return undefined;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const asked = Promise.resolve().then(() => model.ask(followUpPrompt(request), controller.signal));
    const reply = await Promise.race([asked.catch(() => undefined), late]);
    return typeof reply === 'string' ? checkFollowUp(reply, request) : undefined;
  } finally {
    clearTimeout(timer);
    // Whatever is still running has lost the race: tell the model to stop.
    controller.abort();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first JSON object in a reply, also when the model wrapped it in prose or a code fence. */
function jsonObject(reply: string): Record<string, unknown> | undefined {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const value: unknown = JSON.parse(reply.slice(start, end + 1));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
