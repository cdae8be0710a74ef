import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';
import { setPaused } from '../core/prompting/policy';
import { AskedHistory } from '../host/askedHistory';
import type { Sessions } from '../session/register';
import type { SessionServices } from '../host/services';
import { SessionPanel } from '../session/sessionPanel';
import { retroCoachLog } from '../host/log';
import { watchGit } from './gitSignals';
import { PolicyStore } from './policyStore';
import { Prompter } from './prompter';
import { MENU_COMMAND, showMenu, statusBar } from './statusBar';
import { watchTime } from './timeSignals';
import { watchDebugging, watchTasks } from './workSignals';

/** In-flow prompts: friction signals, the policy that decides when to ask, the status bar. */
export function register(context: vscode.ExtensionContext, services: SessionServices, sessions: Sessions, index: CoachingIndex): void {
  const log = retroCoachLog();
  const policy = new PolicyStore(context.globalState);
  const prompter = new Prompter({
    policy,
    sessions,
    asked: new AskedHistory(context.globalState),
    now: services.now,
    random: services.random,
    sessionVisible: () => SessionPanel.active?.visible ?? false,
    log,
  });
  const emit = prompter.offer.bind(prompter);
  const pause = async (paused: boolean) => {
    await policy.update(setPaused(policy.state, paused));
    vscode.window.setStatusBarMessage(paused ? vscode.l10n.t('Retro Coach prompts paused.') : vscode.l10n.t('Retro Coach prompts resumed.'), 4000);
  };

  context.subscriptions.push(
    log,
    policy,
    prompter,
    statusBar(policy, index),
    watchTasks(emit, services.now),
    watchDebugging(emit, services.now),
    watchTime(emit, services.now, context.globalState, policy),
    vscode.commands.registerCommand('retroCoach.pausePrompts', () => pause(true)),
    vscode.commands.registerCommand('retroCoach.resumePrompts', () => pause(false)),
    vscode.commands.registerCommand(MENU_COMMAND, () => showMenu(policy)),
  );
  // The Git extension may still be starting; its signals join when it is ready.
  void watchGit(emit, services.now).then((watcher) => context.subscriptions.push(watcher));
}
