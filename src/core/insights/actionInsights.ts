/**
 * What became of the next steps people named: the open ones by owner, and how many of those
 * opened in a period were done, dropped or left overdue. Statuses come from foldActions over
 * team documents only (the gate's output), so a follow-up written in a private file changes
 * nothing here.
 */
import { describeAge, foldActions, responsibleFor, type ActionView } from '../model/actionState';
import { daysBetween, localDateOf } from '../calendar';
import { checkPeriod, checkToday, compare, createdIn, median, type Period } from './period';
import { normalizeName, type TeamDocument } from './team';

export const UNASSIGNED = 'Unassigned';

export interface OpenActionInsight<S = unknown> {
  id: string;
  text: string;
  /** As written in the file; absent when nobody was named. */
  owner?: string;
  due?: string;
  /** `created` of the reflection that named it, and where it lives. */
  created: string;
  path: string;
  ageDays: number;
  overdue: boolean;
  daysOverdue: number;
  /** The `source` of the document at `path`, when it has one, untouched. */
  source?: S;
}

export interface OwnerActions<S = unknown> {
  /** The owner, the author of an unowned action in a signed reflection, or UNASSIGNED. */
  owner: string;
  /** False for the UNASSIGNED group, so a person who calls themselves "Unassigned" stays a person. */
  assigned: boolean;
  overdue: number;
  /** Most overdue first, then oldest first. */
  actions: OpenActionInsight<S>[];
}

/** Open actions (any age) grouped by who answers for them: named people by name, then the unassigned ones. `actions`: the documents' folded actions, when the caller has them. */
export function actionsByOwner<S>(documents: readonly TeamDocument<S>[], today: string, actions: readonly ActionView<S>[] = foldActions(documents).actions): OwnerActions<S>[] {
  checkToday(today);
  const groups = new Map<string, OwnerActions<S>>();
  for (const action of actions) {
    if (action.status !== 'open') continue;
    const name = responsibleFor(action);
    // The NUL prefix keeps the unassigned group apart from any real name.
    const key = name === undefined ? '\u0000' : normalizeName(name);
    const group = groups.get(key) ?? { owner: name ?? UNASSIGNED, assigned: name !== undefined, overdue: 0, actions: [] };
    groups.set(key, group);
    const age = describeAge(action, today);
    if (age.overdue) group.overdue++;
    group.actions.push({
      id: action.id,
      text: action.text,
      ...(action.owner?.trim() ? { owner: action.owner } : {}),
      ...(action.due !== undefined ? { due: action.due } : {}),
      created: action.created,
      path: action.path,
      ...age,
      ...(action.source !== undefined ? { source: action.source } : {}),
    });
  }
  for (const group of groups.values()) group.actions.sort((a, b) => b.daysOverdue - a.daysOverdue || b.ageDays - a.ageDays || compare(a.id, b.id));
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => Number(!a.assigned) - Number(!b.assigned) || compare(ka, kb))
    .map(([, group]) => group);
}

export interface FollowThrough {
  /** Actions written in the period. */
  opened: number;
  done: number;
  dropped: number;
  /** Still open and past their due date today. */
  overdue: number;
  /** Still open and not (yet) overdue: too early to judge. */
  pending: number;
  /** done / (done + dropped + overdue), or null when none of those happened yet. */
  rate: number | null;
  /** Calendar days from an action's reflection to the update that marked it done. */
  medianDaysToDone: number | null;
}

/** Follow-through on the actions opened in the period, with statuses as they stand today. `actions`: the documents' folded actions, when the caller has them. */
export function followThrough(documents: readonly TeamDocument[], period: Period, today: string, actions: readonly ActionView[] = foldActions(documents).actions): FollowThrough {
  checkPeriod(period);
  checkToday(today);
  const opened = actions.filter((a) => createdIn(a.created, period));
  let done = 0, dropped = 0, overdue = 0, pending = 0;
  const daysToDone: number[] = [];
  for (const action of opened) {
    if (action.status === 'done') {
      done++;
      const marked = [...action.history].reverse().find((h) => h.status === 'done');
      if (marked) daysToDone.push(Math.max(0, daysBetween(localDateOf(action.created), localDateOf(marked.at))));
    } else if (action.status === 'dropped') dropped++;
    else if (describeAge(action, today).overdue) overdue++;
    else pending++;
  }
  const judged = done + dropped + overdue;
  return { opened: opened.length, done, dropped, overdue, pending, rate: judged ? done / judged : null, medianDaysToDone: median(daysToDone) };
}
