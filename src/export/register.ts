import * as vscode from 'vscode';
import type { HostServices } from '../host/services';
import type { CoachingIndex } from '../host/coachingIndex';
import { exportSummary } from './exportSummary';
import { COMMANDS } from '../commands';

/** The retro export: a Markdown summary of a period for the team's retro meeting. */
export function register(context: vscode.ExtensionContext, services: HostServices, index: CoachingIndex): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.exportSummary.id, () => exportSummary(index, services)));
}
