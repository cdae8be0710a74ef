import * as vscode from 'vscode';
import { retroCoachLog } from './log';
import { webviewOptions, webviewPage, type WebviewApp } from './webviewPage';
import { errorMessage } from '../core/util/errors';

/** The message every app posts once its page has loaded and listens. */
export interface ReadyMessage {
  type: 'ready';
}

/** What a webview panel is: its view type, the app bundle its page loads and where it opens. */
export interface PanelSpec<AppMsg> {
  viewType: string;
  app: WebviewApp;
  /** The tab's title, also the page's <title>. */
  title: string;
  column: vscode.ViewColumn;
  /** Names the panel in the log, e.g. "the session panel". */
  label: string;
  /** The protocol's runtime guard: a message from the app that fails it is logged and dropped. */
  isAppMessage: (message: unknown) => message is AppMsg;
}

/** What the owner of a panel does with it. */
export interface PanelHandlers<AppMsg> {
  /** The page (re)loaded and said ready: send it everything it draws. */
  ready(): void | Promise<void>;
  /** Any other message from the app, already checked by the guard. */
  receive(message: Exclude<AppMsg, ReadyMessage>): void | Promise<void>;
  /** Shows an error thrown while handling a message inside the panel; without it, VS Code shows a notification. */
  showError?(message: string): void;
  /** A message from the app failed the guard and was dropped (and logged): tell the person why, next to what they typed. */
  refused?(message: unknown): void;
  /** The panel closed, by the person or through dispose(). */
  disposed?(): void;
}

/**
 * The host side of one webview panel, whatever its app: it creates the panel (or adopts one
 * VS Code restored) with the strict page, checks every message from the app with the
 * protocol's guard and handles each inside a try/catch. Nothing reaches the app before it
 * says it is ready: a message posted earlier would be lost, so it waits in a queue. A hidden
 * page is torn down (retainContextWhenHidden is off) and says ready again when shown.
 */
export class PanelHost<HostMsg, AppMsg extends { type: string }> implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private isReady = false;
  private isDisposed = false;
  private readonly queue: HostMsg[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly spec: PanelSpec<AppMsg>,
    private readonly handlers: PanelHandlers<AppMsg>,
    restored?: vscode.WebviewPanel,
  ) {
    const panel = restored ?? vscode.window.createWebviewPanel(spec.viewType, spec.title, spec.column, webviewOptions(extensionUri));
    this.panel = panel;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = {
      light: vscode.Uri.joinPath(extensionUri, 'media', 'coach-light.svg'),
      dark: vscode.Uri.joinPath(extensionUri, 'media', 'coach-dark.svg'),
    };
    panel.webview.html = webviewPage(panel.webview, extensionUri, { app: spec.app, title: spec.title });
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => { if (!panel.visible) this.isReady = false; }),
    );
  }

  /** The app has said ready and its page is still there: what is posted now is drawn. */
  get ready(): boolean {
    return this.isReady;
  }

  /** On screen right now (a panel in a background tab is not). */
  get visible(): boolean {
    return this.panel.visible;
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Sends `message` to the app now if it is ready, otherwise once it says it is. */
  post(message: HostMsg): void {
    if (this.isReady) void this.panel.webview.postMessage(message);
    else this.queue.push(message);
  }

  /** Ties `disposables` to the panel: they go when it closes. */
  own(...disposables: vscode.Disposable[]): void {
    this.subscriptions.push(...disposables);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.panel.dispose();
    for (const d of this.subscriptions.splice(0)) d.dispose();
    this.handlers.disposed?.();
  }

  private async receive(message: unknown): Promise<void> {
    if (!this.spec.isAppMessage(message)) {
      const type = typeof message === 'object' && message !== null && 'type' in message ? String(message.type).slice(0, 40) : typeof message;
      retroCoachLog().warn(`Ignored a malformed message (${type}) from ${this.spec.label}.`);
      // Dropped, never silently: what the person did is answered in the panel.
      try {
        this.handlers.refused?.(message);
      } catch (err) {
        this.fail(err);
      }
      return;
    }
    try {
      if (message.type === 'ready') await this.becomeReady();
      else await this.handlers.receive(message as Exclude<AppMsg, ReadyMessage>);
    } catch (err) {
      this.fail(err);
    }
  }

  private async becomeReady(): Promise<void> {
    this.isReady = true;
    for (const message of this.queue.splice(0)) void this.panel.webview.postMessage(message);
    await this.handlers.ready();
  }

  private fail(err: unknown): void {
    retroCoachLog().error(`Could not handle a message from ${this.spec.label}: ${err instanceof Error && err.stack ? err.stack : errorMessage(err)}`);
    if (this.handlers.showError) this.handlers.showError(errorMessage(err));
    else void vscode.window.showErrorMessage(vscode.l10n.t('Retro Coach: {0}', errorMessage(err)));
  }
}

/**
 * The one open panel of a kind: showing it again reveals it; a panel VS Code restores replaces
 * it. The owner calls release() when its panel closes.
 */
export class PanelSlot<T extends vscode.Disposable> {
  private open: T | undefined;

  constructor(private readonly revealOwner: (owner: T) => void) {}

  get current(): T | undefined {
    return this.open;
  }

  /** Reveals the open panel, or makes one with `create` (adopting `restored` when given). */
  show(restored: vscode.WebviewPanel | undefined, create: (restored: vscode.WebviewPanel | undefined) => T): T {
    if (this.open && !restored) {
      this.revealOwner(this.open);
      return this.open;
    }
    this.open?.dispose();
    this.open = create(restored);
    return this.open;
  }

  release(owner: T): void {
    if (this.open === owner) this.open = undefined;
  }
}

/**
 * After a window reload VS Code hands back the panels of `viewType` that were open; `restore`
 * adopts each one. A panel that cannot be restored is logged and closed rather than left blank.
 */
export function restorePanels(viewType: string, label: string, restore: (panel: vscode.WebviewPanel) => void | Promise<void>): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(viewType, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
      try {
        await restore(panel);
      } catch (err) {
        retroCoachLog().error(`Could not restore ${label}: ${errorMessage(err)}`);
        panel.dispose();
      }
    },
  });
}
