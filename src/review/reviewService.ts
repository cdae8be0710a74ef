import * as vscode from 'vscode';
import type { CoachingIndex, FolderDocument } from '../host/coachingIndex';
import type { HostServices } from '../host/services';
import type { TeamInsightsSource } from '../host/teamInsightsSource';
import type { Period, TeamInsights } from '../core/insights/index';
import { retroCoachLog } from '../host/log';
import type { ReviewFilters } from '../webview/review/protocol';
import { defaultFilters, normalizePeriod, type ReviewResult, type SentFiles } from './reviewModel';
import type { LeftOut } from './viewCheck';
import type { WorkerDocument } from './worker/protocol';
import { ReviewClient } from './worker/reviewClient';

/**
 * The Team Review's computation for this window. It keeps the review's worker in step with the
 * index (every change the index reports is sent as a change) and, after each change, has the
 * worker compute the view a newly opened review starts on, so opening the review is a look-up
 * even with 10,000 reflections. Views come back with each file's workspace folder. It is also
 * the window's TeamInsightsSource: the export's insights are computed in the same worker.
 */
export class ReviewService implements TeamInsightsSource, vscode.Disposable {
  private readonly client = new ReviewClient();
  private synced: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the documents views are computed over have changed (after the worker has them). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly services: HostServices, private readonly index: CoachingIndex) {
    this.subscription = index.onDidChange(() => {
      const synced = (this.synced = this.sync());
      void synced.then(() => {
        this.changed.fire();
        void this.prewarm();
      }, (err: unknown) => retroCoachLog().warn(`Team Review: could not take in the index's change: ${String(err)}`));
    });
  }

  /** The view for `filters` (already through normalizePeriod), each file with its workspace folder. */
  async view(filters: ReviewFilters, today: string): Promise<ReviewResult<vscode.WorkspaceFolder>> {
    await this.ready();
    const result = await this.client.view({ filters, today, multiRoot: multiRoot() });
    if (result.fresh) logLeftOut(result.leftOut);
    const folders = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), f]));
    const sent: SentFiles<vscode.WorkspaceFolder> = { files: new Map() };
    for (const file of result.sent) {
      sent.files.set(file.key, { source: file.source === undefined ? undefined : folders.get(file.source), path: file.path, actions: new Set(file.actions) });
    }
    return { view: result.view, sent, leftOut: result.leftOut };
  }

  /** One folder's team insights over a period, computed in the worker like every view. */
  async insights(folder: vscode.WorkspaceFolder, period: Period, today: string): Promise<TeamInsights<unknown>> {
    await this.ready();
    return (await this.client.insights({ source: folder.uri.toString(), period, today })).insights;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    void this.client.close();
  }

  /** Until the index's first change arrives, the first caller sends the documents. */
  private ready(): Promise<void> {
    this.synced ??= this.sync();
    return this.synced;
  }

  private async sync(): Promise<void> {
    const documents = await this.index.teamDocuments();
    const folders = Object.fromEntries((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), f.name]));
    await this.client.sync(documents.map(toWorker), folders);
  }

  /** The view a review opens on, computed now in the worker so the first paint only looks it up. */
  private async prewarm(): Promise<void> {
    const today = this.services.today();
    await this.view(normalizePeriod(defaultFilters(today), today).filters, today).catch(() => undefined);
  }
}

const multiRoot = () => (vscode.workspace.workspaceFolders?.length ?? 0) > 1;

/** Only what the worker reads of a document: the folder object stays here, its id crosses the thread. */
function toWorker(document: FolderDocument): WorkerDocument {
  return { path: document.path, reflection: document.reflection, source: document.source.uri.toString() } as WorkerDocument;
}

/** One log line per item left out of a view, naming its file so the person can fix it. */
function logLeftOut(leftOut: readonly LeftOut[]): void {
  for (const { item, file, reason } of leftOut) {
    const where = file ? ` from ${file.folder ? `${file.folder}/` : ''}${file.path}` : '';
    retroCoachLog().warn(`Team Review: left out ${item}${where}, which the view cannot show (${reason}). Check that file for text that is too long or an id that is not valid; the Problems panel lists what the file checker found.`);
  }
}
