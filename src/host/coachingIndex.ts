import * as vscode from 'vscode';
import { actionsOf, foldActions, type ActionView, type Person } from '../core/model/actionState';
import { readReflections, type CorpusDocument, type ReadCache } from '../core/store/corpus';
import { teamDocuments, type TeamDocument } from '../core/insights/team';
import { currentPerson } from './person';
import { retroCoachLog } from './log';
import { onDidSaveReflection } from './save';
import { SETTINGS } from '../settings';
import { teamFiles } from './teamFiles';

/** An action and the workspace folder its file is in. */
export interface FolderAction {
  folder: vscode.WorkspaceFolder;
  action: ActionView;
  mine: boolean;
}

/**
 * A reflection a team view may show (it passed the core's gate), whose `source` is the
 * workspace folder it is in.
 */
export type FolderDocument = TeamDocument<vscode.WorkspaceFolder> & { readonly source: vscode.WorkspaceFolder };

/** Something wrong in a `.coaching/` file, with where it is. */
export interface FileProblem {
  file: vscode.Uri;
  /** 1-based, as the core reports them. */
  line: number;
  col: number;
  message: string;
  /** Errors lost something (a file or entry was skipped); warnings are advice. Default: error. */
  severity?: 'error' | 'warning';
}

const REFRESH_DELAY_MS = 500;

/**
 * What the `.coaching/` files of every workspace folder say: their actions (folded from
 * updates), their reflections and their problems. Kept fresh when files change (debounced: a
 * checkout touching many files is one refresh). Problems are logged with file and line, shown
 * in the Problems panel by the diagnostics surface, and announced once; never thrown.
 *
 * Two kinds of reader: the person's own surfaces (`all()`, `openMine()`: actions from every
 * file, private ones included, each surface deciding what to show) and team views
 * (`teamDocuments()`: reflections through the core's privacy gate, nothing else).
 */
export class CoachingIndex implements vscode.Disposable {
  private actions: FolderAction[] = [];
  private documents: FolderDocument[] = [];
  private fileProblems: FileProblem[] = [];
  /** Parsed files per folder: a change to one file re-reads that file only. */
  private readonly caches = new Map<string, ReadCache>();
  private loaded: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.coaching/**/*.{yaml,yml}');
    const later = () => this.scheduleRefresh();
    this.disposables.push(watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later),
      onDidSaveReflection(later), vscode.workspace.onDidChangeWorkspaceFolders(later),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SETTINGS.owner)) later(); }));
  }

  /** Every action, private ones included (for the person's own surfaces), loading on first use. */
  async all(): Promise<FolderAction[]> {
    this.loaded ??= this.refresh();
    await this.loaded;
    return this.actions;
  }

  /**
   * Every reflection that team views may show, of every folder, through the core's gate once
   * per refresh: private ones stay out whoever asks, anonymous ones name nobody, and they come
   * in the order they were written. Loads on first use, like `all()`.
   */
  async teamDocuments(): Promise<FolderDocument[]> {
    this.loaded ??= this.refresh();
    await this.loaded;
    return [...this.documents];
  }

  /** Open actions that are the person's, oldest first. */
  async openMine(): Promise<FolderAction[]> {
    return (await this.all()).filter((a) => a.mine && a.action.status === 'open');
  }

  /** Problems found by the last refresh. */
  get problems(): readonly FileProblem[] {
    return this.fileProblems;
  }

  async refresh(): Promise<void> {
    const collected: FolderAction[] = [];
    const documents: (CorpusDocument<vscode.WorkspaceFolder> & { source: vscode.WorkspaceFolder })[] = [];
    const problems: FileProblem[] = [];
    const messages: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const cache = this.caches.get(folder.uri.toString()) ?? new Map();
      this.caches.set(folder.uri.toString(), cache);
      const corpus = await readReflections(folder.uri.fsPath, { includePrivate: true, cache });
      const { actions, warnings } = foldActions(corpus.documents);
      for (const document of corpus.documents) documents.push({ ...document, source: folder });
      const person: Person = await currentPerson(folder);
      const mine = new Set(actionsOf(actions, person, { includeUnowned: true }).map((a) => a.id));
      for (const action of actions) collected.push({ folder, action, mine: mine.has(action.id) });
      const fileOf = (relative: string) => vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
      for (const p of corpus.problems) {
        problems.push({ file: fileOf(p.path), line: p.line, col: p.col, message: p.message });
        messages.push(`${folder.name}/${p.path}:${p.line}:${p.col}: ${p.message}`);
      }
      for (const p of teamFiles(folder.uri).problems) {
        problems.push({ file: fileOf(p.file), line: p.line, col: p.col, message: p.message, severity: p.severity });
        messages.push(`${folder.name}/${p.file}:${p.line}:${p.col}: ${p.message}`);
      }
      for (const w of warnings) {
        problems.push({ file: fileOf(w.path), line: 1, col: 1, message: w.message });
        messages.push(`${folder.name}/${w.path}: ${w.message}`);
      }
    }
    this.actions = collected;
    this.documents = teamDocuments(documents);
    this.fileProblems = problems;
    this.report(messages);
    this.changed.fire();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.loaded = this.refresh(); }, REFRESH_DELAY_MS);
  }

  /** Logs every problem and says so once for each new set: visible, never blocking. */
  private report(messages: string[]): void {
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

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
