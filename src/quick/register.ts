import * as vscode from 'vscode';
import type { HostServices } from '../host/services';
import { QuickDrafts } from './drafts';
import { logBlocker } from './logBlocker';
import { pulseCheck } from './pulseCheck';
import { COMMANDS } from '../commands';

/** The quick captures that need no panel: Log Blocker and Pulse Check. */
export function register(context: vscode.ExtensionContext, services: HostServices): void {
  const drafts = new QuickDrafts(context.workspaceState);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.logBlocker.id, () => logBlocker(drafts, services, context.globalState)),
    vscode.commands.registerCommand(COMMANDS.pulseCheck.id, () => pulseCheck(drafts, services)),
  );
}
