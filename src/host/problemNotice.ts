import * as vscode from 'vscode';
import { retroCoachLog } from './log';

/**
 * What the index says about the problems it found in `.coaching/` files: every problem goes to
 * the log with its file and line, and each new set is announced once, in a notification that
 * opens the Problems panel. Visible, never blocking, never repeated for the same set.
 */
export class ProblemNotice {
  private lastAnnounced = '';

  report(messages: readonly string[]): void {
    const log = retroCoachLog();
    for (const m of messages) log.warn(m);
    const key = messages.join('\n');
    if (!messages.length || key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    const show = vscode.l10n.t('Show Problems');
    const openLog = () => log.show(true);
    void vscode.window.showWarningMessage(
      messages.length === 1
        ? vscode.l10n.t('Retro Coach skipped something in .coaching: {0}', messages[0])
        : vscode.l10n.t('Retro Coach skipped {0} things in .coaching files; the rest is shown. The Problems panel lists each with its file and line.', messages.length),
      show,
    ).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems').then(undefined, openLog);
    });
  }
}
