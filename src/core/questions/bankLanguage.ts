/**
 * A built-in question in the person's language, found by its id, so the `text` a reflection
 * saves is what was asked while its `question` id stays the same in every language. A team's
 * own question (its id or its words differ from the built-in one) is never rewritten.
 */
import { LANGUAGES, type Language } from '../util/catalogue';
import { ALL_SIGNAL_OPENERS } from '../coach/openers';
import { BLOCKER_QUESTIONS } from '../coach/quickCaptures';
import { BUILT_IN_QUESTIONS, SESSION_QUESTIONS } from './bank';

/** Question id → text, as in l10n/questions.<language>.json. */
export type QuestionTranslations = Readonly<Record<string, string>>;

/**
 * The built-in questions in each language besides English, as loaded. Translations are data
 * (l10n/questions.de.json, like VS Code's own l10n bundles): the extension loads the table of
 * the display language only, so nobody's extension carries every language's questions.
 */
const translations: Partial<Record<Language, QuestionTranslations>> = { en: {} };

/** From now on, built-in questions are asked in `language` with the texts of `table`. */
export function useQuestionTranslations(language: Language, table: QuestionTranslations): void {
  translations[language] = table;
}

/**
 * A translation table read from a file, or why it cannot be one: an object whose keys are
 * built-in question ids and whose values are non-empty single-line texts.
 */
export function questionTranslations(value: unknown): { table: QuestionTranslations } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'it is not an object of question id → text' };
  const known = builtInTexts();
  for (const [id, text] of Object.entries(value)) {
    if (!known.has(id)) return { error: `it names “${id}”, which is not a built-in question id` };
    if (typeof text !== 'string' || !text.trim() || /[\r\n]/.test(text)) return { error: `the text of “${id}” is not a non-empty line of text` };
  }
  return { table: Object.freeze({ ...(value as Record<string, string>) }) };
}

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
  const language = primary(locale);
  return builtInTexts().get(question.id) !== question.text || ((LANGUAGES as readonly string[]).includes(language) && translations[language as Language] !== undefined);
}

/** `question` as asked in `language`: the translation of a built-in question, anything else unchanged. */
export function inLanguage<T extends { id: string; text: string }>(question: T, language: Language | undefined): T {
  if (!language || builtInTexts().get(question.id) !== question.text) return question;
  const text = translations[language]?.[question.id];
  return text ? { ...question, text } : question;
}
