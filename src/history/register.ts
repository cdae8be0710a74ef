import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';
import { showHistory } from './showHistory';
import { COMMANDS } from '../commands';

/** The history surface: the `.coaching/` timeline from git, for coaches inside VS Code. */
export function register(context: vscode.ExtensionContext, index: CoachingIndex): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showHistory.id, () => showHistory(index)));
}
