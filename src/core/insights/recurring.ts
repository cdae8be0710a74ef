/**
 * Recurring blockers: reflections whose answers share distinctive words. Terms are weighted
 * by inverse document frequency, so words everyone uses link nothing and a word only a few
 * reflections share links them strongly. Two reflections join a group when they share at
 * least two distinctive terms, or one very rare term that at least three reflections use;
 * groups are the connected components of those links.
 */
import { localDateOf } from '../calendar';
import { ELLIPSIS } from '../util/clip';
import { checkPeriod, compare, createdIn, type Period } from './period';
import { inWrittenOrder, type TeamDocument } from './team';
import { terms } from './terms';

export interface RecurringOptions {
  /** Distinctive terms two reflections must share to be linked. */
  minSharedTerms?: number;
  /** A term in more than this share of the reflections is common, not distinctive… */
  maxDocumentShare?: number;
  /** …unless it is in at most this many: in a small retro, a handful of reflections sharing a word is the signal. */
  alwaysDistinctiveUpTo?: number;
  /** A term in at most this share of the reflections, and in at least `minRareUses` of them, links them on its own. */
  rareDocumentShare?: number;
  minRareUses?: number;
  labelTerms?: number;
  maxQuotes?: number;
  /** Longest quote, in characters, ellipsis included. */
  quoteChars?: number;
  /** Largest groups kept, so a summary stays readable. */
  maxGroups?: number;
  /**
   * Most reflections searched, the latest of the period (follow-ups only record what became
   * of actions and are never searched, nor counted here). Linking compares reflections in pairs,
   * so without a bound a large corpus with a shared vocabulary takes minutes and can exhaust
   * memory (seen in `npm run bench`); every caller (panel, export, CLI) gets the same bound.
   */
  maxDocuments?: number;
}

const DEFAULTS: Required<RecurringOptions> = {
  minSharedTerms: 2, maxDocumentShare: 0.5, alwaysDistinctiveUpTo: 5, rareDocumentShare: 0.1, minRareUses: 3, labelTerms: 3, maxQuotes: 3, quoteChars: 160, maxGroups: 20, maxDocuments: 2000,
};

export interface BlockerQuote<S = unknown> {
  /** An excerpt of one answer, on one line. */
  text: string;
  path: string;
  /** The `source` of the document at `path`, when it has one, untouched. */
  source?: S;
}

