/**
 * The Team Review's computation, free of `vscode`: narrow the team's documents to the filters,
 * run the core's insights over them, and cut the result down to what the panel draws. Every
 * text and list is bounded here (REVIEW_LIMITS), so 10,000 reflections still make a small
 * message and answers never leave the host except as the bounded quotes of recurring blockers.
 * The documents have been through the core's privacy gate (`TeamDocument`); each file the view
 * points at comes back with the `source` its document carried (the host's workspace folder).
 */
import { teamInsights, weeksOf, type OwnerActions, type Period, type RecurringBlocker, type TeamDocument, type TeamInsights } from '../core/insights/index';
import { createdIn } from '../core/insights/period';
import { namedAuthor, normalizeName } from '../core/insights/team';
import { isCalendarDate } from '../core/model/reflection';
import { daysBefore } from '../core/calendar';
import { ELLIPSIS, clip } from '../core/util/clip';
import { REVIEW_BUCKETS, REVIEW_LIMITS as L, type FileRef, type ReviewFilters, type ReviewView } from '../webview/review/protocol';

/** What the view points at: the only files (and action ids) the host will open for it. */
export interface SentFiles<S> {
  /** `fileKey(path, folderName)` → the `source` of the file's document and its path. */
  files: Map<string, { source: S | undefined; path: string; actions: Set<string> }>;
}

export const fileKey = (path: string, folder: string | undefined): string => `${folder ?? ''}\u0000${path}`;

const DEFAULT_DAYS = 28;
/**
 * Recurring blockers compare reflections pairwise, which grows with the square of their
 * number: past this many in a period, only the latest are searched (about 0.7 s at most)
 * so the extension host stays responsive with 10,000 reflections.
 */
export const RECURRING_INPUT_MAX = 2000;

export function defaultFilters(today: string): ReviewFilters {
  return { from: daysBefore(today, DEFAULT_DAYS - 1), to: today, friction: null, author: null, trigger: null };
}

/** Text for the panel: on one line, within `max` (the protocol's limit), marked when cut. */
const line = (text: string, max: number): string => clip(text.replace(/\s+/g, ' ').trim(), max, { ellipsis: ELLIPSIS });

/** Makes a period the core accepts: real dates, in order, at most REVIEW_LIMITS.weeks weeks. */
export function normalizePeriod(filters: ReviewFilters, today: string): { filters: ReviewFilters; adjusted: 'invalid' | 'swapped' | 'shortened' | null } {
  if (!isCalendarDate(filters.from) || !isCalendarDate(filters.to)) {
    const fallback = defaultFilters(today);
    return { filters: { ...filters, from: fallback.from, to: fallback.to }, adjusted: 'invalid' };
  }
  let adjusted: 'swapped' | 'shortened' | null = null;
  let { from, to } = filters;
  if (to < from) {
    [from, to] = [to, from];
    adjusted = 'swapped';
  }
  if (weeksOf({ from, to }).length > L.weeks) {
    from = daysBefore(to, (L.weeks - 2) * 7);
    adjusted = 'shortened';
  }
  return { filters: { ...filters, from, to }, adjusted };
}

/** Named authors of the team's reflections, for the author filter; anonymous ones are never offered. */
export function authorsOf(documents: readonly TeamDocument[]): string[] {
  const byKey = new Map<string, string>();
  for (const document of documents) {
    const name = namedAuthor(document);
    if (name && !byKey.has(normalizeName(name))) byKey.set(normalizeName(name), line(name, L.nameChars));
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b)).slice(0, L.authors);
}

/**
 * Follow-ups always pass: they only record what became of earlier actions, so leaving them
 * out would make done actions look open. Everything else must match every filter.
 */
function matches(document: TeamDocument, filters: ReviewFilters): boolean {
  const r = document.reflection;
  if (r.kind === 'follow-up') return true;
  if (filters.friction && !r.friction.includes(filters.friction)) return false;
  if (filters.trigger && r.trigger?.kind !== filters.trigger) return false;
  if (filters.author) {
    const name = namedAuthor(document);
    if (!name || normalizeName(name) !== normalizeName(filters.author)) return false;
  }
  return true;
}

/** How many reflections recurring blockers searched, when that was fewer than the period has. */
function blockersSearched(documents: readonly TeamDocument[], period: Period): number | null {
  const reflections = documents.filter((d) => d.reflection.kind !== 'follow-up' && createdIn(d.reflection.created, period)).length;
  return reflections > RECURRING_INPUT_MAX ? RECURRING_INPUT_MAX : null;
}

/** Names a file for the view and records it as sent (with the action it opens at, if any). */
type Ref<S> = (path: string, source: S | undefined, actionId?: string) => FileRef;

