import * as vscode from 'vscode';
import { kindForTrigger, questionsForSignal } from '../core/coach/openers';
import { hasProgress, newSession, reduce } from '../core/coach/session';
import type { Question } from '../core/questions/question';
import type { Trigger } from '../core/model/reflection';
import { toLocalIso } from '../core/calendar';
import { SESSION_VIEW_TYPE } from '../webview/session/protocol';
import { AskedHistory } from '../host/askedHistory';
import { DraftStore, type Draft } from './draftStore';
import { pickFolder } from '../host/folders';
import { retroCoachLog } from '../host/log';
import { defaultVisibility } from '../host/settings';
import { bankFor } from '../host/teamFiles';
import { SessionPanel } from './sessionPanel';
import type { SessionServices } from '../host/services';

export const START_COMMAND = 'retroCoach.startReflection';
export const DISCARD_COMMAND = 'retroCoach.discardDraft';

/** What other surfaces may ask of the session surface. */
export interface Sessions {
  /**
   * Opens the panel on a session started by a friction signal, `opening` first. A session
   * already in progress wins: it is shown instead, so nothing half-written is replaced.
   */
  startFromSignal(trigger: Trigger, opening: Question): Promise<void>;
}

/** The coaching session surface: its commands and the panel restored after a reload. */
export interface SessionHooks {
  /** Runs before a new session starts (not when a draft resumes): actions are asked back here. */
  beforeNewSession?(): Promise<void>;
}

export function register(context: vscode.ExtensionContext, services: SessionServices, hooks: SessionHooks = {}): Sessions {
  const drafts = new DraftStore(context.workspaceState, context.storageUri);
  const asked = new AskedHistory(context.globalState);
  // Asking back about actions must never stand between a person and a new session.
  const runBeforeNewSession = async () => {
    try {
      await hooks.beforeNewSession?.();
    } catch (err) {
      retroCoachLog().warn(`Could not ask back about open actions: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const newDraft = (folder: vscode.WorkspaceFolder, trigger: Trigger = { kind: 'manual' }): Draft => ({
    folder: folder.uri.toString(),
    state: newSession(toLocalIso(services.now()), trigger, defaultVisibility(folder.uri)),
  });

  context.subscriptions.push(
    vscode.commands.registerCommand(START_COMMAND, async () => {
      if (SessionPanel.active) {
        SessionPanel.active.reveal();
        return;
      }
      let draft = drafts.load();
      if (!draft) {
        const folder = await pickFolder();
        if (!folder) return;
        await runBeforeNewSession();
        draft = newDraft(folder);
        await drafts.save(draft);
      }
      SessionPanel.show(context, services, drafts, draft);
    }),

    vscode.commands.registerCommand(DISCARD_COMMAND, async () => {
      const draft = drafts.load();
      if (!draft || draft.state.step === 'kind') {
        if (SessionPanel.active) await SessionPanel.active.restart();
        else void vscode.window.showInformationMessage(vscode.l10n.t('There is no reflection draft to discard.'));
        return;
      }
      const discard = vscode.l10n.t('Discard');
      const answered = draft.state.answers.filter((a) => a.trim()).length + (draft.state.draft.trim() ? 1 : 0);
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Discard this reflection draft?'),
        {
          modal: true,
          detail: answered === 1
            ? vscode.l10n.t('1 written answer will be deleted. This cannot be undone.')
            : vscode.l10n.t('{0} written answers will be deleted. This cannot be undone.', answered),
        },
        discard,
      );
      if (choice !== discard) return;
      if (SessionPanel.active) await SessionPanel.active.restart();
      else await drafts.clear();
    }),

    // After a window reload, VS Code hands back the panel that was open; the draft fills it.
    vscode.window.registerWebviewPanelSerializer(SESSION_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        let draft = drafts.load();
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!draft && folder) {
          draft = newDraft(folder);
          await drafts.save(draft);
        }
        if (!draft) {
          panel.dispose();
          return;
        }
        SessionPanel.show(context, services, drafts, draft, panel);
      },
    }),
  );

  return {
    async startFromSignal(trigger, opening) {
      if (SessionPanel.active) {
        SessionPanel.active.reveal();
        return;
      }
      const existing = drafts.load();
      if (existing && hasProgress(existing.state)) {
        SessionPanel.show(context, services, drafts, existing);
        return;
      }
      const folder = await pickFolder();
      if (!folder) return;
      await runBeforeNewSession();
      const questions = questionsForSignal(opening, trigger, bankFor(folder.uri, services.bank), asked.get(), services.random);
      const fresh = newDraft(folder, trigger);
      const draft = { ...fresh, state: reduce(fresh.state, { type: 'chooseKind', kind: kindForTrigger(trigger), questions }, services.random).state };
      await drafts.save(draft);
      SessionPanel.show(context, services, drafts, draft);
    },
  };
}
