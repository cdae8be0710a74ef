/**
 * Actions that come back: the next steps people wrote, with their current status. Files are
 * never edited, so an action's status is folded from the `updates` of later files, in the
 * order they were written (by instant, not by text: timestamps carry their writer's offset).
 */
import type { CorpusDocument } from '../store/corpus';
import { LIMITS, REFLECTION_SCHEMA, isCalendarDate, type ActionStatus, type ActionUpdate, type Reflection, type Visibility } from './reflection';
import type { QuickMeta } from '../coach/quickCaptures';
import { daysBetween, instant, localDateOf } from '../calendar';
import { clip } from '../util/clip';
import { formatPath, validateReflection } from './validate';
import { eachStep, inOneGo, type Steps, type Turns } from '../util/turns';
import { writtenOrderSteps } from './writtenOrder';

/** One status change of an action, as a later file recorded it. */
export interface ActionUpdateView {
  status: ActionStatus;
  note?: string;
  /** `created` of the file holding the update. */
  at: string;
  path: string;
  author?: string;
}

export interface ActionView<S = unknown> {
  id: string;
  text: string;
  owner?: string;
  due?: string;
  /** The last update's status in time order, or `open` when there is none. */
  status: ActionStatus;
  /** The reflection that wrote the action, and where it lives. */
  reflectionId: string;
  path: string;
  created: string;
  author?: string;
  visibility: Visibility;
  /** The updates applied, oldest first. */
  history: ActionUpdateView[];
  /** The `source` of the document that wrote the action, when it has one, untouched. */
  source?: S;
}

/** Something odd about the updates or actions of one file; it never stops the fold. */
export interface ActionWarning {
  path: string;
  message: string;
}

/** The view of an action as the file that defines it wrote it, before any update. */
function actionView<S>(action: Reflection['actions'][number], { path, reflection, source }: CorpusDocument<S>): ActionView<S> {
  // Property by property, in the order every output shows them: the index folds every action after each walk, and spreads cost more.
  const view = { id: action.id, text: action.text } as ActionView<S>;
  if (action.owner !== undefined) view.owner = action.owner;
  if (action.due !== undefined) view.due = action.due;
  view.status = action.status;
  view.reflectionId = reflection.id;
  view.path = path;
  view.created = reflection.created;
  if (reflection.author !== undefined) view.author = reflection.author;
  view.visibility = reflection.visibility;
  view.history = [];
  if (source !== undefined) view.source = source;
  return view;
}

/** The actions one document defines, added to `byId`; an id defined before keeps its first definition. */
function defineActions<S>(document: CorpusDocument<S>, byId: Map<string, ActionView<S>>, warnings: ActionWarning[]): void {
  for (const action of document.reflection.actions) {
    const first = byId.get(action.id);
    if (first) warnings.push({ path: document.path, message: `Action '${action.id}' is also defined in ${first.path}; the older one is used. Give this action its own id.` });
    else byId.set(action.id, actionView(action, document));
  }
}

/** One document's updates, applied to the actions in `byId`. */
function applyUpdates<S>({ path, reflection }: CorpusDocument<S>, byId: Map<string, ActionView<S>>, warnings: ActionWarning[]): void {
  (reflection.updates ?? []).forEach((update, i) => {
    const where = formatPath(['updates', i]);
    const action = byId.get(update.action);
    if (!action) {
      warnings.push({ path, message: `${where} refers to action '${update.action}', which no reflection defines; check the id or remove the update.` });
      return;
    }
    if (instant(reflection.created) < instant(action.created)) {
      // Usually a wrong clock or a hand-edited `created`; the update still counts, in time order.
      warnings.push({ path, message: `${where} (${reflection.created}) is dated before action '${action.id}' was written (${action.created}, ${action.path}); check this file's 'created'.` });
    }
    action.history.push({
      status: update.status,
      ...(update.note !== undefined ? { note: update.note } : {}),
      at: reflection.created,
      path,
      ...(reflection.author !== undefined ? { author: reflection.author } : {}),
    });
    action.status = update.status;
  });
}

export type FoldedActions<S> = { actions: ActionView<S>[]; warnings: ActionWarning[] };

/**
 * The fold, written once for both ways it runs (util/turns.ts): every action defined, oldest
 * file first, then every update applied in the order it was written. `ordered`: the documents
 * in that order (model/writtenOrder.ts), for a caller that needs them so.
 */
export function* foldActionSteps<S>(documents: readonly CorpusDocument<S>[], turns: Turns): Steps<FoldedActions<S> & { ordered: CorpusDocument<S>[] }> {
  const ordered = yield* writtenOrderSteps(documents, turns);
  const warnings: ActionWarning[] = [];
  const byId = new Map<string, ActionView<S>>();
  yield* eachStep(ordered, turns, (document) => defineActions(document, byId, warnings));
  yield* eachStep(ordered, turns, (document) => applyUpdates(document, byId, warnings));
  // Listed in steps too: spreading 100,000 values is a task of several milliseconds.
  const actions: ActionView<S>[] = [];
  for (const action of byId.values()) {
    actions.push(action);
    if (turns.due()) yield;
  }
  return { actions, warnings, ordered };
}