export interface RecurringBlocker<S = unknown> {
  /** The group's most distinctive words as people wrote them, most telling first. */
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

interface Entry<S> {
  document: TeamDocument<S>;
  answers: string[];
  stems: Set<string>;
  /** Per stem, the words written for it and how often. */
  words: Map<string, Map<string, number>>;
}

function entryOf<S>(document: TeamDocument<S>): Entry<S> {
  const answers = document.reflection.exchanges.map((e) => e.answer).filter((a) => a.trim());
  const words = new Map<string, Map<string, number>>();
  for (const term of answers.flatMap(terms)) {
    const forms = words.get(term.stem) ?? new Map<string, number>();
    forms.set(term.word, (forms.get(term.word) ?? 0) + 1);
    words.set(term.stem, forms);
  }
  return { document, answers, stems: new Set(words.keys()), words };
}

/** Union–find whose root is always the smallest index, so components do not depend on link order. */
function components(size: number, links: Iterable<[number, number]>): number[][] {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const [a, b] of links) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

export function recurringBlockers<S>(documents: readonly TeamDocument<S>[], period: Period, options: RecurringOptions = {}): RecurringBlocker<S>[] {
  checkPeriod(period);
  const opts: Required<RecurringOptions> = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  // Sorted (again, cheaply) so "the latest" holds for any array of team documents, not only the gate's.
  const inPeriod = documents.filter((d) => d.reflection.kind !== 'follow-up' && createdIn(d.reflection.created, period)).sort(inWrittenOrder);
  const entries = inPeriod.slice(-opts.maxDocuments).map(entryOf).filter((e) => e.stems.size);
  const n = entries.length;

  const postings = new Map<string, number[]>();
  entries.forEach((entry, i) => entry.stems.forEach((s) => {
    const docs = postings.get(s);
    if (docs) docs.push(i);
    else postings.set(s, [i]);
  }));
  const df = (stem: string) => postings.get(stem)?.length ?? 0;
  // Smoothed so a term every reflection uses still ranks above nothing in a label.
  const idf = (stem: string) => Math.log(1 + n / df(stem));
  const isDistinctive = (stem: string) => df(stem) >= 2 && df(stem) <= Math.max(opts.alwaysDistinctiveUpTo, opts.maxDocumentShare * n);
  const isRare = (stem: string) => df(stem) >= opts.minRareUses && df(stem) <= opts.rareDocumentShare * n;

  const links: [number, number][] = [];
  /** Shared distinctive terms per pair of reflections, keyed a·n + b. */
  const shared = new Map<number, number>();
  for (const [stem, docs] of postings) {
    if (isRare(stem)) docs.slice(1).forEach((j) => links.push([docs[0], j]));
    if (!isDistinctive(stem)) continue;
    for (let a = 0; a < docs.length; a++) {
      for (let b = a + 1; b < docs.length; b++) {
        const key = docs[a] * n + docs[b];
        const count = (shared.get(key) ?? 0) + 1;
        shared.set(key, count);
        if (count === opts.minSharedTerms) links.push([docs[a], docs[b]]);
      }
    }
  }

  const groups = components(n, links).filter((g) => g.length >= 2).map((members) => describeGroup(members.map((i) => entries[i]), idf, isDistinctive, opts));
  groups.sort((a, b) => b.size - a.size || compare(a.firstSeen, b.firstSeen) || compare(a.paths[0], b.paths[0]));
  return groups.slice(0, opts.maxGroups);
}

/** A document's `source` as a property to spread, or nothing when it has none. */
const sourceOf = <S>(document: TeamDocument<S>): { source?: S } => (document.source !== undefined ? { source: document.source } : {});

function describeGroup<S>(members: Entry<S>[], idf: (stem: string) => number, isDistinctive: (stem: string) => boolean, opts: Required<RecurringOptions>): RecurringBlocker<S> {
  const inGroup = new Map<string, number>();
  for (const m of members) m.stems.forEach((s) => inGroup.set(s, (inGroup.get(s) ?? 0) + 1));
  const label = [...inGroup]
    .filter(([stem, count]) => count >= 2 && isDistinctive(stem))
    .map(([stem, count]) => ({ stem, score: count * idf(stem) }))
    .sort((a, b) => b.score - a.score || compare(a.stem, b.stem))
    .slice(0, opts.labelTerms)
    .map((t) => ({ ...t, word: commonestWord(members, t.stem) }));

  const scored = members.map((member, order) => {
    const best = member.answers
      .map((answer) => {
        const found = new Set(terms(answer).map((t) => t.stem));
        return { answer, score: label.reduce((sum, t) => sum + (found.has(t.stem) ? t.score : 0), 0), focus: label.find((t) => found.has(t.stem))?.word };
      })
      .reduce((a, b) => (b.score > a.score ? b : a));
    return { member, order, ...best };
  });
  const quotes = [...scored]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, opts.maxQuotes)
    .map((q) => ({ text: excerpt(q.answer, q.focus, opts.quoteChars), path: q.member.document.path, ...sourceOf(q.member.document) }));

  const dates = members.map((m) => localDateOf(m.document.reflection.created)).sort(compare);
  return {
    terms: label.map((t) => t.word),
    size: members.length,
    firstSeen: dates[0],
    lastSeen: dates[dates.length - 1],
    quotes,
    paths: members.map((m) => m.document.path),
    ...(members.some((m) => m.document.source !== undefined) ? { sources: members.map((m) => m.document.source as S) } : {}),
  };
}

/** The form people wrote most often for a stem ("tests" over "testing"); ties go to code-unit order. */
function commonestWord(members: Entry<unknown>[], stem: string): string {
  const counts = new Map<string, number>();
  for (const m of members) m.words.get(stem)?.forEach((c, w) => counts.set(w, (counts.get(w) ?? 0) + c));
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0][0];
}

/** How far a cut may move to land between words. */
const WORD_SLACK = 20;
/** Below this, an excerpt would be all ellipsis. */
const MIN_EXCERPT = 24;

/**
 * One line of at most `max` characters (code points), around the first use of `focus` when
 * the answer is longer, cut between words where one is near and marked with an ellipsis.
 */
export function excerpt(text: string, focus: string | undefined, maxChars: number): string {
  const max = Math.max(MIN_EXCERPT, Math.floor(maxChars));
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const lower = flat.toLowerCase();
  const at = focus !== undefined && lower.length === flat.length ? lower.indexOf(focus) : -1;
  const focusAt = at < 0 ? 0 : Array.from(flat.slice(0, at)).length;

  let start = Math.max(0, Math.min(focusAt - Math.floor(max / 3), chars.length - max + 1));
  if (start > 0) {
    const space = chars.slice(start, start + WORD_SLACK).indexOf(' ');
    if (space >= 0 && start + space + 1 <= focusAt) start += space + 1;
  }
  let end = Math.min(chars.length, start + max - (start > 0 ? 1 : 0) - 1);
  if (end < chars.length) {
    const from = Math.max(start, end - WORD_SLACK);
    const space = chars.slice(from, end).lastIndexOf(' ');
    if (space > 0) end = from + space;
  }
  const body = chars.slice(start, end).join('').trim();
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < chars.length ? ELLIPSIS : ''}`;
}
