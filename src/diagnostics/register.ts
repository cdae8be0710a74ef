import * as vscode from 'vscode';
import type { CoachingIndex, FileProblem } from '../host/coachingIndex';
import { LiveDocuments } from './liveDocuments';
import type { TextProblem } from './textProblems';
import { localizeText } from '../host/l10n';

function diagnosticOf(problem: TextProblem | FileProblem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const col = Math.max(0, problem.col - 1);
  // The core knows a start position only; mark to the end of that line.
  const severity = problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(line, col, line, Number.MAX_SAFE_INTEGER), localizeText(problem.message), severity);
  diagnostic.source = 'Retro Coach';
  return diagnostic;
}

/**
 * Problems in `.coaching/` files as diagnostics on those files, so they show in the
 * Problems panel and as squiggles, with or without a YAML extension installed: from the
 * disk (the index) for saved files, from the editor's text while a file has unsaved changes.
 */
export function register(context: vscode.ExtensionContext, index: CoachingIndex): void {
  const collection = vscode.languages.createDiagnosticCollection('retro-coach');
  const update = () => {
    const byFile = new Map<string, { uri: vscode.Uri; problems: FileProblem[] }>();
    for (const problem of index.problems) {
      const entry = byFile.get(problem.file.toString()) ?? { uri: problem.file, problems: [] };
      entry.problems.push(problem);
      byFile.set(problem.file.toString(), entry);
    }
    for (const uri of live.files) byFile.set(uri.toString(), byFile.get(uri.toString()) ?? { uri, problems: [] });
    collection.clear();
    for (const { uri, problems } of byFile.values()) {
      collection.set(uri, (live.problemsFor(uri, problems) ?? problems).map(diagnosticOf));
    }
  };
  const live = new LiveDocuments(index, update);
  context.subscriptions.push(collection, live, index.onDidChange(update));
  void index.all().then(update, () => undefined);
}
