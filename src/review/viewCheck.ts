/**
 * The host checks its own Team Review view before posting it. The app refuses a view that
 * fails the protocol's guard, so one bad item (a file no one can read right, or a bug) would
 * blank the review for the whole team; instead the item that fails is left out — one quote,
 * one action, one owner, one blocker — and said so, and everything else is shown. The guard
 * names the path of the first failure, so the check repeats until the view passes.
 */
import { formatFailure, type Failure } from '../webview/shared/guards';
import { checkReviewView, type FileRef, type ReviewView } from '../webview/review/protocol';

/** What was left out of a view and why, for the log and the notice. */
export interface LeftOut {
  /** The kind of item, e.g. "an action". */
  item: string;
  /** The file it came from, when it names one. */
  file?: FileRef;
  /** Where the check failed and what it expected there. */
  reason: string;
}

/** Enough to remove every item of the largest view the limits allow, one at a time. */
const MAX_ROUNDS = 5000;

type Remove = (view: ReviewView, path: ReadonlyArray<string | number>) => Omit<LeftOut, 'reason'> | undefined;

const at = (path: ReadonlyArray<string | number>, i: number): number => (typeof path[i] === 'number' ? (path[i] as number) : -1);

/** Removes the innermost list item on the failure's path, if it is one the view can do without. */
const removeItem: Remove = (view, path) => {
  const [i, j] = [at(path, 1), at(path, 3)];
  if (path[0] === 'blockers' && i >= 0) {
    const blocker = view.blockers[i];
    if (path[2] === 'quotes' && j >= 0) return { item: 'a quote', file: blocker.quotes.splice(j, 1)[0]?.file };
    if (path[2] === 'terms' && j >= 0) {
      blocker.terms.splice(j, 1);
      return { item: 'a theme word', file: blocker.file };
    }
    return { item: 'a recurring blocker', file: view.blockers.splice(i, 1)[0]?.file };
  }
  if (path[0] === 'owners' && i >= 0) {
    if (path[2] === 'actions' && j >= 0) return { item: 'an action', file: view.owners[i].actions.splice(j, 1)[0]?.file };
    view.owners.splice(i, 1);
    view.moreOwners += 1;
    return { item: 'an owner' };
  }
  if (path[0] === 'areas' && i >= 0) {
    if (path[2] === 'files' && j >= 0) return { item: 'a reflection of an area', file: view.areas[i].files.splice(j, 1)[0] };
    view.areas.splice(i, 1);
    return { item: 'an area' };
  }
  if (path[0] === 'pulse' && i >= 0) {
    view.pulse.splice(i, 1);
    return { item: 'a pulse dimension' };
  }
  if (path[0] === 'authors' && i >= 0) {
    view.authors.splice(i, 1);
    return { item: 'an author' };
  }
  return undefined;
};

const NO_COUNTS: ReviewView['counts'] = { reflections: 0, openActions: 0, overdue: 0, followThrough: null, opened: 0, done: 0, dropped: 0, pending: 0, overdueOpened: 0 };

/** What is left when a whole part of the view fails: that part empty, the rest drawn. */
const resetPart: Remove = (view, path) => {
  switch (path[0]) {
    case undefined:
      // The view's own condition: one pulse point per week.
      view.pulse = view.pulse.filter((p) => p.points.length === view.weeks.length);
      return { item: 'pulse trends' };
    case 'weeks':
      view.weeks = [];
      view.pulse = [];
      return { item: 'the weekly charts' };
    case 'counts':
      view.counts = { ...NO_COUNTS };
      return { item: 'the headline numbers' };
    case 'notice':
      view.notice = null;
      return { item: 'a notice' };
    case 'moreOwners':
      view.moreOwners = 0;
      return { item: 'the count of further owners' };
    default:
      return undefined;
  }
};

/**
 * Leaves out of `view` (changed in place) whatever fails the protocol's check, item by item,
 * and says what it left out. Throws only when a part the host computes itself, with nothing
 * from a file in it (the filters, today), is wrong: that is a bug to see, not an item to hide.
 */
export function keepValid(view: ReviewView): LeftOut[] {
  const leftOut: LeftOut[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const failure: Failure | undefined = checkReviewView(view);
    if (!failure) return leftOut;
    const removed = removeItem(view, failure.path) ?? resetPart(view, failure.path);
    if (!removed) throw new Error(`The team review made a view it cannot show: ${formatFailure(failure)}`);
    leftOut.push({ ...removed, reason: formatFailure(failure) });
  }
  throw new Error('The team review view still fails its check after leaving out every item.');
}
