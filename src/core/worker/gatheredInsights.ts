/**
 * The worker's side of one insights request (protocol.ts): documents gathered by group as
 * their parts arrive, and their words counted at once, in time the asking thread spends
 * reading the next repository; a group whose last part is in computed when the worker has
 * nothing else to do (no message waiting), if it takes the group's claim; on the request's last
 * part, the insights of all documents first (only this worker has every document's words
 * counted), then every group not computed yet whose claim the worker takes, from the first,
 * while the asking thread takes them from the last. Every reflection's words are counted
 * once, and every group reuses the count.
 */
import { teamInsights, type TeamDocument, type TeamInsights } from '../insights/index';
import { countTerms, TermCache } from '../insights/recurring';
import { sortInWrittenOrder } from '../insights/team';
import { claimInWorker } from './claims';
import type { InsightsAnswer, InsightsRequest, InsightsTask } from './protocol';

export class GatheredInsights {
  private readonly groups: TeamDocument[][] = [];
  /** Per group: its insights once computed here, null when the asking thread claimed it. */
  private readonly computed: Array<TeamInsights | null | undefined> = [];
  private readonly terms = new TermCache();
  private readonly count: number;
  /** Groups whose last part is in, to compute when nothing else waits. */
  private readonly ready: number[] = [];
  private idleScheduled = false;
  private finished = false;

  constructor(private readonly task: InsightsTask) {
    this.count = task.groups?.count ?? 1;
  }

  /** Takes in one part; throws when it names a group the task does not have. */
  add(part: InsightsRequest): void {
    if (part.group >= this.count) throw new Error(`A part named group ${part.group}, but the request has ${this.count} group(s).`);
    const group = (this.groups[part.group] ??= []);
    for (const d of part.documents) {
      group.push(d);
      countTerms(d, this.terms);
    }
    if (part.groupDone && this.task.groups) {
      this.ready.push(part.group);
      this.whenIdle();
    }
  }

  /** The answer of the request's last part. */
  finish(): Pick<InsightsAnswer, 'insights' | 'groups'> {
    this.finished = true;
    const { period, today } = this.task;
    const insights = teamInsights(sortInWrittenOrder(this.groups.flatMap((g) => g ?? [])), period, today, this.shared());
    if (!this.task.groups) return { insights };
    for (let g = 0; g < this.count; g++) this.computeGroup(g);
    return { insights, groups: Array.from({ length: this.count }, (_, g) => this.computed[g] ?? null) };
  }

  /** Group `g`'s insights, unless computed already or claimed by the asking thread. */
  private computeGroup(g: number): void {
    const claims = this.task.groups?.claims;
    if (!claims || this.computed[g] !== undefined) return;
    const { period, today } = this.task;
    this.computed[g] = claimInWorker(claims, g) ? teamInsights(sortInWrittenOrder(this.groups[g] ?? []), period, today, this.shared()) : null;
  }

  /**
   * Computes the next ready group once every message that waits has been taken in: a
   * setImmediate callback runs after the messages already queued, so a group never holds up
   * the parts behind it, or the request's last part.
   */
  private whenIdle(): void {
    if (this.idleScheduled) return;
    this.idleScheduled = true;
    setImmediate(() => {
      this.idleScheduled = false;
      const group = this.ready.shift();
      if (this.finished || group === undefined) return;
      this.computeGroup(group);
      if (this.ready.length) this.whenIdle();
    });
  }

  private shared() {
    return { recurring: { terms: this.terms } };
  }
}
