import type * as vscode from 'vscode';
import type { Period, TeamInsights } from '../core/insights/index';

/**
 * Team insights of one workspace folder's team documents over a period, computed off the
 * extension host's thread (the Team Review's worker implements it). A surface that needs
 * insights asks this; it never runs them itself.
 */
export interface TeamInsightsSource {
  insights(folder: vscode.WorkspaceFolder, period: Period, today: string): Promise<TeamInsights<unknown>>;
}
