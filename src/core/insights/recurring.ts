/**
 * Recurring blockers: themes several people keep coming back to, found without comparing
 * reflections in pairs, so the work grows about linearly with the corpus and has no cap.
 *
 * 1. Terms (terms.ts): prose words, stemmed; markup, code, links and numbers never count.
 *    A term is distinctive when at least two reflections use it and it is not so common
 *    that it tells them apart from nothing (maxDocumentShare, alwaysDistinctiveUpTo).
 * 2. Candidates, through an inverted index: every pair of a reflection's most telling
 *    distinctive terms (termsPerReflection of them, by tf·idf), and a rare term on its own.
 * 3. Themes are taken greedily: the candidate shared by the most reflections not yet in a
 *    theme first. A reflection joins one theme at most; a candidate whose terms both belong
 *    to a theme taken earlier (its profile) joins that theme, so "flaky tests" and "flaky
 *    suite" make one theme, not two.
 * 4. A theme recurs only across minDays local days and minAuthors named authors. Anonymous
 *    and unsigned reflections belong to themes but count as unknown authors: they never make
 *    a second author, since they may be the first one writing again.
 * 5. Each theme is named by its most distinctive phrases (labels.ts).
 * Everything is ordered by counts, then written order or text, so the result does not depend
 * on the order the files came in.
 */
import { localDateOf } from '../calendar';
import { checkPeriod, compare, createdIn, type Period } from './period';
import { namedAuthor, normalizeName, sortInWrittenOrder, type TeamDocument } from './team';
import { TermCache, usesOf, type StemCounts } from './termCache';
import { describeTheme, type BlockerQuote, type TermWeights, type ThemeMember } from './labels';

export { excerpt } from './labels';
export type { BlockerQuote };
export { TermCache };

export interface RecurringOptions {
  /** A term in more than this share of the reflections is common, not distinctive… */
  maxDocumentShare?: number;
  /** …unless it is in at most this many: in a small retro, a handful of reflections sharing a word is the signal. */
  alwaysDistinctiveUpTo?: number;
  /** A term in at most this share of the reflections, and in at least `minRareUses` of them, is a theme on its own. */
  rareDocumentShare?: number;
  minRareUses?: number;
  /** How many of each reflection's distinctive terms are paired (the most telling ones): bounds the work per reflection. */
  termsPerReflection?: number;
  /** Different local days a theme must span to recur. */
  minDays?: number;
  /** Different named authors a theme must have to recur. */
  minAuthors?: number;
  /** Phrases in a theme's name. */
  labelTerms?: number;
  maxQuotes?: number;
  /** Longest quote, in UTF-16 code units (as every limit), ellipsis included. */
  quoteChars?: number;
  /** Largest groups kept, so a summary stays readable. */
  maxGroups?: number;
  /**
   * The terms of documents counted by an earlier search, for a caller that searches the same
   * documents again (the Team Review, on every filter change); by default a new one per search.
   */
  terms?: TermCache;
}

type Settings = Required<Omit<RecurringOptions, 'terms'>>;

const DEFAULTS: Settings = {
  maxDocumentShare: 0.5, alwaysDistinctiveUpTo: 5, rareDocumentShare: 0.1, minRareUses: 3, termsPerReflection: 10,
  minDays: 2, minAuthors: 2, labelTerms: 2, maxQuotes: 3, quoteChars: 160, maxGroups: 20,
};

export interface RecurringBlocker<S = unknown> {
  /** The theme's most distinctive phrases as people wrote them ("staging database"), most telling first. */
  terms: string[];
  size: number;
  /** Local dates of the first and last reflection. */
  firstSeen: string;
  lastSeen: string;
  /** From different reflections, best matching first. */
  quotes: BlockerQuote<S>[];
  /** Every reflection of the group, in the order they were written. */
  paths: string[];
  /** The `source` of each of `paths`, when the documents have one, untouched. */
  sources?: S[];
}

interface Entry<S> extends ThemeMember<S> {
  day: string;
  /** Normalised named author; undefined when anonymous or unsigned. */
  author: string | undefined;
  counts: StemCounts;
}

const answersOf = (document: TeamDocument): string[] => document.reflection.exchanges.map((e) => e.answer).filter((a) => a.trim());

/**
 * The terms of `document`'s answers, counted once per cache: a caller that will search the
 * same documents (a worker while a report's documents arrive) may count them early.
 */
export function countTerms(document: TeamDocument, cache: TermCache): StemCounts {
  // Keyed by the exchanges, which the privacy gate's copy of an anonymous reflection shares with the original.
  return cache.countsOf(document.reflection.exchanges, () => answersOf(document));
}

