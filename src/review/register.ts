import * as vscode from 'vscode';
import type { HostServices } from '../host/services';
import { REVIEW_VIEW_TYPE } from '../webview/review/protocol';
import type { CoachingIndex } from '../host/coachingIndex';
import { ReviewPanel } from './reviewPanel';
import { ReviewService } from './reviewService';
import { restorePanels } from '../host/panelHost';
import { COMMANDS } from '../commands';
import type { TeamInsightsSource } from '../host/teamInsightsSource';

/** Coach: Open Team Review — charts and lists of the team's committed reflections; returns where other surfaces get insights. */
export function register(context: vscode.ExtensionContext, services: HostServices, index: CoachingIndex): TeamInsightsSource {
  const review = new ReviewService(services, index);
  context.subscriptions.push(
    review,
    vscode.commands.registerCommand(COMMANDS.openTeamReview.id, () => { ReviewPanel.show(context, services, review); }),
    // After a window reload, VS Code hands back the panel that was open; it starts on the default filters.
    restorePanels(REVIEW_VIEW_TYPE, 'the team review', (panel) => { ReviewPanel.show(context, services, review, panel); }),
  );
  return review;
}
