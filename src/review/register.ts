import * as vscode from 'vscode';
import type { SessionServices } from '../host/services';
import { REVIEW_VIEW_TYPE } from '../webview/review/protocol';
import type { CoachingIndex } from '../host/coachingIndex';
import { ReviewPanel } from './reviewPanel';

export const OPEN_TEAM_REVIEW_COMMAND = 'retroCoach.openTeamReview';

/** Coach: Open Team Review — charts and lists of the team's committed reflections. */
export function register(context: vscode.ExtensionContext, services: SessionServices, index: CoachingIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_TEAM_REVIEW_COMMAND, () => { ReviewPanel.show(context, services, index); }),
    // After a window reload, VS Code hands back the panel that was open; it starts on the default filters.
    vscode.window.registerWebviewPanelSerializer(REVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        ReviewPanel.show(context, services, index, panel);
      },
    }),
  );
}
