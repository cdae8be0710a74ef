/**
 * What kind of answer this is. The order is the rule: a non-answer is never anything else;
 * distress outranks everything said with it; blame is answered without repeating a name; at
 * the will stage a concrete step outranks venting; code is set aside for the prose around it.
 */
import { LIMITS } from '../../model/reflection';
import { clip } from '../../util/clip';
import { splitCode } from './code';
import { BLAME, DISTRESS, VENTING, type Language } from './rules';
import { cleanAnswer, hasLetters, keyPhrase, normalise, sentences, tidy, withoutLeadingInterjections, words } from './text';
import { commitmentIn, isNonAnswer } from './intent';
import { ACRONYMS, HUMAN_VERBS, NOT_NAMES } from './words';
import type { AnswerClass, CoachStage } from './index';

export interface Reading {
  answerClass: AnswerClass;
  /** The person's words to reflect back; empty when there is nothing to reflect. */
  phrase: string;
  /** A non-answer with no words at all (empty, punctuation, an emoji that is not a shrug). */
  blank: boolean;
  /** Only code or logs, no prose around them. */
  codeOnly: boolean;
  nextStep?: string;
}

const LANGUAGES: readonly Language[] = ['en', 'de', 'ja'];
const SHRUGS = /🤷|¯\\_\(ツ\)_\/¯|🤔|\?/gu;

export function classify(answer: string, stage: CoachStage): Reading {
  const text = cleanAnswer(answer);
  const reading = (answerClass: AnswerClass, phrase = '', extra: Partial<Reading> = {}): Reading => ({ answerClass, phrase, blank: false, codeOnly: false, ...extra });
  const withoutShrugs = text.replace(SHRUGS, '');
  if (!hasLetters(withoutShrugs)) return reading('non-answer', '', { blank: withoutShrugs.length === text.length });
  if (isNonAnswer(text)) return reading('non-answer');
  const { prose, hadCode } = splitCode(text);
  if (!hasLetters(prose) || (hadCode && isNonAnswer(prose))) return reading('code', '', { codeOnly: true });

  const normalised = normalise(prose);
  if (matches(DISTRESS, normalised, prose)) return reading('distress');
  if (matches(BLAME, normalised, prose) || namesSomeoneToBlame(prose)) return reading('blame');
  if (stage === 'will') {
    const step = commitmentIn(prose);
    if (step) return reading('commitment', keyPhrase(step), { nextStep: clip(tidy(withoutLeadingInterjections(step)), LIMITS.actionChars) });
  }
  if (isVenting(prose, normalised)) return reading('venting', keyPhrase(prose, (s) => isOnlyVenting(s)));
  return reading(hadCode ? 'code' : 'plain', keyPhrase(prose));
}

function matches(table: Readonly<Record<Language, readonly RegExp[]>>, normalised: string, raw: string): boolean {
  return LANGUAGES.some((language) => table[language].some((pattern) => pattern.test(language === 'ja' ? raw : normalised)));
}

function isVenting(prose: string, normalised: string): boolean {
  if (matches(VENTING, normalised, prose) || /[!！]{2,}|\?!|!\?|！？|？！/.test(prose)) return true;
  const shouted = shoutedWords(prose);
  return shouted >= 2 || (shouted >= 1 && /[!！]/.test(prose));
}

/** A short sentence that only vents ("This is ridiculous.", "So annoying!"): nothing in it to reflect. */
function isOnlyVenting(sentence: string): boolean {
  const normalised = normalise(sentence);
  return words(sentence).length <= 4 && (matches(VENTING, normalised, sentence) || shoutedWords(sentence) > 0);
}

/** Words in capitals that are not acronyms: shouting. */
function shoutedWords(text: string): number {
  let count = 0;
  for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
    if (token.length >= 3 && /^\p{Lu}+$/u.test(token) && !ACRONYMS.has(token)) count++;
  }
  return count;
}

/** Adverbs that may sit between a name and "never": "Mark just never…". */
const BETWEEN = new Set(['just', 'still', 'really', 'basically', 'literally', 'also', 'again', 'simply']);
const ABSOLUTES = new Set(['always', 'never', "won't", 'refuses', 'ignores', 'ignored', 'keeps', "doesn't", "didn't"]);

/** A capitalised name followed by an absolute about what people do: "Mark never reviews…", "Priya always ignores…". */
function namesSomeoneToBlame(prose: string): boolean {
  for (const sentence of sentences(prose)) {
    const tokens = sentence.split(' ').map(letterCore);
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i];
      if (!/^\p{Lu}\p{Ll}+$/u.test(token) || NOT_NAMES.has(token.toLowerCase())) continue;
      let j = i + 1;
      if (BETWEEN.has(tokens[j]?.toLowerCase() ?? '')) j++;
      const absolute = tokens[j]?.toLowerCase() ?? '';
      if (!ABSOLUTES.has(absolute)) continue;
      const following = tokens.slice(j, j + 4).map((t) => t.toLowerCase());
      if (absolute === 'refuses' || absolute === 'ignores' || absolute === 'ignored' || following.some((t) => HUMAN_VERBS.has(t))) return true;
    }
  }
  return false;
}

/** A token without the punctuation around it ("Mark," → "Mark"), apostrophes as `'`; one pass each way. */
function letterCore(token: string): string {
  const chars = Array.from(token.replace(/[’‘]/g, "'"));
  let start = 0;
  let end = chars.length;
  while (start < end && !/\p{L}/u.test(chars[start])) start++;
  while (end > start && !/[\p{L}']/u.test(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}
