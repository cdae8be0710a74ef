import * as vscode from 'vscode';
import { newSession, reduce, saveBlocker, toReflection, type SessionEvent } from '../core/coach/session';
import { selectQuestions } from '../core/questions/select';
import { toLocalIso } from '../core/calendar';
import { SESSION_VIEW_TYPE, isWebviewMessage, type HostMessage, type WebviewMessage } from '../webview/session/protocol';
import { announceSaved, openSaved, saveNewReflection } from '../host/save';
import { PanelHost, PanelSlot, type ReadyMessage } from '../host/panelHost';
import { defaultVisibility } from '../host/settings';
import { bankFor } from '../host/teamFiles';
import type { Draft, DraftStore } from './draftStore';
import type { HostServices } from '../host/services';
import { webviewStrings } from './strings';
import { toView } from './view';
import { COMMANDS } from '../commands';
import { errorMessage } from '../core/util/errors';

/**
 * The host side of the coaching panel. It owns the session state (the app only draws it and
 * reports intents) and writes every change through to the draft store. The panel itself
 * (page, ready handshake, message guard) is a PanelHost; the whole view is sent again each
 * time the app says it is ready, so nothing is drawn before then.
 */
export class SessionPanel implements vscode.Disposable {
  private static readonly slot = new PanelSlot<SessionPanel>((open) => open.reveal());

  private readonly host: PanelHost<HostMessage, WebviewMessage>;
  private error: string | null = null;
  private saving = false;
  private savedAbsolutePath: string | undefined;

  /** Shows the panel, creating it (or adopting a restored one) as needed. */
  static show(context: vscode.ExtensionContext, services: HostServices, drafts: DraftStore, draft: Draft, panel?: vscode.WebviewPanel): SessionPanel {
    return SessionPanel.slot.show(panel, (restored) => new SessionPanel(context, services, drafts, draft, restored));
  }

  static get active(): SessionPanel | undefined {
    return SessionPanel.slot.current;
  }

  private constructor(
    context: vscode.ExtensionContext,
    private readonly services: HostServices,
    private readonly drafts: DraftStore,
    private draft: Draft,
    restored: vscode.WebviewPanel | undefined,
  ) {
    this.host = new PanelHost<HostMessage, WebviewMessage>(context.extensionUri, {
      viewType: SESSION_VIEW_TYPE,
      app: 'session',
      title: vscode.l10n.t('Retro Coach'),
      column: vscode.ViewColumn.Beside,
      live: true,
      label: 'the session panel',
      isAppMessage: isWebviewMessage,
    }, {
      ready: () => {
        this.host.post({ type: 'init', strings: webviewStrings() });
        this.render();
      },
      receive: (message) => this.handle(message),
      // A message that fails shows its error in the panel, like a refused step.
      showError: (message) => {
        this.error = message;
        this.render();
      },
      disposed: () => SessionPanel.slot.release(this),
    }, restored);
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
    this.host.reveal();
  }

  /** On screen right now (a panel in a background tab is not). */
  get visible(): boolean {
    return this.host.visible;
  }

  dispose(): void {
    this.host.dispose();
  }

  /** Sends the current view; not before the app is ready, which asks for it then. */
  private render(): void {
    if (!this.host.ready) return;
    const folderName = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.draft.folder))?.name ?? vscode.Uri.parse(this.draft.folder).path.split('/').pop() ?? '';
    this.host.post({ type: 'render', view: toView(this.draft.state, { folderName, error: this.error, saving: this.saving }) });
  }

  private async handle(message: Exclude<WebviewMessage, ReadyMessage>): Promise<void> {
    switch (message.type) {
      case 'draft':
        // Typing: keep it, but do not redraw under the person's cursor.
        await this.apply({ type: 'editDraft', field: message.field, value: message.value }, false);
        return;
      case 'chooseKind': {
        const bank = bankFor(vscode.Uri.parse(this.draft.folder), this.services.bank);
        const questions = selectQuestions({ bank, kind: message.kind, lastAsked: this.services.asked.get(), random: this.services.random });
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
        await vscode.commands.executeCommand(COMMANDS.discardDraft.id);
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
      await this.services.asked.record(state.questions.slice(0, state.answers.length), this.services.now());
      this.savedAbsolutePath = saved.absolutePath;
      this.draft = { ...this.draft, state: reduce(state, { type: 'saved', relativePath: saved.relativePath }, this.services.random).state };
      await this.drafts.clear();
      this.saving = false;
      this.render();
      void announceSaved(saved, { label: vscode.l10n.t('Start Another'), run: () => this.startAnotherFromNotification() });
    } catch (err) {
      this.saving = false;
      const message = errorMessage(err);
      this.error = message;
      this.render();
      void vscode.window.showErrorMessage(message);
    }
  }

  private async startAnotherFromNotification(): Promise<void> {
    if (SessionPanel.slot.current === this && this.draft.state.step === 'saved') {
      await this.restart();
      this.reveal();
    } else {
      await vscode.commands.executeCommand(COMMANDS.startReflection.id);
    }
  }
}
