import * as vscode from 'vscode';
import { retroCoachLog } from './log';
import { localizeText } from './l10n';
import { nextTurn } from '../core/util/turns';

/** A problem as the notice reports it. */
export interface ReportedProblem {
  file: vscode.Uri;
  line: number;
  message: string;
  /** The problem as one line of the log, with its folder, file and position. */
  logLine: string;
}

/** Log lines written per turn of the event loop: a hostile clone can bring tens of thousands. */
const LINES_PER_TURN = 500;

/**
 * What the index says about the problems it found in `.coaching/` files: each problem goes to
 * the log with its file and line once, when it appears (not again on every later walk while it
 * lasts), and each new set is announced once, in a notification that opens the Problems
 * panel. Visible, never blocking, never repeated for the same set.
 */
export class ProblemNotice {
  /** The log lines of the problems last reported. */
  private logged = new Set<string>();
  /** The set last announced: the same set again (after a walk that changed something else) says nothing. */
  private announced = new Set<string>();

  /**
   * `problems`: where each is, what it says (the core's English sentence) and its line for the
   * log. The notice counts problems and the files they are in: one file with five problems is
   * not five files skipped.
   */
  async report(problems: readonly ReportedProblem[]): Promise<void> {
    const log = retroCoachLog();
    const before = this.logged;
    this.logged = new Set();
    for (let i = 0; i < problems.length; i++) {
      if (i > 0 && i % LINES_PER_TURN === 0) await nextTurn();
      const { logLine } = problems[i];
      this.logged.add(logLine);
      if (!before.has(logLine)) log.warn(logLine);
    }
    if (!problems.length || sameSet(this.logged, this.announced)) return;
    this.announced = this.logged;
    this.announce(problems, log);
  }

  private announce(problems: readonly ReportedProblem[], log: ReturnType<typeof retroCoachLog>): void {
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

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