function fileRefs<S>(folderName: ((source: S) => string) | undefined): { sent: SentFiles<S>; ref: Ref<S> } {
  const sent: SentFiles<S> = { files: new Map() };
  const ref: Ref<S> = (fullPath, source, actionId) => {
    const path = fullPath.slice(0, L.pathChars);
    const name = folderName ? line(source === undefined ? '' : folderName(source), L.folderChars) : undefined;
    const key = fileKey(path, name);
    const entry = sent.files.get(key) ?? { source, path, actions: new Set<string>() };
    if (actionId) entry.actions.add(actionId);
    sent.files.set(key, entry);
    return name === undefined ? { path } : { path, folder: name };
  };
  return { sent, ref };
}

function weeksView(insights: TeamInsights): ReviewView['weeks'] {
  return insights.friction.weeks.map((w) => ({
    week: w.week, monday: w.monday, total: w.total,
    counts: Object.fromEntries(REVIEW_BUCKETS.map((b) => [b, w.counts[b]])) as ReviewView['weeks'][number]['counts'],
  }));
}

function pulseView({ pulse }: TeamInsights): ReviewView['pulse'] {
  return pulse.dimensions
    .map((d, i) => ({ id: d.id, label: line(d.label, L.labelChars), count: d.count, mean: d.mean, points: pulse.weeks.map((w) => w.ratings[i]?.mean ?? null) }))
    .filter((d) => d.count > 0)
    .slice(0, L.pulseDimensions);
}

function blockersView<S>(recurring: readonly RecurringBlocker<S>[], ref: Ref<S>): ReviewView['blockers'] {
  return recurring.slice(0, L.blockers).map((b) => ({
    terms: b.terms.slice(0, L.blockerTerms).map((t) => line(t, L.termChars)),
    size: b.size,
    firstSeen: b.firstSeen,
    lastSeen: b.lastSeen,
    // A group has at least two reflections, so it always has a first path.
    file: ref(b.paths[0], b.sources?.[0]),
    quotes: b.quotes.slice(0, L.quotes).map((q) => ({ text: line(q.text, L.quoteChars), file: ref(q.path, q.source) })),
  }));
}

function ownersView<S>(groups: readonly OwnerActions<S>[], ref: Ref<S>): ReviewView['owners'] {
  return groups.slice(0, L.owners).map((g) => ({
    owner: line(g.owner, L.nameChars),
    assigned: g.assigned,
    open: g.actions.length,
    overdue: g.overdue,
    actions: g.actions.slice(0, L.actionsPerOwner).map((a) => ({
      id: a.id,
      text: line(a.text, L.actionChars),
      due: a.due && isCalendarDate(a.due) ? a.due : null,
      ageDays: a.ageDays,
      overdue: a.overdue,
      daysOverdue: a.daysOverdue,
      file: ref(a.path, a.source, a.id),
    })),
  }));
}

function countsView({ participation, actions }: TeamInsights): ReviewView['counts'] {
  const groups = actions.openByOwner;
  const ft = actions.followThrough;
  return {
    reflections: participation.reduce((n, w) => n + w.reflections, 0),
    openActions: groups.reduce((n, g) => n + g.actions.length, 0),
    overdue: groups.reduce((n, g) => n + g.overdue, 0),
    followThrough: ft.rate,
    opened: ft.opened,
    done: ft.done,
    dropped: ft.dropped,
    pending: ft.pending,
    overdueOpened: ft.overdue,
  };
}

/**
 * The view for one set of filters. `folderName` is given in multi-root workspaces, so each
 * file says which folder it is in. `filters` must have been through normalizePeriod.
 */
export function reviewView<S>(
  documents: readonly TeamDocument<S>[],
  filters: ReviewFilters,
  today: string,
  folderName: ((source: S) => string) | undefined,
  notice: string | null,
): { view: ReviewView; sent: SentFiles<S> } {
  const period: Period = { from: filters.from, to: filters.to };
  const shown = documents.filter((d) => matches(d, filters));
  const recurring = { maxGroups: L.blockers, maxQuotes: L.quotes, quoteChars: L.quoteChars, maxDocuments: RECURRING_INPUT_MAX };
  const insights = teamInsights(shown, period, today, { recurring });
  const { sent, ref } = fileRefs(folderName);
  const blockers = blockersView(insights.recurring, ref);
  const owners = ownersView(insights.actions.openByOwner, ref);
  const view: ReviewView = {
    filters,
    today,
    authors: authorsOf(documents),
    totalReflections: documents.filter((d) => d.reflection.kind !== 'follow-up').length,
    counts: countsView(insights),
    weeks: weeksView(insights),
    pulse: pulseView(insights),
    blockers,
    owners,
    moreOwners: Math.max(0, insights.actions.openByOwner.length - owners.length),
    blockersSearched: blockersSearched(shown, period),
    notice: notice === null ? null : line(notice, L.errorChars),
  };
  return { view, sent };
}
