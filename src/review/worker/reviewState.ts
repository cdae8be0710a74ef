/**
 * What the Team Review's worker holds: the team's documents, kept up to date from sync
 * messages, and the views computed over them (ReviewViews: one per set of filters, until the
 * documents change); it also computes one folder's insights for the Export Retro Summary. The worker runs it; the host runs the very same class on its own thread
 * only when the worker cannot start, so both answer alike.
 */
import { teamInsights } from '../../core/insights/index';
import { sortInWrittenOrder } from '../../core/insights/team';
import { ReviewViews } from '../reviewViews';
import { documentKey, type InsightsRequest, type InsightsResponse, type SentFile, type SyncMessage, type ViewRequest, type ViewResponse, type WorkerDocument } from './protocol';

export class ReviewState {
  private readonly byKey = new Map<string, WorkerDocument>();
  private folders: Record<string, string> = {};
  /** The documents views are computed over, in written order; replaced when a sync's last part arrives. */
  private documents: readonly WorkerDocument[] = [];
  private changed = false;
  private readonly views = new ReviewViews<string>();

  /** Applies one part of a change; the documents in use change with the last part only. */
  apply(message: SyncMessage): void {
    for (const key of message.remove) this.changed = this.byKey.delete(key) || this.changed;
    for (const document of message.upsert) {
      this.byKey.set(documentKey(document), document);
      this.changed = true;
    }
    this.folders = message.folders;
    if (!message.last || !this.changed) return;
    this.documents = sortInWrittenOrder([...this.byKey.values()]);
    this.changed = false;
  }

  /** How many documents views are computed over. */
  get size(): number {
    return this.documents.length;
  }

  view(request: ViewRequest): ViewResponse {
    const folderName = request.multiRoot ? (source: string) => this.folders[source] ?? '' : undefined;
    const { view, sent, leftOut, fresh } = this.views.view(this.documents, request.filters, request.today, folderName);
    const files: SentFile[] = [...sent.files].map(([key, entry]) => ({ key, source: entry.source, path: entry.path, actions: [...entry.actions] }));
    return { type: 'view', id: request.id, view, sent: files, leftOut, fresh };
  }

  /** Team insights of one folder's documents (still in written order) over a period. */
  insights(request: InsightsRequest): InsightsResponse {
    const documents = this.documents.filter((d) => d.source === request.source);
    return { type: 'insights', id: request.id, insights: teamInsights(documents, request.period, request.today) };
  }
}
