/**
 * A bound on the problems one file can produce. A broken file can hold thousands of errors
 * (one per bracket, one per list entry); past the first few they help nobody and cost memory,
 * time and screen space, so each file reports at most MAX_PROBLEMS_PER_FILE, then one line
 * that counts the rest.
 */
import { formatMessage, msg } from './message';

export const MAX_PROBLEMS_PER_FILE = 20;

/** A problem with a position; `omitted` marks the line that stands for problems left out. */
export interface CappableProblem {
  line: number;
  col: number;
  message: string;
  /** On the "… and N more problems" line: N. */
  omitted?: number;
}

export function moreProblemsMessage(omitted: number): string {
  return formatMessage(omitted === 1
    ? msg('… and {0} more problem in this file; fix the ones above and check again.', omitted)
    : msg('… and {0} more problems in this file; fix the ones above and check again.', omitted));
}

/**
 * The first MAX_PROBLEMS_PER_FILE problems of one file, then one line counting the rest
 * (placed at the first problem left out). Lines already counting left-out problems add to
 * the count, so capping a capped list again keeps the same total.
 */
export function capProblems<P extends CappableProblem>(problems: readonly P[], make: (at: P, message: string, omitted: number) => P, max = MAX_PROBLEMS_PER_FILE): P[] {
  const real = problems.filter((p) => p.omitted === undefined);
  const earlier = problems.filter((p) => p.omitted !== undefined);
  const omitted = Math.max(0, real.length - max) + earlier.reduce((n, p) => n + (p.omitted ?? 0), 0);
  const kept = real.slice(0, max);
  if (!omitted) return kept;
  const at = real[max] ?? earlier[0];
  return [...kept, make(at, moreProblemsMessage(omitted), omitted)];
}
