import * as vscode from 'vscode';
import type { CoachingIndex, FileProblem } from '../host/coachingIndex';
import { isChecked, textProblems, type TextProblem } from './textProblems';

/** Quiet time after a keystroke before the text is checked again, as a language server would. */
const TYPING_DELAY_MS = 300;

const keyOf = (p: TextProblem) => `${p.line}:${p.col}:${p.message}`;

/**
 * The problems of `.coaching` documents being edited, from the editor's text rather than the
 * disk. A document with unsaved changes shows its text's own problems plus the problems that
 * come from other files (a duplicate id, a follow-up to an unknown action), which the index
 * found on disk; once it is saved or closed, the disk state (the index) wins again.
 */
export class LiveDocuments implements vscode.Disposable {
  /** Own problems of each document's unsaved text. */
  private readonly edited = new Map<string, { uri: vscode.Uri; problems: TextProblem[] }>();
  /** Own problems of each document's text when it last matched the disk. */
  private readonly onDisk = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly index: CoachingIndex, private readonly changed: () => void) {
    for (const document of vscode.workspace.textDocuments) this.sawOnDisk(document);
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.sawOnDisk(document)),
      vscode.workspace.onDidChangeTextDocument((e) => this.typed(e.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.saved(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
    ];
  }

  /**
   * The problems to show for `file` instead of the index's, or undefined when the index's
   * stand. `fromIndex` are the index's problems for that file.
   */
  problemsFor(file: vscode.Uri, fromIndex: readonly FileProblem[]): Array<TextProblem | FileProblem> | undefined {
    const own = this.edited.get(file.toString())?.problems;
    if (!own) return undefined;
    const ownOnDisk = this.onDisk.get(file.toString());
    // Without a known disk text, the index's problems cannot be told apart: the text's own stand alone.
    const fromOtherFiles = ownOnDisk ? fromIndex.filter((p) => !ownOnDisk.has(keyOf(p))) : [];
    return [...own, ...fromOtherFiles];
  }

  /** Files whose problems come from their unsaved text. */
  get files(): vscode.Uri[] {
    return [...this.edited.values()].map((e) => e.uri);
  }

  private sawOnDisk(document: vscode.TextDocument): void {
    if (document.isDirty) return;
    const problems = textProblems(document);
    if (problems) this.onDisk.set(document.uri.toString(), new Set(problems.map(keyOf)));
  }

  private typed(document: vscode.TextDocument): void {
    if (!isChecked(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed) return;
      if (!document.isDirty) {
        // Undone back to the saved text (or reloaded from disk): that is the disk state.
        this.sawOnDisk(document);
        this.edited.delete(key);
      } else {
        const problems = textProblems(document);
        if (problems) this.edited.set(key, { uri: document.uri, problems });
        else this.edited.delete(key);
      }
      this.changed();
    }, TYPING_DELAY_MS));
  }

  private saved(document: vscode.TextDocument): void {
    if (!isChecked(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.sawOnDisk(document);
    // The text's problems stay until the index has read the saved file, so nothing flickers back.
    void this.index.refresh().then(() => {
      if (!document.isDirty) this.edited.delete(key);
      this.changed();
    }, () => undefined);
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.onDisk.delete(key);
    if (this.edited.delete(key)) this.changed();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
