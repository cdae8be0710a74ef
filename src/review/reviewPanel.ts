import * as vscode from 'vscode';
import { actionLine } from '../host/locate';
import { localDay } from '../core/prompting/policy';
import type { SessionServices } from '../host/services';
import { REVIEW_VIEW_TYPE, isReviewWebviewMessage, type ReviewFilters, type ReviewHostMessage, type ReviewWebviewMessage } from '../webview/review/protocol';
import type { CoachingIndex } from '../host/coachingIndex';
import { defaultFilters, fileKey, normalizePeriod, reviewView, type SentFiles, type SourceDocument } from './reviewModel';
import { webviewOptions, webviewPage } from '../host/webviewPage';
import { periodNotice, reviewStrings } from './strings';

/**
 * The host side of the Team Review. It reads the index, filters, computes the insights and
 * sends only what is drawn; the app renders and reports filter changes and clicks. Nothing is
 * posted before the app says it is ready, and a file opens only if this panel sent it.
 */
export class ReviewPanel implements vscode.Disposable {
  private static current: ReviewPanel | undefined;

  private ready = false;
  private filters: ReviewFilters | undefined;
  private sent: SentFiles = { files: new Map() };
  private folders: readonly vscode.WorkspaceFolder[] = [];
  /** Renders are numbered so a slow one never overwrites a newer one. */
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  static show(context: vscode.ExtensionContext, services: SessionServices, index: CoachingIndex, panel?: vscode.WebviewPanel): ReviewPanel {
    if (ReviewPanel.current && !panel) {
      ReviewPanel.current.panel.reveal();
      return ReviewPanel.current;
    }
    const created = panel ?? vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, vscode.l10n.t('Team Review'), vscode.ViewColumn.Active, webviewOptions(context.extensionUri));
    ReviewPanel.current?.dispose();
    ReviewPanel.current = new ReviewPanel(created, context, services, index);
    return ReviewPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly services: SessionServices,
    private readonly index: CoachingIndex,
  ) {
    panel.webview.options = webviewOptions(context.extensionUri);
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'coach-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'coach-dark.svg'),
    };
    panel.webview.html = webviewPage(panel.webview, context.extensionUri, { app: 'review', title: vscode.l10n.t('Team Review') });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // A hidden webview is torn down (retainContextWhenHidden is off) and says ready again when shown.
      panel.onDidChangeViewState(() => { if (!panel.visible) this.ready = false; }),
      index.onDidChange(() => { void this.render(); }),
    );
  }

  dispose(): void {
    if (ReviewPanel.current === this) ReviewPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private today(): string {
    const now = this.services.now();
    return localDay(now, -now.getTimezoneOffset());
  }

  private post(message: ReviewHostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private async render(): Promise<void> {
    if (!this.ready) return;
    const generation = ++this.generation;
    const today = this.today();
    const { filters, adjusted } = normalizePeriod(this.filters ?? defaultFilters(today), today);
    this.filters = filters;
    const folderDocs = await this.index.teamDocuments();
    if (generation !== this.generation) return;
    const folders: vscode.WorkspaceFolder[] = [];
    const documents: SourceDocument[] = folderDocs.map((d) => {
      let i = folders.indexOf(d.folder);
      if (i < 0) i = folders.push(d.folder) - 1;
      return { folder: i, document: d.document };
    });
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    try {
      const { view, sent } = reviewView(documents, filters, today, multiRoot ? folders.map((f) => f.name) : undefined, periodNotice(adjusted));
      this.sent = sent;
      this.folders = folders;
      this.post({ type: 'render', view });
    } catch (err) {
      console.error('Retro Coach: the team review could not be computed', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('The team review could not be computed: {0}', err instanceof Error ? err.message : String(err)));
    }
  }

  private async receive(message: unknown): Promise<void> {
    if (!isReviewWebviewMessage(message)) {
      console.warn('Retro Coach: ignored a malformed message from the team review');
      return;
    }
    await this.handle(message);
  }

  private async handle(message: ReviewWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: reviewStrings() });
        await this.render();
        return;
      case 'filter':
        this.filters = message.filters;
        await this.render();
        return;
      case 'open':
        await this.open(message.path, message.folder, message.actionId);
        return;
      case 'startReflection':
        await vscode.commands.executeCommand('retroCoach.startReflection');
        return;
    }
  }

  /** Opens a file this panel sent, never any other path; at the action's line when asked. */
  private async open(path: string, folderName: string | undefined, actionId: string | undefined): Promise<void> {
    const entry = this.sent.files.get(fileKey(path, folderName));
    const folder = entry && this.folders[entry.folder];
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
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', entry.path, err instanceof Error ? err.message : String(err)));
    }
  }
}
