import * as vscode from 'vscode';
import { newSession, reduce, saveBlocker, toReflection, type SessionEvent } from '../core/coach/session';
import { selectQuestions } from '../core/questions/select';
import { toLocalIso } from '../core/calendar';
import { SESSION_VIEW_TYPE, isWebviewMessage, type HostMessage, type WebviewMessage } from '../webview/session/protocol';
import { announceSaved, openSaved, saveNewReflection } from '../host/save';
import { webviewOptions, webviewPage } from '../host/webviewPage';
import { defaultVisibility } from '../host/settings';
import { bankFor } from '../host/teamFiles';
import { AskedHistory } from '../host/askedHistory';
import type { Draft, DraftStore } from './draftStore';
import type { SessionServices } from '../host/services';
import { webviewStrings } from './strings';
import { toView } from './view';

/**
 * The host side of the coaching panel. It owns the session state (the app only draws it and
 * reports intents), writes every change through to the draft store, and posts nothing to
 * the app before the app says it is ready: a message sent earlier would be lost.
 */
export class SessionPanel implements vscode.Disposable {
  private static current: SessionPanel | undefined;

  private ready = false;
  private error: string | null = null;
  private saving = false;
  private savedAbsolutePath: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly asked: AskedHistory;

  /** Shows the panel, creating it (or adopting a restored one) as needed. */
  static show(context: vscode.ExtensionContext, services: SessionServices, drafts: DraftStore, draft: Draft, panel?: vscode.WebviewPanel): SessionPanel {
    if (SessionPanel.current && !panel) {
      SessionPanel.current.panel.reveal();
      return SessionPanel.current;
    }
    const created = panel ?? vscode.window.createWebviewPanel(SESSION_VIEW_TYPE, vscode.l10n.t('Retro Coach'), vscode.ViewColumn.Beside, webviewOptions(context.extensionUri));
    SessionPanel.current?.dispose();
    SessionPanel.current = new SessionPanel(created, context, services, drafts, draft);
    return SessionPanel.current;
  }

  static get active(): SessionPanel | undefined {
    return SessionPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly services: SessionServices,
    private readonly drafts: DraftStore,
    private draft: Draft,
  ) {
    this.asked = new AskedHistory(context.globalState);
    panel.webview.options = webviewOptions(context.extensionUri);
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'coach-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'coach-dark.svg'),
    };
    panel.webview.html = webviewPage(panel.webview, context.extensionUri, { app: 'session', title: vscode.l10n.t('Retro Coach'), live: true });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // A hidden webview is torn down (retainContextWhenHidden is off) and says ready again when shown.
      panel.onDidChangeViewState(() => { if (!panel.visible) this.ready = false; }),
    );
  }

  /** Starts over with a fresh session in the same folder (the current draft must be saved or discarded). */
  async restart(): Promise<void> {
    this.draft = { folder: this.draft.folder, state: newSession(toLocalIso(this.services.now()), { kind: 'manual' }, defaultVisibility(vscode.Uri.parse(this.draft.folder))) };
    this.error = null;
    this.savedAbsolutePath = undefined;
    await this.drafts.save(this.draft);
    this.render();
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** On screen right now (a panel in a background tab is not). */
  get visible(): boolean {
    return this.panel.visible;
  }

  dispose(): void {
    if (SessionPanel.current === this) SessionPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private post(message: HostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private render(): void {
    const folderName = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.draft.folder))?.name ?? vscode.Uri.parse(this.draft.folder).path.split('/').pop() ?? '';
    this.post({ type: 'render', view: toView(this.draft.state, { folderName, error: this.error, saving: this.saving }) });
  }

  private async receive(message: unknown): Promise<void> {
    if (!isWebviewMessage(message)) {
      console.warn('Retro Coach: ignored a malformed message from the session panel', message);
      return;
    }
    try {
      await this.handle(message);
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
      this.render();
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: webviewStrings() });
        this.render();
        return;
      case 'draft':
        // Typing: keep it, but do not redraw under the person's cursor.
        await this.apply({ type: 'editDraft', field: message.field, value: message.value }, false);
        return;
      case 'chooseKind': {
        const bank = bankFor(vscode.Uri.parse(this.draft.folder), this.services.bank);
        const questions = selectQuestions({ bank, kind: message.kind, lastAsked: this.asked.get(), random: this.services.random });
        await this.apply({ type: 'chooseKind', kind: message.kind, questions });
        return;
      }
      case 'answer':
      case 'skip':
      case 'back':
      case 'submitAction':
      case 'skipAction':
      case 'setVisibility':
      case 'setFriction':
        await this.apply(message);
        return;
      case 'save':
        await this.save();
        return;
      case 'openFile':
        if (this.savedAbsolutePath) await openSaved(this.savedAbsolutePath);
        return;
      case 'startAnother':
        if (this.draft.state.step === 'saved') await this.restart();
        return;
      case 'discard':
        await vscode.commands.executeCommand('retroCoach.discardDraft');
        return;
    }
  }

  private async apply(event: SessionEvent, redraw = true): Promise<void> {
    const result = reduce(this.draft.state, event, this.services.random);
    this.error = result.error ?? null;
    if (result.state !== this.draft.state) {
      this.draft = { ...this.draft, state: result.state };
      await this.drafts.save(this.draft);
    }
    if (redraw || result.error) this.render();
  }

  private async save(): Promise<void> {
    if (this.saving) return;
    const state = this.draft.state;
    const blocker = saveBlocker(state);
    if (blocker) {
      this.error = blocker;
      this.render();
      return;
    }
    this.saving = true;
    this.error = null;
    this.render();
    try {
      const saved = await saveNewReflection(vscode.Uri.parse(this.draft.folder), state.visibility, (meta) => toReflection(state, meta), this.services);
      await this.asked.record(state.questions.slice(0, state.answers.length), this.services.now());
      this.savedAbsolutePath = saved.absolutePath;
      this.draft = { ...this.draft, state: reduce(state, { type: 'saved', relativePath: saved.relativePath }, this.services.random).state };
      await this.drafts.clear();
      this.saving = false;
      this.render();
      void announceSaved(saved, { label: vscode.l10n.t('Start Another'), run: () => this.startAnotherFromNotification() });
    } catch (err) {
      this.saving = false;
      this.error = err instanceof Error ? err.message : String(err);
      this.render();
      void vscode.window.showErrorMessage(this.error);
    }
  }

  private async startAnotherFromNotification(): Promise<void> {
    if (SessionPanel.current === this && this.draft.state.step === 'saved') {
      await this.restart();
      this.reveal();
    } else {
      await vscode.commands.executeCommand('retroCoach.startReflection');
    }
  }
}