function entryOf<S>(document: TeamDocument<S>, cache: TermCache): Entry<S> {
  const counts = countTerms(document, cache);
  const name = namedAuthor(document);
  return {
    document, counts,
    answers: () => answersOf(document),
    uses: (stem) => { const id = cache.id(stem); return id === undefined ? 0 : usesOf(counts, id); },
    day: localDateOf(document.reflection.created),
    author: name && normalizeName(name),
  };
}

/** How often each term is used across the reflections, and which of them are distinctive or rare. */
interface Vocabulary {
  n: number;
  /** Per cache id: reflections using it. */
  df: Int32Array;
  /** Per cache id: its rank among the distinctive terms in code-unit order (so keys and ties never depend on input order), or -1. */
  rank: Int32Array;
  /** Cache ids of the distinctive terms, by rank. */
  ranked: number[];
  idf(id: number): number;
  isRare(id: number): boolean;
}

function vocabulary(entries: readonly Entry<unknown>[], cache: TermCache, opts: Settings): Vocabulary {
  const n = entries.length;
  const df = new Int32Array(cache.size);
  for (const e of entries) for (const id of e.counts.ids) df[id]++;
  const most = Math.max(opts.alwaysDistinctiveUpTo, opts.maxDocumentShare * n);
  const ranked: number[] = [];
  df.forEach((count, id) => { if (count >= 2 && count <= most) ranked.push(id); });
  ranked.sort((a, b) => compare(cache.stem(a), cache.stem(b)));
  const rank = new Int32Array(cache.size).fill(-1);
  ranked.forEach((id, r) => { rank[id] = r; });
  return {
    n, df, rank, ranked,
    // Smoothed so a term every reflection uses still ranks above nothing in a label.
    idf: (id) => Math.log(1 + n / Math.max(1, df[id])),
    isRare: (id) => rank[id] >= 0 && df[id] >= opts.minRareUses && df[id] <= opts.rareDocumentShare * n,
  };
}

/** A possible theme: one rare term or two distinctive terms (by rank), and the reflections that have it. */
interface Candidate {
  terms: number[];
  members: number[];
  /** How telling its terms are (the sum of their idf), to break ties between equally shared candidates. */
  weight: number;
}

/** Each reflection's most telling distinctive terms (tf·idf, then code-unit order), as ranks in ascending order. */
function keyTerms(entries: readonly Entry<unknown>[], v: Vocabulary, k: number): number[][] {
  return entries.map(({ counts: { ids, counts } }) => {
    const scored: Array<{ rank: number; score: number }> = [];
    ids.forEach((id, i) => { if (v.rank[id] >= 0) scored.push({ rank: v.rank[id], score: counts[i] * v.idf(id) }); });
    return scored.sort((a, b) => b.score - a.score || a.rank - b.rank).slice(0, k).map((t) => t.rank).sort((a, b) => a - b);
  });
}

function candidates(entries: readonly Entry<unknown>[], v: Vocabulary, keys: readonly number[][]): Candidate[] {
  const width = v.ranked.length;
  const support = new Map<number, number>();
  const eachPair = (ranks: readonly number[], visit: (key: number) => void) => {
    for (let a = 0; a < ranks.length; a++) for (let b = a + 1; b < ranks.length; b++) visit(ranks[a] * width + ranks[b]);
  };
  for (const ranks of keys) eachPair(ranks, (key) => support.set(key, (support.get(key) ?? 0) + 1));
  const found = new Map<number, Candidate>();
  keys.forEach((ranks, i) => eachPair(ranks, (key) => {
    if ((support.get(key) ?? 0) < 2) return;
    let c = found.get(key);
    if (!c) found.set(key, (c = { terms: [Math.floor(key / width), key % width], members: [], weight: 0 }));
    c.members.push(i);
  }));
  const rare = new Map<number, Candidate>();
  entries.forEach((e, i) => e.counts.ids.forEach((id) => {
    if (!v.isRare(id)) return;
    let c = rare.get(id);
    if (!c) rare.set(id, (c = { terms: [v.rank[id]], members: [], weight: 0 }));
    c.members.push(i);
  }));
  const all = [...found.values(), ...rare.values()];
  for (const c of all) c.weight = c.terms.reduce((sum, r) => sum + v.idf(v.ranked[r]), 0);
  return all;
}

interface Theme {
  members: number[];
  /** Terms in the key terms of at least half its first members: what the theme is about. */
  profile: Set<number>;
}

function recurs(members: readonly Entry<unknown>[], opts: Settings): boolean {
  const days = new Set(members.map((m) => m.day));
  const authors = new Set(members.flatMap((m) => (m.author === undefined ? [] : [m.author])));
  return days.size >= opts.minDays && authors.size >= opts.minAuthors;
}

