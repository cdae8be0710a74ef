import * as vscode from 'vscode';
import { languageOf, type Language } from '../core/util/catalogue';
import type { Message } from '../core/util/message';

/** The person's language for a sentence the core made: its template goes through vscode.l10n. */
export function localize(message: Message): string {
  return vscode.l10n.t(message.template, ...message.args);
}

/** The language built-in questions are asked in: VS Code's display language, English when there is no translation. */
export function personLanguage(): Language {
  return languageOf(vscode.env.language);
}
