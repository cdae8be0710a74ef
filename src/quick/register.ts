import * as vscode from 'vscode';
import type { SessionServices } from '../host/services';
import { QuickDrafts } from './drafts';
import { logBlocker } from './logBlocker';
import { pulseCheck } from './pulseCheck';

export const LOG_BLOCKER_COMMAND = 'retroCoach.logBlocker';
export const PULSE_CHECK_COMMAND = 'retroCoach.pulseCheck';

/** The quick captures that need no panel: Log Blocker and Pulse Check. */
export function register(context: vscode.ExtensionContext, services: SessionServices): void {
  const drafts = new QuickDrafts(context.workspaceState);
  context.subscriptions.push(
    vscode.commands.registerCommand(LOG_BLOCKER_COMMAND, () => logBlocker(drafts, services)),
    vscode.commands.registerCommand(PULSE_CHECK_COMMAND, () => pulseCheck(drafts, services)),
  );
}
