import * as vscode from 'vscode';
import { retroCoachLog } from './log';
import { localizeText } from './l10n';

/**
 * What the index says about the problems it found in `.coaching/` files: every problem goes to
 * the log with its file and line, and each new set is announced once, in a notification that
 * opens the Problems panel. Visible, never blocking, never repeated for the same set.
 */
export class ProblemNotice {
  private lastAnnounced = '';

  /**
   * `problems`: where each is and what it says (the core's English sentence); `messages`: the
   * same problems as log lines. The notice counts problems and the files they are in: one file
   * with five problems is not five files skipped.
   */
  report(problems: readonly { file: vscode.Uri; line: number; col: number; message: string }[], messages: readonly string[]): void {
    const log = retroCoachLog();
    for (const m of messages) log.warn(m);
    const key = messages.join('\n');
    if (!messages.length || key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    const show = vscode.l10n.t('Show Problems');
    const openLog = () => log.show(true);
    const files = new Set(problems.map((p) => p.file.toString())).size;
    const [first] = problems;
    void vscode.window.showWarningMessage(
      problems.length === 1
        ? vscode.l10n.t('Retro Coach found a problem in {0}, line {1}: {2}', vscode.workspace.asRelativePath(first.file), first.line, localizeText(first.message))
        : files === 1
          ? vscode.l10n.t('Retro Coach found {0} problems in {1}; everything else is shown. The Problems panel lists each with its line.', problems.length, vscode.workspace.asRelativePath(first.file))
          : vscode.l10n.t('Retro Coach found {0} problems in {1} .coaching files; everything else is shown. The Problems panel lists each with its file and line.', problems.length, files),
      show,
    ).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems').then(undefined, openLog);
    });
  }
}