/** Every action with its status folded from all updates, oldest action first. */
export function foldActions<S>(documents: readonly CorpusDocument<S>[]): FoldedActions<S> {
  const { actions, warnings } = inOneGo((turns) => foldActionSteps(documents, turns));
  return { actions, warnings };
}

/** Who "me" is: git user.name and the retroCoach.owner setting; either may be missing. */
export interface Person {
  names: string[];
}

/** Names compare case-insensitively, ignoring surrounding and repeated whitespace. */
function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Who answers for an action: its owner, else (for an action nobody was named for) the author
 * of a signed reflection; never an anonymous writer, so anonymity is never undone by
 * matching. The one definition behind "open actions by owner" (Team Review, export, CLI),
 * the Open Actions tree and the status bar's "yours".
 */
export function responsibleFor(action: Pick<ActionView, 'owner' | 'author' | 'visibility'>, opts: { includeUnowned: boolean } = { includeUnowned: true }): string | undefined {
  const owner = action.owner?.trim();
  if (owner) return owner;
  const author = action.author?.trim();
  return opts.includeUnowned && action.visibility !== 'anonymous' && author ? author : undefined;
}

/**
 * Whether an action is the person's: its owner is one of their names or, with
 * `includeUnowned`, it has no owner (or a blank one) and is in a signed reflection they wrote
 * (`responsibleFor`). Nobody's when the person has no name.
 */
export function isTheirs(person: Person, opts: { includeUnowned: boolean }): (action: ActionView) => boolean {
  const names = new Set(person.names.map(normalizeName).filter(Boolean));
  return (action) => {
    const name = responsibleFor(action, opts);
    return name !== undefined && names.has(normalizeName(name));
  };
}

/** The person's actions (`isTheirs`), in their order. */
export function actionsOf(actions: readonly ActionView[], person: Person, opts: { includeUnowned: boolean }): ActionView[] {
  return actions.filter(isTheirs(person, opts));
}

/**
 * How old an action is and whether it is overdue, in calendar days. `today` is the local
 * date (YYYY-MM-DD); the age counts from the date its writer saw, and is never negative
 * (a writer ahead in time zone or clock can date it "tomorrow"). Only open actions are overdue.
 */
export function describeAge(action: Pick<ActionView, 'created' | 'due' | 'status'>, today: string): { ageDays: number; overdue: boolean; daysOverdue: number } {
  if (!isCalendarDate(today)) throw new RangeError(`'today' must be a date like 2026-12-01, not '${today}'.`);
  const created = localDateOf(action.created);
  const ageDays = isCalendarDate(created) ? Math.max(0, daysBetween(created, today)) : 0;
  const overdue = action.status === 'open' && action.due !== undefined && isCalendarDate(action.due) && action.due < today;
  return { ageDays, overdue, daysOverdue: overdue ? daysBetween(action.due as string, today) : 0 };
}

/** What a follow-up file needs besides its updates: the same as a quick capture. */
export type FollowUpMeta = QuickMeta;

/**
 * A follow-up file recording status changes of earlier actions. Notes are trimmed and left
 * out when empty. Throws when there is nothing to record or the result would not be a valid
 * reflection (e.g. a malformed action id), so no unreadable file is ever written.
 */
export function followUpReflection(updates: readonly ActionUpdate[], meta: FollowUpMeta): Reflection {
  if (!updates.length) throw new Error('A follow-up needs at least one action update.');
  if (updates.length > LIMITS.updates) throw new Error(`A follow-up holds at most ${LIMITS.updates} updates, not ${updates.length}; split them into several.`);
  const author = meta.visibility !== 'anonymous' && meta.author?.trim() ? clip(meta.author.trim(), LIMITS.ownerChars) : undefined;
  const reflection: Reflection = {
    schema: REFLECTION_SCHEMA,
    id: meta.id,
    kind: 'follow-up',
    created: meta.created,
    ...(author ? { author } : {}),
    visibility: meta.visibility,
    friction: [],
    trigger: meta.trigger ?? { kind: 'manual' },
    exchanges: [],
    actions: [],
    updates: updates.map((u) => {
      const note = u.note === undefined ? undefined : clip(u.note.trim(), LIMITS.noteChars);
      return note ? { action: u.action, status: u.status, note } : { action: u.action, status: u.status };
    }),
  };
  const { problems } = validateReflection(reflection);
  if (problems.length) {
    const first = problems[0];
    throw new Error(`The follow-up would not be a valid reflection: ${first.message}`);
  }
  return reflection;
}
