/**
 * The Team Review's views, computed once per set of filters. Changing a filter and changing it
 * back, or a window that hides and shows the panel, costs a look-up; only new documents (a save,
 * a pull) or new filters compute again. What does not depend on the filters (authors, totals)
 * is computed once per set of documents, and each reflection's terms for recurring blockers
 * once for as long as its file is unchanged.
 */
import { TermCache } from '../core/insights/recurring';
import type { TeamDocument } from '../core/insights/team';
import type { ReviewFilters } from '../webview/review/protocol';
import { overallOf, reviewView, type Overall, type ReviewResult } from './reviewModel';

/** Views kept: a handful of filter settings a person switches between. */
const KEPT_VIEWS = 8;
/**
 * Distinct stems the term cache may number before it starts again: it only grows (edited files
 * add stems), and a bound keeps a long session, or a corpus of nonsense words, from growing it forever.
 */
const MAX_STEMS = 200_000;

export class ReviewViews<S> {
  private documents: readonly TeamDocument<S>[] = [];
  private overall: Overall | undefined;
  private terms = new TermCache();
  /** Most recently used last. */
  private readonly views = new Map<string, ReviewResult<S>>();

  private computedViews = 0;

  /** How many views were computed rather than looked up. */
  get computed(): number {
    return this.computedViews;
  }

  /**
   * The view for `filters` (already through normalizePeriod) over `documents`. `fresh` is true
   * when it was computed now, so the caller reports what it left out once, not on every look-up.
   */
  view(
    documents: readonly TeamDocument<S>[],
    filters: ReviewFilters,
    today: string,
    folderName: ((source: S) => string) | undefined,
  ): ReviewResult<S> & { fresh: boolean } {
    this.use(documents);
    const key = JSON.stringify([today, folderName !== undefined, filters.from, filters.to, filters.friction, filters.author, filters.trigger]);
    const kept = this.views.get(key);
    if (kept) {
      this.views.delete(key);
      this.views.set(key, kept);
      return { ...kept, fresh: false };
    }
    this.overall ??= overallOf(documents);
    const result = reviewView(documents, filters, today, folderName, null, { overall: this.overall, terms: this.terms });
    this.computedViews++;
    this.views.set(key, result);
    if (this.views.size > KEPT_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return { ...result, fresh: true };
  }

  /** Forgets every view when the documents differ from the last ones (the index hands out a new array each time). */
  private use(documents: readonly TeamDocument<S>[]): void {
    const same = documents.length === this.documents.length && documents.every((d, i) => d === this.documents[i]);
    if (same) return;
    this.documents = documents;
    this.overall = undefined;
    this.views.clear();
    if (this.terms.size > MAX_STEMS) this.terms = new TermCache();
  }
}
