/**
 * The coach's response to an answer: first what kind of answer it is (classify.ts), then a
 * fitting line from that class's family (replies.ts), chosen with the injected random, so a
 * fixed random gives a fixed response. Pure and deterministic; never throws.
 */
import type { Random } from '../../model/ids';
import type { GrowStage } from '../../model/reflection';
import { msg, type Message } from '../../util/message';
import { indexFor } from '../../questions/select';
import { classify, type Reading } from './classify';
import * as replies from './replies';

export { guessFrictionKind } from './kinds';
export { MAX_PHRASE_CHARS, MAX_PHRASE_WORDS, MAX_CJK_PHRASE_CHARS, keyPhrase } from './text';

export type AnswerClass = 'non-answer' | 'distress' | 'blame' | 'venting' | 'code' | 'commitment' | 'plain';
export type CoachStage = GrowStage | 'focus' | 'what-else' | 'learning';

/** Longest response once its phrase is filled in (UTF-16 units, as the protocols count). */
export const MAX_RESPONSE_CHARS = 200;

export interface CoachResponse {
  answerClass: AnswerClass;
  /** The acknowledgment to show before the next question (≤ MAX_RESPONSE_CHARS once filled). */
  text: Message;
  /** At the will stage, a concrete step to pre-fill the next-step form with (never a non-answer). */
  nextStep?: string;
  /** Distress: offer to keep this reflection private (the session then defaults to private). */
  offerPrivate: boolean;
}

const STAGES: ReadonlySet<string> = new Set(Object.keys(replies.PLAIN));

/** The response to `answer` given at `stage`. Accepts anything at runtime: odd input gets a plain skip line. */
export function respond(answer: string, stage: CoachStage, random: Random): CoachResponse {
  const safeStage: CoachStage = typeof stage === 'string' && STAGES.has(stage) ? stage : 'reality';
  let reading: Reading;
  try {
    reading = classify(answer, safeStage);
  } catch {
    reading = { answerClass: 'non-answer', phrase: '', blank: true, codeOnly: false };
  }
  const family = familyFor(reading, safeStage);
  const template = family[indexFor(family.length, random)];
  return {
    answerClass: reading.answerClass,
    text: template.includes('{0}') ? msg(template, reading.phrase) : msg(template),
    ...(reading.nextStep ? { nextStep: reading.nextStep } : {}),
    offerPrivate: reading.answerClass === 'distress',
  };
}

function familyFor(reading: Reading, stage: CoachStage): readonly string[] {
  const needsPhrase = (family: readonly string[]) => (reading.phrase ? family : replies.SKIPPED);
  switch (reading.answerClass) {
    case 'non-answer':
      if (reading.blank) return replies.SKIPPED;
      if (stage === 'will') return replies.NOT_KNOWING_WILL;
      if (stage === 'what-else') return replies.NOTHING_ELSE;
      return stage === 'learning' ? replies.NOTHING_LEARNED : replies.NOT_KNOWING;
    case 'distress': return replies.DISTRESS;
    case 'blame': return replies.BLAME;
    case 'venting': return needsPhrase(replies.VENTING);
    case 'code': return reading.codeOnly ? replies.CODE_ONLY : needsPhrase(replies.CODE_WITH_PROSE);
    case 'commitment': return needsPhrase(replies.COMMITMENT);
    case 'plain': return needsPhrase(replies.PLAIN[stage]);
  }
}
