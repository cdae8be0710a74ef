import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ActionView } from '../core/model/actionState';
import { KnownPaths, readListed, statInThreadPool, type CorpusListing, type ReadCache } from '../core/store/corpus';
import { folderSnapshot, type FolderSnapshot } from './folderSnapshot';
import { updateReflections } from '../core/store/corpusUpdate';
import { loadReadCache, rootHash, saveReadCache, type CacheLocation } from '../core/store/persistentCache';
import { sameEntries } from '../core/store/readCache';
import { sharedParsePool } from '../core/worker/pool';
import { teamDocumentsInTurns, type TeamDocument } from '../core/insights/team';
import { currentPerson } from './person';
import { ProblemNotice } from './problemNotice';
import { onCoachingMayHaveChanged } from './freshness';
import { SETTINGS } from '../settings';
import { teamFiles } from './teamFiles';
import { runInTurns } from '../core/util/turns';

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
  /** The problem as one line of the log: folder/path:line:col: message. */
  logLine: string;
}

/** Quiet time before a re-walk: a checkout touching many files is one walk, and a save shows well within 2 s. */
const REFRESH_DELAY_MS = 300;

/** Quiet time before the parsed files are written to global storage: one write for a burst of changes. */
const PERSIST_DELAY_MS = 5_000;

/** What the index keeps of one workspace folder between walks. */
interface FolderState {
  cache: ReadCache;
  /** The last read's listing; none before the first. */
  listing?: CorpusListing;
  /** The last snapshot, kept while none of the folder's files change. */
  part?: FolderPart;
  /** The paths its walks made, so a file found again costs no new string. */
  knownPaths: KnownPaths;
  /** The cache as last loaded from or written to global storage. */
  persisted: ReadCache;
}

/** What one folder's files say, before the privacy gate. */
type FolderPart = FolderSnapshot<vscode.WorkspaceFolder, FileProblem>;

interface Snapshot {
  actions: FolderAction[];
  documents: FolderDocument[];
  problems: FileProblem[];
  /** The folders' parts it was made of, in order: a walk whose parts are these same objects found nothing new. */
  parts: readonly FolderPart[];
}

/**
 * What the `.coaching/` files of every workspace folder say: their actions (folded from
 * updates), their reflections and their problems. Kept fresh by a debounced re-walk whenever
 * anything may have changed them (see freshness.ts): the walk only stats unchanged files, and
 * listeners hear of a walk only when it found something different. Problems are logged with
 * file and line, shown in the Problems panel by the diagnostics surface, and announced once;
 * never thrown.
 *
 * Two kinds of reader: the person's own surfaces (`all()`, `openMine()`: actions from every
 * file, private ones included, each surface deciding what to show) and team views
 * (`teamDocuments()`: reflections through the core's privacy gate, nothing else).
 */
