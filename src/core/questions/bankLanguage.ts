/**
 * A built-in question in the person's language, found by its id, so the `text` a reflection
 * saves is what was asked while its `question` id stays the same in every language. A team's
 * own question (its id or its words differ from the built-in one) is never rewritten.
 */
import { LANGUAGES, type Language } from '../util/catalogue';
import { ALL_SIGNAL_OPENERS } from '../coach/openers';
import { BLOCKER_QUESTIONS } from '../coach/quickCaptures';
import { BUILT_IN_QUESTIONS, SESSION_QUESTIONS } from './bank';
import { QUESTIONS_DE } from './bank.de';

const TRANSLATIONS: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: {}, de: QUESTIONS_DE };

let builtIn: ReadonlyMap<string, string> | undefined;

/** Every built-in question's English text by id: the bank, session questions, signal openers and Log Blocker's. */
export function builtInTexts(): ReadonlyMap<string, string> {
  builtIn ??= new Map(
    [...BUILT_IN_QUESTIONS, ...SESSION_QUESTIONS, ...ALL_SIGNAL_OPENERS, ...Object.values(BLOCKER_QUESTIONS)].map((q) => [q.id, q.text]),
  );
  return builtIn;
}

/** 'pt-BR' → 'pt': languages are compared by their primary subtag. */
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_.@]/)[0];

/**
 * Whether `question` can be asked in the person's display language (`locale`): a team question
 * tagged with a lang when that is the person's, a built-in one when the bank is translated into
 * it, and a team question without a lang always (its language is unknown).
 */
export function speaks(question: { id: string; text: string; lang?: string }, locale: string): boolean {
  if (question.lang) return primary(question.lang) === primary(locale);
  return builtInTexts().get(question.id) !== question.text || (LANGUAGES as readonly string[]).includes(primary(locale));
}

/** `question` as asked in `language`: the translation of a built-in question, anything else unchanged. */
export function inLanguage<T extends { id: string; text: string }>(question: T, language: Language | undefined): T {
  if (!language || builtInTexts().get(question.id) !== question.text) return question;
  const text = TRANSLATIONS[language][question.id];
  return text ? { ...question, text } : question;
}
