/**
 * The Team Review's computation, free of `vscode`: narrow the team's documents to the filters,
 * run the core's insights over them, and cut the result down to what the panel draws: the
 * aggregates and the first page of each list, never the documents. Every text and list is
 * bounded here (REVIEW_LIMITS, texts clipped in characters, code points, as the guards count them),
 * so 10,000 reflections still make a small message, and answers never leave the host except
 * as the bounded quotes of recurring blockers. The view is then checked against the protocol
 * and anything that still fails is left out item by item (viewCheck.ts), never the whole view.
 * The documents have been through the core's privacy gate (`TeamDocument`); each file the view
 * points at comes back with the `source` its document carried (the host's workspace folder).
 */
import { countReflections, teamInsights, weeksOf, type FrictionArea, type OwnerActions, type Period, type RecurringBlocker, type TeamDocument, type TeamInsights } from '../core/insights/index';
import { pulseSeries } from '../core/insights/chartModel';
import { TermCache } from '../core/insights/recurring';
import { namedAuthor, normalizeName } from '../core/insights/team';
import { isCalendarDate } from '../core/model/reflection';
import { daysBefore } from '../core/calendar';
import { ELLIPSIS, clip } from '../core/util/clip';
import { escapeControls } from '../core/util/plainText';
import { REVIEW_BUCKETS, REVIEW_LIMITS as L, type FileRef, type ReviewFilters, type ReviewView } from '../webview/review/protocol';
import { keepValid, type LeftOut } from './viewCheck';

/** What the view points at: the only files (and action ids) the host will open for it. */
export interface SentFiles<S> {
  /** `fileKey(path, folderName)` as the view names the file → its document's `source` and its whole path. */
  files: Map<string, { source: S | undefined; path: string; actions: Set<string> }>;
}

export const fileKey = (path: string, folder: string | undefined): string => `${folder ?? ''}\u0000${path}`;

const DEFAULT_DAYS = 28;

export function defaultFilters(today: string): ReviewFilters {
  return { from: daysBefore(today, DEFAULT_DAYS - 1), to: today, friction: null, author: null, trigger: null };
}

/** Text for the panel: on one line, within `max` (the protocol's limit), marked when cut. */
/**
 * One line of text from a file, as the view shows it: whitespace folded, control and
 * bidirectional characters made visible (a name written with U+202E must not read backwards
 * to a teammate), clipped to its limit.
 */
const line = (text: string, max: number): string => clip(escapeControls(text.replace(/\s+/g, ' ').trim()), max, { ellipsis: ELLIPSIS });

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
    // The filter offers names as the view shows them (line()), so compare in that form.
    if (!name || normalizeName(line(name, L.nameChars)) !== normalizeName(filters.author)) return false;
  }
  return true;
}

/** Names a file for the view and records it as sent (with the action it opens at, if any). */
type Ref<S> = (path: string, source: S | undefined, actionId?: string) => FileRef;

function fileRefs<S>(folderName: ((source: S) => string) | undefined): { sent: SentFiles<S>; ref: Ref<S> } {
  const sent: SentFiles<S> = { files: new Map() };
  const ref: Ref<S> = (fullPath, source, actionId) => {
    // Only a path longer than any real one is cut; the host still opens the whole path it recorded.
    const path = clip(escapeControls(fullPath), L.pathChars);
    const name = folderName ? line(source === undefined ? '' : folderName(source), L.folderChars) : undefined;
    const key = fileKey(path, name);
    const entry = sent.files.get(key) ?? { source, path: fullPath, actions: new Set<string>() };
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

/** The pulse chart's series (the same ones the HTML report draws), with labels bounded for the view. */
function pulseView({ pulse }: TeamInsights): ReviewView['pulse'] {
  return pulseSeries(pulse, L.pulseDimensions).map((d) => ({ ...d, label: line(d.label, L.labelChars), points: [...d.points] }));
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

/** Friction by area: each area with its counts and the first page of its reflections, newest first. */
function areasView<S>(areas: readonly FrictionArea<S>[], ref: Ref<S>): ReviewView['areas'] {
  return areas.slice(0, L.areas).map((a) => ({
    area: clip(a.area, L.areaChars),
    kind: a.kind,
    total: a.total,
    counts: Object.fromEntries(REVIEW_BUCKETS.map((b) => [b, a.counts[b]])) as ReviewView['areas'][number]['counts'],
    files: a.paths.slice(0, L.filesPerArea).map((path, i) => ref(path, a.sources?.[i])),
  }));
}

function countsView({ reflections, actions }: TeamInsights): ReviewView['counts'] {
  const groups = actions.openByOwner;
  const ft = actions.followThrough;
  return {
    reflections: reflections.total,
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

/** What the view shows of the whole workspace, whatever the filters: computed once per set of documents. */
export interface Overall {
  authors: string[];
  totalReflections: number;
}

export function overallOf(documents: readonly TeamDocument[]): Overall {
  return { authors: authorsOf(documents), totalReflections: countReflections(documents).total };
}

/** One computed view: what it points at, and the items the check left out of it. */
export interface ReviewResult<S> {
  view: ReviewView;
  sent: SentFiles<S>;
  leftOut: LeftOut[];
}

/** Work a caller may share between views of the same documents (see ReviewViews). */
export interface Shared {
  overall?: Overall;
  terms?: TermCache;
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
  shared: Shared = {},
): ReviewResult<S> {
  const period: Period = { from: filters.from, to: filters.to };
  const shown = documents.filter((d) => matches(d, filters));
  const recurring = { maxGroups: L.blockers, maxQuotes: L.quotes, quoteChars: L.quoteChars, terms: shared.terms };
  const insights = teamInsights(shown, period, today, { recurring, areas: { maxAreas: L.areas } });
  const { sent, ref } = fileRefs(folderName);
  const blockers = blockersView(insights.recurring, ref);
  const owners = ownersView(insights.actions.openByOwner, ref);
  const overall = shared.overall ?? overallOf(documents);
  const view: ReviewView = {
    filters,
    today,
    authors: [...overall.authors],
    totalReflections: overall.totalReflections,
    counts: countsView(insights),
    weeks: weeksView(insights),
    pulse: pulseView(insights),
    blockers,
    owners,
    moreOwners: Math.max(0, insights.actions.openByOwner.length - owners.length),
    areas: areasView(insights.areas, ref),
    notice: null,
  };
  const leftOut = keepValid(view);
  return { view: withNotice(view, notice), sent, leftOut };
}

/** The view with a notice for the person (clipped to the protocol's limit), or without one. */
export function withNotice(view: ReviewView, notice: string | null): ReviewView {
  return { ...view, notice: notice === null ? null : line(notice, L.errorChars) };
}
