/**
 * The Team Review as the extension runs it: the team's documents sent to the review's worker
 * (in messages of a few hundred) and the view a newly opened review starts on computed there.
 * Measured: how long that takes, and the longest the calling thread (the extension host's, in
 * the extension) was held at any one time meanwhile, by a 1 ms timer that notes every late tick.
 */
import type { Corpus } from '../../src/core/store/corpus';
import { teamDocuments } from '../../src/core/insights/team';
import { defaultFilters, normalizePeriod } from '../../src/review/reviewModel';
import type { WorkerDocument } from '../../src/review/worker/protocol';
import { ReviewClient } from '../../src/review/worker/reviewClient';
import { collect, time, watchThread } from './timing';

export interface ReviewWorkerTimes {
  /** From the first document sent to the first view received. */
  firstViewMs: number;
  /** The longest the calling thread was busy without a break, meanwhile. */
  longestTaskMs: number;
}

export async function measureReviewWorker(read: Corpus, today: string): Promise<ReviewWorkerTimes> {
  const documents = teamDocuments(read.documents.map((d) => ({ ...d, source: 'file:///bench' }))) as WorkerDocument[];
  const client = new ReviewClient();
  if (!client.inWorker) throw new Error('The Team Review worker script is missing; compile the tests first (npm run compile-tests).');
  // As best() does: this step pays for its own garbage, not for the steps measured before it.
  collect();
  const stop = watchThread();
  try {
    const first = await time(async () => {
      await client.sync(documents, {});
      return client.view({ filters: normalizePeriod(defaultFilters(today), today).filters, today, multiRoot: false });
    });
    return { firstViewMs: first.ms, longestTaskMs: stop() };
  } finally {
    stop();
    await client.close();
  }
}