export class CoachingIndex implements vscode.Disposable {
  private shown: Snapshot = { actions: [], documents: [], problems: [], parts: [] };
  /** Parsed files and the last listing per folder: a change to one file re-reads that file only. */
  private readonly folders = new Map<string, Promise<FolderState>>();
  /** Files named by watcher events since the last walk, by folder; a sign that names nothing sets `walkAll`. */
  private readonly changedFiles = new Map<string, Set<string>>();
  private walkAll = true;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded: Promise<void> | undefined;
  /** The walk waiting to start; callers in the meantime share it. */
  private queued: Promise<void> | undefined;
  /** The walk under way (or the last one): the next starts after it, so results land in order. */
  private running: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly notice = new ProblemNotice();
  private walked = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  /** `storage`: where parsed files are kept between sessions (the extension's global storage) and the extension's version. */
  constructor(private readonly storage?: CacheLocation) {
    const later = (file?: vscode.Uri) => this.scheduleRefresh(file);
    this.disposables.push(onCoachingMayHaveChanged(later),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SETTINGS.owner)) later(); }));
  }

  /** Every action, private ones included (for the person's own surfaces), loading on first use. */
  async all(): Promise<FolderAction[]> {
    this.loaded ??= this.refresh();
    await this.loaded;
    return this.shown.actions;
  }

  /**
   * Every reflection that team views may show, of every folder, through the core's gate once
   * per refresh: private ones stay out whoever asks, anonymous ones name nobody, and they come
   * in the order they were written. Loads on first use, like `all()`.
   */
  async teamDocuments(): Promise<FolderDocument[]> {
    this.loaded ??= this.refresh();
    await this.loaded;
    return [...this.shown.documents];
  }

  /** Open actions that are the person's, oldest first. */
  async openMine(): Promise<FolderAction[]> {
    return (await this.all()).filter((a) => a.mine && a.action.status === 'open');
  }

  /** Problems found by the last refresh. */
  get problems(): readonly FileProblem[] {
    return this.shown.problems;
  }

  /**
   * Walks `.coaching/` again; resolves when a walk that started after this call has finished.
   * One walk at a time, so an older walk can never overwrite what a newer one found.
   */
  refresh(): Promise<void> {
    this.walkAll = true;
    return this.queue();
  }

  private queue(): Promise<void> {
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.walk();
    });
    const walk = this.queued;
    this.running = walk.catch(() => undefined);
    return walk;
  }

  private async walk(): Promise<void> {
    const all = this.walkAll;
    const changed = new Map(this.changedFiles);
    this.walkAll = false;
    this.changedFiles.clear();
    const parts: FolderPart[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const files = changed.get(folder.uri.toString());
      parts.push(await this.readFolder(folder, all ? undefined : [...(files ?? [])]));
    }
    // Nothing new on disk (most walks: focus, git status): every folder's snapshot is the last one again (folderSnapshot),
    // so no privacy gate over every document, no re-render, no repeated log lines.
    if (this.walked && parts.length === this.shown.parts.length && parts.every((p, i) => p === this.shown.parts[i])) return;
    // concat, not flatMap: it copies 100,000 items in well under a millisecond, flatMap takes several.
    const joined = <T>(of: (part: FolderPart) => T[]) => ([] as T[]).concat(...parts.map(of));
    // Every step over the documents runs in turns of a few milliseconds (core/util/turns.ts), so none holds the thread.
    const next: Snapshot = {
      actions: joined((p) => p.actions),
      documents: await teamDocumentsInTurns(joined((p) => p.documents)),
      problems: joined((p) => p.problems),
      parts,
    };
    this.walked = true;
    this.shown = next;
    this.changed.fire();
    // After the views hear of it: a hostile clone's thousands of problems are logged in turns.
    await this.notice.report(next.problems);
  }

  /**
   * What one folder's files say; `documents` are not yet through the privacy gate. With
   * `changed` (relative paths, possibly none) only those files are looked at, unless only a
   * walk can tell.
   */
  private async readFolder(folder: vscode.WorkspaceFolder, changed?: string[]): Promise<FolderPart> {
    const state = await this.stateOf(folder);
    if (changed && !changed.length && state.part) return state.part;
    const root = folder.uri.fsPath;
    // Parsing many files (the first walk, a checkout) and the walk's lstats run in worker threads, never on this one;
    // the steps over every file run in turns, and a file the cache answers for keeps its document.
    const pool = sharedParsePool();
    const options = {
      includePrivate: true, cache: state.cache, parse: pool.parse, stat: pool.statOr(statInThreadPool), run: runInTurns,
      previous: state.listing, knownPaths: state.knownPaths, source: folder,
    };
    const updated = changed && state.listing ? await updateReflections(root, state.listing, changed, options) : undefined;
    const { corpus, listing } = updated ?? (await readListed(root, options));
    state.listing = listing;
    this.persistLater();
    const fileOf = (relative: string) => vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
    state.part = await folderSnapshot(corpus, {
      folder, label: folder.name,
      teamProblems: teamFiles(folder.uri).problems,
      person: await currentPerson(folder),
      problem: (p, logLine): FileProblem => ({ file: fileOf(p.path), line: p.line, col: p.col, message: p.message, severity: p.severity, logLine }),
    }, state.part);
    return state.part;
  }

  /** The folder's state, its cache loaded from global storage the first time. */
  private stateOf(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    const id = folder.uri.toString();
    let state = this.folders.get(id);
    if (!state) {
      const location = this.locationOf(folder);
      state = (location ? loadReadCache(folder.uri.fsPath, location, true) : Promise.resolve<ReadCache>(new Map()))
        .then((cache): FolderState => ({ cache, persisted: new Map(cache), knownPaths: new KnownPaths() }));
      this.folders.set(id, state);
    }
    return state;
  }

  private locationOf(folder: vscode.WorkspaceFolder): CacheLocation | undefined {
    return this.storage && { dir: path.join(this.storage.dir, 'index', rootHash(folder.uri.fsPath)), version: this.storage.version };
  }

  private persistLater(): void {
    if (!this.storage || this.persistTimer) return;
    this.persistTimer = setTimeout(() => { this.persistTimer = undefined; void this.persist(); }, PERSIST_DELAY_MS);
  }

  /** Writes every folder's parsed files that changed since they were last loaded or written. */
  private async persist(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const location = this.locationOf(folder);
      const pending = this.folders.get(folder.uri.toString());
      if (!location || !pending) continue;
      const state = await pending;
      if (sameEntries(state.persisted, state.cache)) continue;
      const snapshot = new Map(state.cache);
      if (await saveReadCache(folder.uri.fsPath, location, true, snapshot)) state.persisted = snapshot;
    }
  }

  /** Walks again after a quiet time; a change that names a file in a folder updates that file only. */
  private scheduleRefresh(file?: vscode.Uri): void {
    const folder = file && vscode.workspace.getWorkspaceFolder(file);
    if (!file || !folder || folder.uri.scheme !== 'file') this.walkAll = true;
    else this.changedFiles.set(folder.uri.toString(), (this.changedFiles.get(folder.uri.toString()) ?? new Set<string>()).add(path.posix.relative(folder.uri.path, file.path)));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.loaded = this.queue(); }, REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.persistTimer);
    if (this.persistTimer) void this.persist();
    void sharedParsePool().close();
    this.changed.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