function profileOf(members: readonly number[], keys: readonly number[][]): Set<number> {
  const counts = new Map<number, number>();
  for (const i of members) for (const id of keys[i]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => 2 * c >= members.length).map(([id]) => id));
}

/** Orders lists of ranks: first by their first rank, then by the next. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The greedy cover of step 3: each reflection in one theme at most. */
function themes(entries: readonly Entry<unknown>[], keys: readonly number[][], found: readonly Candidate[], opts: Settings): Theme[] {
  const rank = found.map((_, i) => i).sort((a, b) => found[b].weight - found[a].weight || compareRanks(found[a].terms, found[b].terms));
  const order = new Int32Array(found.length);
  rank.forEach((c, r) => { order[c] = r; });
  // Candidates by how many reflections not yet in a theme they have: a count only falls, so a
  // candidate found to have fewer moves down to its bucket, and each bucket is taken in order.
  const buckets: number[][] = [];
  found.forEach((c, index) => (buckets[c.members.length] ??= []).push(index));
  const themeOf = new Int32Array(entries.length).fill(-1);
  const taken: Theme[] = [];
  const byTerm = new Map<number, number[]>();
  for (let count = buckets.length - 1; count >= 1; count--) {
    for (const index of (buckets[count] ?? []).sort((a, b) => order[a] - order[b])) {
      const candidate = found[index];
      const free = candidate.members.filter((i) => themeOf[i] < 0);
      if (free.length < count) {
        if (free.length) (buckets[free.length] ??= []).push(index);
        continue;
      }
      const [first, ...rest] = candidate.terms.map((id) => byTerm.get(id) ?? []);
      const into = first.find((t) => rest.every((others) => others.includes(t)));
      if (into !== undefined) {
        for (const i of free) {
          themeOf[i] = into;
          taken[into].members.push(i);
        }
      } else if (free.length >= 2 && recurs(free.map((i) => entries[i]), opts)) {
        // A theme that does not recur yet is dropped for good: it only loses reflections from here on.
        const theme = { members: free, profile: profileOf(free, keys) };
        for (const i of free) themeOf[i] = taken.length;
        for (const id of theme.profile) {
          const listed = byTerm.get(id);
          if (listed) listed.push(taken.length);
          else byTerm.set(id, [taken.length]);
        }
        taken.push(theme);
      }
    }
  }
  return taken;
}

export function recurringBlockers<S>(documents: readonly TeamDocument<S>[], period: Period, options: RecurringOptions = {}): RecurringBlocker<S>[] {
  checkPeriod(period);
  const { terms: cache = new TermCache(), ...given } = options;
  const opts: Settings = { ...DEFAULTS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  // Follow-ups only record what became of actions: never a theme. In written order, so member
  // order and ties hold for any array of team documents, not only the gate's.
  // The gate's documents come sorted, which the sort (each instant parsed once) takes in one pass.
  const inPeriod = sortInWrittenOrder(documents.filter((d) => d.reflection.kind !== 'follow-up' && createdIn(d.reflection.created, period)));
  const entries = inPeriod
    .map((d) => entryOf(d, cache))
    .filter((e) => e.counts.ids.length);
  const v = vocabulary(entries, cache, opts);
  const keys = keyTerms(entries, v, opts.termsPerReflection);
  const groups = themes(entries, keys, candidates(entries, v, keys), opts).map((t) => t.members.sort((a, b) => a - b).map((i) => entries[i]));
  const firstDay = (g: Entry<S>[]) => g.reduce((min, m) => (m.day < min ? m.day : min), g[0].day);
  const weights: TermWeights = {
    idf: (stem) => { const id = cache.id(stem); return id === undefined ? Math.log(1 + v.n) : v.idf(id); },
    isDistinctive: (stem) => { const id = cache.id(stem); return id !== undefined && v.rank[id] >= 0; },
  };
  return groups
    .map((members) => ({ members, firstSeen: firstDay(members) }))
    .sort((a, b) => b.members.length - a.members.length || compare(a.firstSeen, b.firstSeen) || compare(a.members[0].document.path, b.members[0].document.path))
    .slice(0, opts.maxGroups)
    .map(({ members }) => blockerOf(members, weights, opts));
}

function blockerOf<S>(members: Entry<S>[], weights: TermWeights, opts: Settings): RecurringBlocker<S> {
  const { phrases, quotes } = describeTheme(members, weights, opts);
  const days = members.map((m) => m.day).sort(compare);
  return {
    terms: phrases,
    size: members.length,
    firstSeen: days[0],
    lastSeen: days[days.length - 1],
    quotes,
    paths: members.map((m) => m.document.path),
    ...(members.some((m) => m.document.source !== undefined) ? { sources: members.map((m) => m.document.source as S) } : {}),
  };
}
