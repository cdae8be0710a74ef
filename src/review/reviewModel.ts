/**
 * The Team Review's computation, free of `vscode`: filter the team's documents, run the
 * core's insights over them, and cut the result down to what the panel draws. Every text
 * and list is bounded here (REVIEW_LIMITS), so 10,000 reflections still make a small message
 * and answers never leave the host except as the bounded quotes of recurring blockers.
 */
import type { CorpusDocument } from '../core/store/corpus';
import { actionsByOwner, followThrough, participation, pulseTrends, recurringBlockers, teamDocuments, weeklyFriction, weeksOf, type Period } from '../core/insights/index';
import { checkPeriod, checkToday, createdIn } from '../core/insights/period';
import { normalizeName } from '../core/insights/team';
import { isCalendarDate } from '../core/model/reflection';
import { daysBefore } from '../core/store/summaryFiles';
import { REVIEW_BUCKETS, REVIEW_LIMITS as L, type FileRef, type ReviewFilters, type ReviewView } from '../webview/review/protocol';

/** A team document and the workspace folder it came from (an index into the folders). */
export interface SourceDocument {
  folder: number;
  document: CorpusDocument;
}

/** What the view points at: the only files (and action ids) the host will open for it. */
export interface SentFiles {
  /** `fileKey(folderName, path)` → the folder index and the path relative to it. */
  files: Map<string, { folder: number; path: string; actions: Set<string> }>;
}

export const fileKey = (path: string, folder: string | undefined): string => `${folder ?? ''}\u0000${path}`;

const DEFAULT_DAYS = 28;
/**
 * Recurring blockers compare reflections pairwise, which grows with the square of their
 * number: past this many in a period, only the latest are searched (about 0.7 s at most)
 * so the extension host stays responsive with 10,000 reflections.
 */
export const RECURRING_INPUT_MAX = 2000;
const PRIVATE_PREFIX = '.coaching/private/';
/** Separates the folder index from the path inside the documents handed to the core. */
const SEP = '\u0000';

export function defaultFilters(today: string): ReviewFilters {
  return { from: daysBefore(today, DEFAULT_DAYS - 1), to: today, friction: null, author: null, trigger: null };
}

/** The author a team view may name: never anyone for anonymous reflections. */
function namedAuthor(document: CorpusDocument): string | undefined {
  const author = document.reflection.author?.trim();
  return document.reflection.visibility !== 'anonymous' && author ? author : undefined;
}

