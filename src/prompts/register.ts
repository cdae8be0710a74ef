import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';
import { setPaused } from '../core/prompting/state';
import type { Sessions } from '../host/sessions';
import type { HostServices } from '../host/services';
import { retroCoachLog } from '../host/log';
import { watchGit } from './gitSignals';
import { PolicyStore } from './policyStore';
import { Prompter } from './prompter';
import { showMenu, statusBar  } from './statusBar';
import { watchTime } from './timeSignals';
import { watchDebugging, watchTasks } from './workSignals';
import { COMMANDS } from '../commands';

/** In-flow prompts: friction signals, the policy that decides when to ask, the status bar. */
export function register(context: vscode.ExtensionContext, services: HostServices, sessions: Sessions, index: CoachingIndex): void {
  const log = retroCoachLog();
  const policy = new PolicyStore(context.globalState);
  const prompter = new Prompter({
    policy,
    sessions,
    asked: services.asked,
    now: services.now,
    random: services.random,
    sessionVisible: () => sessions.isVisible(),
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
    vscode.commands.registerCommand(COMMANDS.pausePrompts.id, () => pause(true)),
    vscode.commands.registerCommand(COMMANDS.resumePrompts.id, () => pause(false)),
    vscode.commands.registerCommand(COMMANDS.menu.id, () => showMenu(policy)),
  );
  // The Git extension may still be starting; its signals join when it is ready.
  context.subscriptions.push(watchGit(emit, services.now));
}
