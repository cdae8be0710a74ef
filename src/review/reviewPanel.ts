import * as vscode from 'vscode';
import { actionLine } from '../host/locate';
import type { HostServices } from '../host/services';
import { REVIEW_VIEW_TYPE, isReviewWebviewMessage, type ReviewFilters, type ReviewHostMessage, type ReviewWebviewMessage } from '../webview/review/protocol';
import { defaultFilters, fileKey, normalizePeriod, withNotice, type SentFiles } from './reviewModel';
import type { ReviewService } from './reviewService';
import { PanelHost, PanelSlot, type ReadyMessage } from '../host/panelHost';
import { leftOutNotice, periodNotice, reviewStrings } from './strings';
import { COMMANDS } from '../commands';
import { errorMessage } from '../core/util/errors';

/**
 * The host side of the Team Review. It asks the ReviewService for the view of the current
 * filters (computed in the review's worker) and sends only what is drawn; the app renders and reports filter changes and clicks. The panel
 * itself (page, ready handshake, message guard) is a PanelHost; nothing is computed before
 * the app says it is ready, and a file opens only if this panel sent it.
 */
export class ReviewPanel implements vscode.Disposable {
  private static readonly slot = new PanelSlot<ReviewPanel>((open) => open.host.reveal());

  private readonly host: PanelHost<ReviewHostMessage, ReviewWebviewMessage>;
  private filters: ReviewFilters | undefined;
  /** What the last view pointed at, each file with its workspace folder (its document's `source`). */
  private sent: SentFiles<vscode.WorkspaceFolder> = { files: new Map() };
  /** Renders are numbered so a slow one never overwrites a newer one. */
  private generation = 0;
  static show(context: vscode.ExtensionContext, services: HostServices, review: ReviewService, panel?: vscode.WebviewPanel): ReviewPanel {
    return ReviewPanel.slot.show(panel, (restored) => new ReviewPanel(context, services, review, restored));
  }

  private constructor(
    context: vscode.ExtensionContext,
    private readonly services: HostServices,
    private readonly review: ReviewService,
    restored: vscode.WebviewPanel | undefined,
  ) {
    this.host = new PanelHost<ReviewHostMessage, ReviewWebviewMessage>(context.extensionUri, {
      viewType: REVIEW_VIEW_TYPE,
      app: 'review',
      title: vscode.l10n.t('Team Review'),
      column: vscode.ViewColumn.Active,
      label: 'the team review',
      isAppMessage: isReviewWebviewMessage,
    }, {
      ready: async () => {
        this.host.post({ type: 'init', strings: reviewStrings() });
        await this.render();
      },
      receive: (message) => this.handle(message),
      disposed: () => ReviewPanel.slot.release(this),
    }, restored);
    this.host.own(review.onDidChange(() => { void this.render(); }));
  }

  dispose(): void {
    this.host.dispose();
  }

  private today(): string {
    return this.services.today();
  }

  private async render(): Promise<void> {
    if (!this.host.ready) return;
    const generation = ++this.generation;
    const today = this.today();
    const { filters, adjusted } = normalizePeriod(this.filters ?? defaultFilters(today), today);
    this.filters = filters;
    try {
      // Computed in the review's worker: insights never hold up this thread.
      const { view, sent, leftOut } = await this.review.view(filters, today);
      // A newer render started, or the page went away meanwhile (it asks again when shown).
      if (generation !== this.generation || !this.host.ready) return;
      const notices = [periodNotice(adjusted), leftOut.length ? leftOutNotice(leftOut.length) : null].filter((n): n is string => n !== null);
      this.sent = sent;
      this.host.post({ type: 'render', view: withNotice(view, notices.length ? notices.join(' ') : null) });
    } catch (err) {
      console.error('Retro Coach: the team review could not be computed', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('The team review could not be computed: {0}', errorMessage(err)));
    }
  }

  private async handle(message: Exclude<ReviewWebviewMessage, ReadyMessage>): Promise<void> {
    switch (message.type) {
      case 'filter':
        this.filters = message.filters;
        await this.render();
        return;
      case 'open':
        await this.open(message.path, message.folder, message.actionId);
        return;
      case 'startReflection':
        await vscode.commands.executeCommand(COMMANDS.startReflection.id);
        return;
    }
  }

  /** Opens a file this panel sent, never any other path; at the action's line when asked. */
  private async open(path: string, folderName: string | undefined, actionId: string | undefined): Promise<void> {
    const entry = this.sent.files.get(fileKey(path, folderName));
    const folder = entry?.source;
    if (!entry || !folder) {
      console.warn('Retro Coach: the team review asked to open a file it was not shown');
      return;
    }
    const file = vscode.Uri.joinPath(folder.uri, ...entry.path.split('/'));
    const line = actionId && entry.actions.has(actionId) ? await actionLine(file, actionId) : 0;
    const position = new vscode.Position(line, 0);
    try {
      await vscode.window.showTextDocument(file, { selection: new vscode.Range(position, position), preview: true, viewColumn: vscode.ViewColumn.Beside });
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', entry.path, errorMessage(err)));
    }
  }
}
