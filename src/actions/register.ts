import * as vscode from 'vscode';
import type { HostServices } from '../host/services';
import type { CoachingIndex } from '../host/coachingIndex';
import { askBack } from './askBack';
import { showOpenActions } from './showOpenActions';
import { COMMANDS } from '../commands';

/** Actions that come back: the open-actions list, follow-ups, and asking back before a session. */
export function register(context: vscode.ExtensionContext, services: HostServices, index: CoachingIndex): { askBack(): Promise<void> } {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showOpenActions.id, () => showOpenActions(index, services)));
  return { askBack: () => askBack(index, services, context.globalState) };
}
