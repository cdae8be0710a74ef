import * as vscode from 'vscode';
import type { SessionServices } from '../host/services';
import type { CoachingIndex } from '../host/coachingIndex';
import { askBack } from './followUp';
import { showOpenActions } from './showOpenActions';

export const SHOW_OPEN_ACTIONS_COMMAND = 'retroCoach.showOpenActions';

/** Actions that come back: the open-actions list, follow-ups, and asking back before a session. */
export function register(context: vscode.ExtensionContext, services: SessionServices, index: CoachingIndex): { askBack(): Promise<void> } {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_OPEN_ACTIONS_COMMAND, () => showOpenActions(index, services)));
  return { askBack: () => askBack(index, services, context.globalState) };
}
