import * as vscode from 'vscode';
import type { SessionServices } from '../host/services';
import type { CoachingIndex } from '../host/coachingIndex';
import { exportSummary } from './exportSummary';

export const EXPORT_SUMMARY_COMMAND = 'retroCoach.exportSummary';

/** The retro export: a Markdown summary of a period for the team's retro meeting. */
export function register(context: vscode.ExtensionContext, services: SessionServices, index: CoachingIndex): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_SUMMARY_COMMAND, () => exportSummary(index, services)));
}