const clip = (text: string, max: number): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`.slice(0, max);
};

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
export function authorsOf(documents: readonly SourceDocument[]): string[] {
  const byKey = new Map<string, string>();
  for (const { document } of documents) {
    if (document.path.startsWith(PRIVATE_PREFIX) || document.reflection.visibility === 'private') continue;
    const name = namedAuthor(document);
    if (name && !byKey.has(normalizeName(name))) byKey.set(normalizeName(name), clip(name, L.nameChars));
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b)).slice(0, L.authors);
}

/**
 * Follow-ups always pass: they only record what became of earlier actions, so leaving them
 * out would make done actions look open. Everything else must match every filter.
 */
function matches(document: CorpusDocument, filters: ReviewFilters): boolean {
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

/**
 * What `teamInsights` computes, from the same core functions, except that recurring blockers
 * are searched in at most RECURRING_INPUT_MAX reflections (the latest of the period).
 */
function boundedInsights(documents: readonly CorpusDocument[], period: Period, today: string) {
  checkPeriod(period);
  checkToday(today);
  const team = teamDocuments(documents);
  const inPeriod = team.filter((d) => d.reflection.kind !== 'follow-up' && createdIn(d.reflection.created, period));
  // teamDocuments sorts by the moment each was written, so the latest are at the end.
  const searched = inPeriod.length > RECURRING_INPUT_MAX ? inPeriod.slice(-RECURRING_INPUT_MAX) : inPeriod;
  return {
    friction: { weeks: weeklyFriction(team, period) },
    recurring: recurringBlockers(searched, period, { maxGroups: L.blockers, maxQuotes: L.quotes, quoteChars: L.quoteChars }),
    recurringSearched: searched.length < inPeriod.length ? searched.length : null,
    actions: { followThrough: followThrough(team, period, today), openByOwner: actionsByOwner(team, today) },
    pulse: pulseTrends(team, period),
    participation: participation(team, period),
  };
}

/**
 * The view for one set of filters. `folderNames` is set in multi-root workspaces, so each
 * file says which folder it is in. `filters` must have been through normalizePeriod.
 */
export function reviewView(
  documents: readonly SourceDocument[],
  filters: ReviewFilters,
  today: string,
  folderNames: readonly string[] | undefined,
  notice: string | null,
): { view: ReviewView; sent: SentFiles } {
  const team = documents.filter((d) => !d.document.path.startsWith(PRIVATE_PREFIX) && d.document.reflection.visibility !== 'private');
  // The core sees one flat list: the folder goes into the path so files of two folders never meet.
  const tagged: CorpusDocument[] = team.filter((d) => matches(d.document, filters)).map((d) => ({ path: `${d.folder}${SEP}${d.document.path}`, reflection: d.document.reflection }));
  const period: Period = { from: filters.from, to: filters.to };
  const insights = boundedInsights(tagged, period, today);

  const sent: SentFiles = { files: new Map() };
  const ref = (tagged: string, actionId?: string): FileRef => {
    const at = tagged.indexOf(SEP);
    const folder = Number(tagged.slice(0, at));
    const path = tagged.slice(at + 1).slice(0, L.pathChars);
    const name = folderNames ? clip(folderNames[folder] ?? '', L.folderChars) : undefined;
    const key = fileKey(path, name);
    const entry = sent.files.get(key) ?? { folder, path, actions: new Set<string>() };
    if (actionId) entry.actions.add(actionId);
    sent.files.set(key, entry);
    return name === undefined ? { path } : { path, folder: name };
  };

  const weeks = insights.friction.weeks.map((w) => ({
    week: w.week, monday: w.monday, total: w.total,
    counts: Object.fromEntries(REVIEW_BUCKETS.map((b) => [b, w.counts[b]])) as ReviewView['weeks'][number]['counts'],
  }));

  const pulse = insights.pulse.dimensions
    .map((d, i) => ({ id: d.id, label: clip(d.label, L.labelChars), count: d.count, mean: d.mean, points: insights.pulse.weeks.map((w) => w.ratings[i]?.mean ?? null) }))
    .filter((d) => d.count > 0)
    .slice(0, L.pulseDimensions);

  const blockers = insights.recurring.slice(0, L.blockers).map((b) => ({
    terms: b.terms.slice(0, L.blockerTerms).map((t) => clip(t, L.termChars)),
    size: b.size,
    firstSeen: b.firstSeen,
    lastSeen: b.lastSeen,
    file: ref(b.paths[0] ?? b.quotes[0]?.path ?? `0${SEP}.coaching`),
    quotes: b.quotes.slice(0, L.quotes).map((q) => ({ text: clip(q.text, L.quoteChars), file: ref(q.path) })),
  }));

  const groups = insights.actions.openByOwner;
  const owners = groups.slice(0, L.owners).map((g) => ({
    owner: clip(g.owner, L.nameChars),
    assigned: g.assigned,
    open: g.actions.length,
    overdue: g.overdue,
    actions: g.actions.slice(0, L.actionsPerOwner).map((a) => ({
      id: a.id,
      text: clip(a.text, L.actionChars),
      due: a.due && isCalendarDate(a.due) ? a.due : null,
      ageDays: a.ageDays,
      overdue: a.overdue,
      daysOverdue: a.daysOverdue,
      file: ref(a.path, a.id),
    })),
  }));

  const ft = insights.actions.followThrough;
  const view: ReviewView = {
    filters,
    today,
    authors: authorsOf(team),
    totalReflections: team.filter((d) => d.document.reflection.kind !== 'follow-up').length,
    counts: {
      reflections: insights.participation.reduce((n, w) => n + w.reflections, 0),
      openActions: groups.reduce((n, g) => n + g.actions.length, 0),
      overdue: groups.reduce((n, g) => n + g.overdue, 0),
      followThrough: ft.rate,
      opened: ft.opened,
      done: ft.done,
      dropped: ft.dropped,
      pending: ft.pending,
      overdueOpened: ft.overdue,
    },
    weeks,
    pulse,
    blockers,
    owners,
    moreOwners: Math.max(0, groups.length - owners.length),
    blockersSearched: insights.recurringSearched,
    notice: notice === null ? null : clip(notice, L.errorChars),
  };
  return { view, sent };
}
