/**
 * The catalogue's German, all tables together, and translation with it: what the CLI and the
 * tests use. The extension does not import this file; it says the same entries through
 * vscode.l10n and its German bundle (see catalogue.ts).
 */
import { fillTemplate, type Message } from './message';
import { makeTranslate, sayMessage, type Catalogue, type Language, type Translate } from './catalogue';
import { SESSION_DE } from './catalogue.session.de';
import { CLI_DE } from './catalogue.cli.de';
import { REPORTS_DE } from './catalogue.reports.de';
import { WARNINGS_DE } from './catalogue.warnings.de';
import { PROBLEMS_DE } from './catalogue.problems.de';

/** German for every core and CLI sentence, by English template. */
export const GERMAN: Catalogue = Object.freeze({ ...SESSION_DE, ...CLI_DE, ...REPORTS_DE, ...WARNINGS_DE, ...PROBLEMS_DE });

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en: {}, de: GERMAN };

/** The catalogue of `language` (English has none: its templates are the English). */
export const catalogueOf = (language: Language): Catalogue => CATALOGUES[language];

const sayIn = (language: Language) => (template: string, args: readonly (string | number)[]) => fillTemplate(CATALOGUES[language][template] ?? template, args);

/** A core sentence in `language`; a template without a translation stays English, never lost. */
export function translate(message: Message, language: Language): string {
  return sayMessage(message, sayIn(language));
}

export function translator(language: Language): Translate {
  return makeTranslate(language, sayIn(language));
}
