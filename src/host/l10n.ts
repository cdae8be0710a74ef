import * as vscode from 'vscode';
import type { Message } from '../core/util/message';

/** The person's language for a sentence the core made: its template goes through vscode.l10n. */
export function localize(message: Message): string {
  return vscode.l10n.t(message.template, ...message.args);
}
