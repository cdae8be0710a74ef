import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';
import type { PolicyStore } from './policyStore';
import { COMMANDS } from '../commands';

/**
 * The status bar item: whether prompts are on or paused, and a menu of everything Retro
 * Coach can do. The `retroCoach.promptsPaused` context key keeps Pause/Resume in the
 * command palette showing only the one that applies.
 */
export function statusBar(policy: PolicyStore, index: CoachingIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('retroCoach.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Retro Coach');
  item.command = COMMANDS.menu.id;
  let openActions = 0;
  const update = () => {
    const paused = policy.state.paused;
    const count = openActions ? ` ${openActions}` : '';
    item.text = `${paused ? '$(bell-slash)' : '$(comment-discussion)'} ${vscode.l10n.t('Coach')}${count}`;
    const state = paused ? vscode.l10n.t('Retro Coach: prompts are paused.') : vscode.l10n.t('Retro Coach: prompts are on.');
    const owed = openActions === 1 ? vscode.l10n.t('1 open action is yours.') : vscode.l10n.t('{0} open actions are yours.', openActions);
    item.tooltip = `${state} ${owed} ${vscode.l10n.t('Click for the menu.')}`;
    item.accessibilityInformation = { label: item.tooltip, role: 'button' };
    void vscode.commands.executeCommand('setContext', 'retroCoach.promptsPaused', paused);
  };
  const count = () => void index.openMine().then((mine) => { openActions = mine.length; update(); }, () => undefined);
  update();
  count();
  item.show();
  return vscode.Disposable.from(item, policy.onDidChange(update), index.onDidChange(count));
}

interface MenuItem extends vscode.QuickPickItem {
  command: string;
}

export async function showMenu(policy: PolicyStore): Promise<void> {
  const paused = policy.state.paused;
  const items: MenuItem[] = [
    { label: `$(comment-discussion) ${vscode.l10n.t('Start Reflection')}`, command: COMMANDS.startReflection.id },
    { label: `$(warning) ${vscode.l10n.t('Log Blocker')}`, command: COMMANDS.logBlocker.id },
    { label: `$(pulse) ${vscode.l10n.t('Pulse Check')}`, command: COMMANDS.pulseCheck.id },
    { label: `$(checklist) ${vscode.l10n.t('Show Open Actions')}`, command: COMMANDS.showOpenActions.id },
    paused
      ? { label: `$(play) ${vscode.l10n.t('Resume Prompts')}`, command: COMMANDS.resumePrompts.id }
      : { label: `$(debug-pause) ${vscode.l10n.t('Pause Prompts')}`, command: COMMANDS.pausePrompts.id },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Retro Coach') });
  if (choice) await vscode.commands.executeCommand(choice.command);
}
