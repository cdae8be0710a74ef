import * as vscode from 'vscode';
import type { CoachingIndex } from '../host/coachingIndex';

/**
 * Problems in `.coaching/` files as diagnostics on those files, so they show in the
 * Problems panel and as squiggles, with or without a YAML extension installed.
 */
export function register(context: vscode.ExtensionContext, index: CoachingIndex): void {
  const collection = vscode.languages.createDiagnosticCollection('retro-coach');
  const update = () => {
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const problem of index.problems) {
      const line = Math.max(0, problem.line - 1);
      const col = Math.max(0, problem.col - 1);
      // The core knows a start position only; mark to the end of that line.
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, col, line, Number.MAX_SAFE_INTEGER), problem.message, problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Retro Coach';
      const key = problem.file.toString();
      const entry = byFile.get(key) ?? { uri: problem.file, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byFile.set(key, entry);
    }
    collection.clear();
    for (const { uri, diagnostics } of byFile.values()) collection.set(uri, diagnostics);
  };
  context.subscriptions.push(collection, index.onDidChange(update));
  void index.all().then(update, () => undefined);
}
