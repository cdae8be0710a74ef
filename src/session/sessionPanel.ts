import * as vscode from 'vscode';
import { dueNotADate, followUpEvent, newSession, reduce, saveBlocker, toReflection, type SessionEvent, type SessionState } from '../core/coach/session';
import { chooseKindEvent, confirmKindEvent, whatElseFor, type PlanSources } from '../core/coach/sessionPlan';
import { toLocalIso } from '../core/calendar';
import { isFrictionKind } from '../core/model/reflection';
import {
  DRAFT_LIMITS, SESSION_VIEW_TYPE, VIEW_CHARS, isWebviewMessage, refusedInput,
  type DraftField, type HostMessage, type KindChoice, type WebviewMessage,
} from '../webview/session/protocol';
import { ELLIPSIS, clip } from '../core/util/clip';
import { announceSaved, openSaved, saveNewReflection } from '../host/save';
import { contextCaptureOn } from '../host/context';
import { PanelHost, PanelSlot, type ReadyMessage } from '../host/panelHost';
import { defaultVisibility } from '../host/settings';
import { bankFor } from '../host/teamFiles';
import { localize } from '../host/l10n';
import type { Draft, DraftStore } from './draftStore';
import type { HostServices } from '../host/services';
import { followUpModel } from '../host/languageModel';
import { retroCoachLog } from '../host/log';
import { AI_FOLLOW_UP_ID } from '../core/coach/followUpModel';
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
  /** The input `error` is about, if any: the panel shows the reason next to it. */
  private errorField: DraftField | null = null;
  private saving = false;
  private savedAbsolutePath: string | undefined;
  private disposed = false;
  /** Question ids recorded as shown by this panel, so each is recorded once. */
  private readonly shown = new Set<string>();

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
        this.errorField = null;
        this.render();
      },
      refused: (message) => this.refuse(message),
      disposed: () => {
        this.disposed = true;
        SessionPanel.slot.release(this);
      },
    }, restored);
  }

  /** Starts over with a fresh session in the same folder (the current draft must be saved or discarded). */
  async restart(): Promise<void> {
    this.draft = { folder: this.draft.folder, state: newSession(toLocalIso(this.services.now()), { kind: 'manual' }, defaultVisibility(vscode.Uri.parse(this.draft.folder))) };
    this.error = null;
    this.errorField = null;
    this.savedAbsolutePath = undefined;
    this.shown.clear();
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
    const folder = vscode.Uri.parse(this.draft.folder);
    const folderName = vscode.workspace.getWorkspaceFolder(folder)?.name ?? folder.path.split('/').pop() ?? '';
    const context = { folderName, error: this.error, errorField: this.errorField, saving: this.saving, today: this.services.today(), localize };
    this.host.post({ type: 'render', view: toView(this.draft.state, context) });
    this.recordShown(this.draft.state);
  }

  /** A question counts as asked once it is on screen (saved or not), so the next session prefers others. */
  private recordShown(state: SessionState): void {
    const shown = state.step === 'question' ? state.upcoming[0]?.question : state.step === 'review' ? state.learning?.question : undefined;
    if (!shown || this.shown.has(shown.id) || shown.id === AI_FOLLOW_UP_ID) return;
    this.shown.add(shown.id);
    void Promise.resolve(this.services.asked.recordShown({ id: shown.id }, this.services.now())).catch((err: unknown) => {
      retroCoachLog().warn(`Could not record which question was shown: ${errorMessage(err)}`);
    });
  }

  private sources(): PlanSources {
    return { bank: bankFor(vscode.Uri.parse(this.draft.folder), this.services.bank), lastAsked: this.services.asked.get(), random: this.services.random, locale: vscode.env.language };
  }

  private async handle(message: Exclude<WebviewMessage, ReadyMessage>): Promise<void> {
    switch (message.type) {
      case 'draft':
        // Typing: keep it, but do not redraw under the person's cursor.
        await this.apply({ type: 'editDraft', field: message.field, value: message.value }, false);
        return;
      case 'chooseKind':
        await this.apply(this.kindEvent(message.kind));
        return;
      case 'answer':
        await this.apply({ type: 'answer', text: message.text, ...(message.more ? { more: whatElseFor(this.draft.state, this.sources()) } : {}) });
        if (!message.more) this.offerFollowUp();
        return;
      case 'skip':
      case 'back':
      case 'submitAction':
      case 'skipAction':
      case 'setVisibility':
      case 'setFriction':
        await this.apply(message);
        return;
      default:
        await this.handleCommand(message);
    }
  }

  private async handleCommand(message: Extract<WebviewMessage, { type: 'save' | 'openFile' | 'startAnother' | 'discard' }>): Promise<void> {
    switch (message.type) {
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

  /**
   * A message the guard dropped (PanelHost has logged it): the panel hears why, next to the
   * input it carried, so a date the box let through never makes a button do nothing.
   */
  private refuse(raw: unknown): void {
    const input = refusedInput(raw);
    const reason = !input
      ? vscode.l10n.t('Retro Coach could not read what the panel sent, so nothing changed. Try again; the Retro Coach output channel has the details.')
      : input.field === 'actionDue' ? localize(dueNotADate(input.value)) : vscode.l10n.t('Keep it under {0} characters.', DRAFT_LIMITS[input.field]);
    this.host.post({ type: 'refused', field: input?.field ?? null, reason: clip(reason, VIEW_CHARS.error, { ellipsis: ELLIPSIS }) });
  }

  /** Picking a kind starts the questions; after a "not sure yet" focus answer it confirms the one kind for the session. */
  private kindEvent(kind: KindChoice): SessionEvent {
    if (this.draft.state.step === 'confirmKind' && isFrictionKind(kind)) return confirmKindEvent(kind, this.sources());
    return chooseKindEvent(kind, this.sources());
  }

  /** With AI follow-ups on, a generated question may follow a reality or options answer; the built-in flow never waits for it. */
  private offerFollowUp(): void {
    const asked = this.draft.state;
    void followUpEvent(asked, followUpModel()).then(async (event) => {
      // Only if the person has not moved on or started typing since: nothing changes under them.
      if (!event || this.disposed || this.draft.state !== asked) return;
      const result = reduce(asked, event, this.services.random);
      if (!result.error) await this.commit(result.state, true);
    });
  }

  private async apply(event: SessionEvent, redraw = true): Promise<void> {
    const result = reduce(this.draft.state, event, this.services.random);
    this.error = result.error ? localize(result.error) : null;
    this.errorField = result.error ? result.field ?? null : null;
    if (result.state !== this.draft.state) await this.commit(result.state, false);
    if (redraw || result.error) this.render();
  }

  private async commit(state: SessionState, redraw: boolean): Promise<void> {
    this.draft = { ...this.draft, state };
    if (redraw) this.render();
    await this.drafts.save(this.draft);
  }

  private async save(): Promise<void> {
    if (this.saving) return;
    const state = this.draft.state;
    const blocker = saveBlocker(state);
    if (blocker) {
      this.error = localize(blocker);
      this.render();
      return;
    }
    this.saving = true;
    this.error = null;
    this.render();
    try {
      // The code context goes along while the setting is still on; the save drops it unless the reflection is a team one.
      const context = contextCaptureOn() ? this.draft.context : undefined;
      const saved = await saveNewReflection(vscode.Uri.parse(this.draft.folder), state.visibility, (meta) => ({ ...toReflection(state, meta), ...(context ? { context } : {}) }), this.services);
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
