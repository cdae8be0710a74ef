import * as vscode from 'vscode';
import { languageOf, makeTranslate, type Language, type Translate } from '../core/util/catalogue';
import type { Message } from '../core/util/message';
import { translateText } from '../core/util/translateText';

/** The person's language for a sentence the core made: its template goes through vscode.l10n. */
export function localize(message: Message): string {
  return vscode.l10n.t(message.template, ...message.args.map((a) => (typeof a === 'object' ? localize(a) : a)));
}

/** The language built-in questions are asked in: VS Code's display language, English when there is no translation. */
export function personLanguage(): Language {
  return languageOf(vscode.env.language);
}

/** A sentence of the core that arrived as English text (a file's problem), in the person's language: its template found again in the loaded bundle. */
export function localizeText(text: string): string {
  return translateText(text, vscode.l10n.bundle);
}

/** The core's `Translate` (reports, the pulse check's words) said through vscode.l10n, in the display language. */
export function hostTranslate(): Translate {
  return makeTranslate(personLanguage(), (template, args) => vscode.l10n.t(template, ...args));
}
