import * as vscode from 'vscode';
import { hasProgress, newSession, reduce } from '../core/coach/session';
import { signalSessionEvent } from '../core/coach/sessionPlan';
import type { CodeContext, Trigger } from '../core/model/reflection';
import type { Question } from '../core/questions/question';
import { toLocalIso } from '../core/calendar';
import { SESSION_VIEW_TYPE } from '../webview/session/protocol';
import { DraftStore, type Draft } from './draftStore';
import { pickFolder } from '../host/folders';
import { activeFileIn, captureContext } from '../host/context';
import { retroCoachLog } from '../host/log';
import { defaultVisibility } from '../host/settings';
import { bankFor } from '../host/teamFiles';
import { SessionPanel } from './sessionPanel';
import { discardDraft } from './discard';
import { restorePanels } from '../host/panelHost';
import type { HostServices } from '../host/services';
import type { Sessions } from '../host/sessions';
import { COMMANDS } from '../commands';
import { errorMessage } from '../core/util/errors';
import { requireTrust } from '../host/trust';

/** The coaching session surface: its commands and the panel restored after a reload. */
export interface SessionHooks {
  /** Runs before a new session starts (not when a draft resumes): actions are asked back here. */
  beforeNewSession?(): Promise<void>;
}

export function register(context: vscode.ExtensionContext, services: HostServices, hooks: SessionHooks = {}): Sessions {
  const surface: Surface = { context, services, hooks, drafts: new DraftStore(context.workspaceState, context.storageUri) };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.startReflection.id, () => startReflection(surface)),
    vscode.commands.registerCommand(COMMANDS.discardDraft.id, () => discardDraft(surface.drafts)),
    // After a window reload, VS Code hands back the panel that was open; the draft fills it.
    restorePanels(SESSION_VIEW_TYPE, 'the session panel', (panel) => restorePanel(surface, panel)),
  );
  return {
    isVisible: () => SessionPanel.active?.visible ?? false,
    startFromSignal: (trigger, opening) => startFromSignal(surface, trigger, opening),
  };
}

/** What the session commands share. */
interface Surface {
  context: vscode.ExtensionContext;
  services: HostServices;
  hooks: SessionHooks;
  drafts: DraftStore;
}

function show(s: Surface, draft: Draft, panel?: vscode.WebviewPanel): void {
  SessionPanel.show(s.context, s.services, s.drafts, draft, panel);
}

function newDraft(s: Surface, folder: vscode.WorkspaceFolder, trigger: Trigger = { kind: 'manual' }, context?: CodeContext): Draft {
  return {
    folder: folder.uri.toString(),
    state: newSession(toLocalIso(s.services.now()), trigger, defaultVisibility(folder.uri)),
    ...(context ? { context } : {}),
  };
}

// Asking back about actions must never stand between a person and a new session.
async function runBeforeNewSession(s: Surface): Promise<void> {
  try {
    await s.hooks.beforeNewSession?.();
  } catch (err) {
    retroCoachLog().warn(`Could not ask back about open actions: ${errorMessage(err)}`);
  }
}

/** The start command: shows the open panel, else resumes the draft, else starts a session in a folder the person picks. */
async function startReflection(s: Surface): Promise<void> {
  if (SessionPanel.active) {
    SessionPanel.active.reveal();
    return;
  }
  // Saving needs trust: say so before a whole session is written, not at Save.
  if (!requireTrust('capture', vscode.l10n.t('Start Reflection'))) return;
  let draft = s.drafts.load();
  if (!draft) {
    const folder = await pickFolder();
    if (!folder) return;
    // Started from the editor (a file of the folder open there): the code it is about, as it is now.
    const context = activeFileIn(folder.uri) !== undefined ? await captureContext(folder.uri, { kind: 'manual' }) : undefined;
    await runBeforeNewSession(s);
    draft = newDraft(s, folder, undefined, context);
    await s.drafts.save(draft);
  }
  show(s, draft);
}

async function startFromSignal(s: Surface, trigger: Trigger, opening: Question): Promise<void> {
  if (SessionPanel.active) {
    SessionPanel.active.reveal();
    return;
  }
  const existing = s.drafts.load();
  if (existing && hasProgress(existing.state)) {
    show(s, existing);
    return;
  }
  const folder = await pickFolder();
  if (!folder) return;
  const context = await captureContext(folder.uri, trigger);
  await runBeforeNewSession(s);
  const { services } = s;
  const event = signalSessionEvent(opening, trigger, { bank: bankFor(folder.uri, services.bank), lastAsked: services.asked.get(), random: services.random, locale: vscode.env.language });
  const fresh = newDraft(s, folder, trigger, context);
  const draft = { ...fresh, state: reduce(fresh.state, event, services.random).state };
  await s.drafts.save(draft);
  show(s, draft);
}

/** Fills a panel VS Code restored after a reload with the draft, or a new session in the first folder. */
async function restorePanel(s: Surface, panel: vscode.WebviewPanel): Promise<void> {
  let draft = s.drafts.load();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!draft && folder) {
    draft = newDraft(s, folder);
    await s.drafts.save(draft);
  }
  if (!draft) {
    panel.dispose();
    return;
  }
  show(s, draft, panel);
}
