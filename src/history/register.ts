import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';
import { showHistory } from './showHistory';

export const SHOW_HISTORY_COMMAND = 'retroCoach.showHistory';

/** The history surface: the `.coaching/` timeline from git, for coaches inside VS Code. */
export function register(context: vscode.ExtensionContext, index: CoachingIndex): void {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_HISTORY_COMMAND, () => showHistory(index)));
}
