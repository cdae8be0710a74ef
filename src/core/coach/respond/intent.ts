/** Whether an answer says nothing yet ("no idea tbh"), and whether it names a concrete step. */
import { hasCjk, normalise, sentences, tidy, withoutLeadingInterjections, words } from './text';
import {
  ACTION_VERBS,
  INTENT_OPENERS,
  JA_ACTION_ENDS,
  NEGATIONS,
  NON_ANSWERS,
  NON_ANSWER_FILLERS,
  NON_ANSWER_QUESTION_WORDS,
  NON_ANSWER_TAIL_WORDS,
} from './words';

const NON_ANSWER_SET: ReadonlySet<string> = new Set(Object.values(NON_ANSWERS).flat());
const LONGEST_NON_ANSWER = Math.max(...[...NON_ANSWER_SET].map((phrase) => phrase.split(' ').length));
/** Japanese non-answers may carry a short clause before them: "どうすればいいかわからない". */
const JA_CLAUSE_CHARS = 8;
/** Verbs after "I'll" that postpone rather than act: "I'll see", "I'll think about it". */
const VAGUE = new Set(['see', 'think', 'consider', 'wait', 'hope', 'figure', 'decide', 'sehen', 'überlegen']);

/** "I don't know", "no idea tbh", "keine Ahnung", "わからない", alone or with a short "what to do". */
export function isNonAnswer(prose: string): boolean {
  const list = words(prose).filter((w) => !NON_ANSWER_FILLERS.has(w));
  if (!list.length) return true;
  if (list.length > LONGEST_NON_ANSWER + NON_ANSWER_TAIL_WORDS + 1) return false;
  if (NON_ANSWER_SET.has(list.join(' '))) return true;
  // "I don't know what to do", "no idea where to start": a short question clause adds nothing.
  for (let n = 1; n <= LONGEST_NON_ANSWER && n < list.length; n++) {
    const tail = list.slice(n);
    if (NON_ANSWER_SET.has(list.slice(0, n).join(' ')) && NON_ANSWER_QUESTION_WORDS.has(tail[0]) && tail.length <= NON_ANSWER_TAIL_WORDS) return true;
  }
  return hasCjk(prose) && isJapaneseNonAnswer(prose);
}

function isJapaneseNonAnswer(prose: string): boolean {
  let rest = normalise(prose).replace(/ /g, '');
  for (const filler of NON_ANSWER_FILLERS) if (rest.endsWith(filler) && rest.length > filler.length) rest = rest.slice(0, -filler.length);
  return NON_ANSWERS.ja.some((phrase) => rest.endsWith(phrase) && rest.length - phrase.length <= JA_CLAUSE_CHARS && (rest === phrase || phrase.length >= 3));
}

/**
 * The first sentence that names a concrete step: it opens with an action verb ("Ask Dana
 * for a review"), announces one ("I'll split the suite"), ends with a German infinitive
 * ("Mit Anna sprechen") or a Japanese verb of intent ("レビューを依頼する"). Undefined if none.
 */
export function commitmentIn(prose: string): string | undefined {
  for (const sentence of sentences(prose)) {
    const cleaned = withoutLeadingInterjections(sentence);
    if (isStep(cleaned)) return cleaned;
  }
  return undefined;
}

function isStep(sentence: string): boolean {
  if (hasCjk(sentence)) return JA_ACTION_ENDS.some((end) => tidy(sentence).endsWith(end));
  const list = words(sentence);
  if (list.length < 2 || list.slice(0, 4).some((w) => NEGATIONS.has(w))) return false;
  if (ACTION_VERBS.has(list[0]) || ACTION_VERBS.has(list[list.length - 1])) return true;
  for (const opener of INTENT_OPENERS) {
    for (let at = 0; at <= 2; at++) {
      if (!opener.every((w, k) => list[at + k] === w)) continue;
      const rest = list.slice(at + opener.length);
      if (rest.length >= 2 && !VAGUE.has(rest[0]) && !NEGATIONS.has(rest[0])) return true;
    }
  }
  return false;
}
