import * as vscode from 'vscode';
import type { HostServices } from '../host/services';
import type { TeamInsightsSource } from '../host/teamInsightsSource';
import { exportSummary } from './exportSummary';
import { COMMANDS } from '../commands';

/** The retro export: a Markdown summary of a period for the team's retro meeting. */
export function register(context: vscode.ExtensionContext, services: HostServices, insights: TeamInsightsSource): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.exportSummary.id, () => exportSummary(insights, services)));
}
