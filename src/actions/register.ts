import * as vscode from 'vscode';
import type { SessionServices } from '../session/services';
import { ActionsService } from './actionsService';
import { askBack } from './followUp';
import { showOpenActions } from './showOpenActions';

export const SHOW_OPEN_ACTIONS_COMMAND = 'retroCoach.showOpenActions';

/** Actions that come back: the open-actions list, follow-ups, and asking back before a session. */
export function register(context: vscode.ExtensionContext, services: SessionServices): { actions: ActionsService; askBack(): Promise<void> } {
  const actions = new ActionsService();
  context.subscriptions.push(
    actions,
    vscode.commands.registerCommand(SHOW_OPEN_ACTIONS_COMMAND, () => showOpenActions(actions, services)),
  );
  return { actions, askBack: () => askBack(actions, services, context.globalState) };
}
