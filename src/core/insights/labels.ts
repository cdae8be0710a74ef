/**
 * What a recurring theme is called and how it is quoted. A theme is named by its most
 * distinctive phrases as people wrote them: the most telling term of the group, shown as the
 * two-word phrase it most often stands in ("staging database") when at least half of its uses
 * do, else on its own. Quotes are the answers that match the name best, cut around it.
 */
import { ELLIPSIS } from '../util/clip';
import type { TeamDocument } from './team';
import { terms, type Term } from './terms';
import { compare } from './period';
import { pulseDimensionIn } from '../coach/quickCaptures';
import type { FrictionBucket } from './counting';
import { UNASSIGNED } from './actionInsights';
import type { Translate } from '../util/catalogue';

/**
 * What the reports call each friction bucket, in the report's language. English keeps the
 * bucket's own word (as the JSON and the Team Review's data say it); the German is the
 * catalogue's, the same words the Team Review shows.
 */
export function bucketLabels(t: Translate): Readonly<Record<FrictionBucket, string>> {
  return { technical: t('technical'), procedural: t('procedural'), cultural: t('cultural'), personal: t('personal'), untagged: t('untagged') };
}

/** An owner group's name in the report's language: the group of actions nobody owns by the catalogue's word, a person as written. */
export function ownerLabel(owner: string, t: Translate): string {
  return owner === UNASSIGNED ? t('Unassigned') : owner;
}

/**
 * A pulse dimension's name in the report's language: a built-in dimension in the catalogue's
 * words, a team's own exactly as the team named it (coach/quickCaptures.ts decides which).
 */
export function pulseLabel(dimension: { id: string; label: string }, t: Translate): string {
  return pulseDimensionIn({ ...dimension, low: '', high: '' }, t).label;
}

/** One reflection of a theme. */
export interface ThemeMember<S> {
  document: TeamDocument<S>;
  /** Its answers that say something. */
  answers(): string[];
  /** How often the reflection uses a stem (counted once, by recurring.ts). */
  uses(stem: string): number;
}

/**
 * Reflections of a theme read for its name: the first ones, in written order. The name of a
 * large theme then costs no more than that of a small one, and stays the same as it grows.
 */
const NAMING_SAMPLE = 100;

export interface BlockerQuote<S = unknown> {
  /** An excerpt of one answer, on one line. */
  text: string;
  path: string;
  /** The `source` of the document at `path`, when it has one, untouched. */
  source?: S;
}

/** How telling a term is across the whole period (recurring.ts's vocabulary). */
export interface TermWeights {
  idf(stem: string): number;
  isDistinctive(stem: string): boolean;
}

interface Phrase {
  text: string;
  stems: string[];
  score: number;
}

interface Bigram {
  key: string;
  stems: [string, string];
  /** Members that use it at least once. */
  members: number;
  /** Written as one token ("ci/cd", "on-call") rather than two words. */
  joined: boolean;
  /** The last member counted in `members`, so each counts once. */
  lastMember: number;
}

const countIn = <K>(map: Map<K, number>, key: K): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** The value at `key`, made by `make` the first time. */
function at<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** The form written most often; ties go to code-unit order, so the name never depends on file order. */
const commonest = (forms: Map<string, number>): string => [...forms].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0][0];

/**
 * Per stem: members using it; the two-word phrases of the group; and every answer's terms as
 * read, for the forms of the few stems and phrases a name is made of (formsOf), which are
 * counted only for those rather than for every word read.
 */
function tally(members: readonly ThemeMember<unknown>[]) {
  const support = new Map<string, number>();
  /** The last member each stem was counted for in `support`: a member supports a stem once. */
  const supportedBy = new Map<string, number>();
  // By first stem, then second: no key string is made for each pair of words read.
  const bigrams = new Map<string, Map<string, Bigram>>();
  const bigramsOf = new Map<string, Bigram[]>();
  const read: Term[][] = [];
  members.forEach((m, member) => {
    for (const ts of m.answers().map(terms)) {
      read.push(ts);
      ts.forEach((t, i) => {
        if (supportedBy.get(t.stem) !== member) {
          supportedBy.set(t.stem, member);
          countIn(support, t.stem);
        }
        const prev = ts[i - 1];
        if (!prev || prev.at + 1 !== t.at || prev.stem === t.stem) return;
        const bigram = at(at(bigrams, prev.stem, () => new Map<string, Bigram>()), t.stem, () => {
          const made: Bigram = { key: `${prev.stem} ${t.stem}`, stems: [prev.stem, t.stem], members: 0, joined: t.glue !== ' ', lastMember: -1 };
          for (const s of made.stems) at(bigramsOf, s, () => []).push(made);
          return made;
        });
        if (bigram.lastMember !== member) {
          bigram.members++;
          bigram.lastMember = member;
        }
      });
    }
  });
  return { support, bigramsOf, read };
}

/** How often each form of one stem, or of a two-stem phrase (as tally finds phrases: next to each other), was written in `read`. */
function formsOf(read: readonly Term[][], stems: readonly string[]): Map<string, number> {
  const forms = new Map<string, number>();
  for (const ts of read) {
    ts.forEach((t, i) => {
      if (stems.length === 1) {
        if (t.stem === stems[0]) countIn(forms, t.word);
        return;
      }
      const prev = ts[i - 1];
      if (prev && prev.at + 1 === t.at && prev.stem === stems[0] && t.stem === stems[1]) countIn(forms, `${prev.word}${t.glue}${t.word}`);
    });
  }
  return forms;
}

function phrasesOf(members: readonly ThemeMember<unknown>[], weights: TermWeights, count: number): Phrase[] {
  const { support, bigramsOf, read } = tally(members.slice(0, NAMING_SAMPLE));
  const byScore = (list: Array<[string, number]>) => list.map(([stem, c]) => ({ stem, uses: c, score: c * weights.idf(stem) })).sort((a, b) => b.score - a.score || compare(a.stem, b.stem));
  const shared = byScore([...support].filter(([s, c]) => c >= 2 && weights.isDistinctive(s)));
  const ranked = shared.length ? shared : byScore([...support]);
  const chosen: Phrase[] = [];
  const covered = new Set<string>();
  for (const { stem, uses, score } of ranked) {
    if (chosen.length >= count) break;
    // A further phrase only where it speaks for as many reflections as half the first one does.
    if (covered.has(stem) || 2 * uses < ranked[0].uses) continue;
    const need = Math.max(2, Math.ceil(uses / 2));
    const phrase = (bigramsOf.get(stem) ?? [])
      .filter((b) => b.members >= need && b.stems.every((s) => s === stem || !covered.has(s)))
      // A compound as written ("ci/cd") before a phrase that would cut it in half ("cd pipeline").
      .sort((a, b) => b.members - a.members || Number(b.joined) - Number(a.joined) || compare(a.key, b.key))[0];
    const stems = phrase ? phrase.stems : [stem];
    chosen.push({ text: commonest(formsOf(read, stems)), stems, score });
    stems.forEach((s) => covered.add(s));
  }
  return chosen;
}

/** A document's `source` as a property to spread, or nothing when it has none. */
const sourceOf = <S>(document: TeamDocument<S>): { source?: S } => (document.source !== undefined ? { source: document.source } : {});

/** The best matching answers of different members, best first: members by the weight of the name's stems they use, then in written order. */
function quotesOf<S>(members: readonly ThemeMember<S>[], phrases: readonly Phrase[], maxQuotes: number, quoteChars: number): BlockerQuote<S>[] {
  const weight = new Map<string, number>();
  for (const p of phrases) for (const s of p.stems) weight.set(s, Math.max(weight.get(s) ?? 0, p.score));
  const scoreOf = (has: (stem: string) => boolean) => [...weight].reduce((sum, [s, w]) => sum + (has(s) ? w : 0), 0);
  const best = members
    .map((member, order) => ({ member, order, score: scoreOf((s) => member.uses(s) > 0) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxQuotes);
  return best.map(({ member }) => {
    const answer = member.answers()
      .map((text) => {
        const found = new Set(terms(text).map((t) => t.stem));
        return { text, found, score: scoreOf((s) => found.has(s)) };
      })
      .reduce((a, b) => (b.score > a.score ? b : a));
    const named = phrases.find((p) => p.stems.every((s) => answer.found.has(s)));
    const lower = answer.text.replace(/\s+/g, ' ').toLowerCase();
    const focus = named && (lower.includes(named.text) ? named.text : named.text.split(/[ /-]/)[0]);
    return { text: excerpt(answer.text, focus, quoteChars), path: member.document.path, ...sourceOf(member.document) };
  });
}

/** The theme's name (its phrases, most telling first) and its best quotes. */
export function describeTheme<S>(
  members: readonly ThemeMember<S>[],
  weights: TermWeights,
  opts: { labelTerms: number; maxQuotes: number; quoteChars: number },
): { phrases: string[]; quotes: BlockerQuote<S>[] } {
  const phrases = phrasesOf(members, weights, opts.labelTerms);
  return { phrases: phrases.map((p) => p.text), quotes: quotesOf(members, phrases, opts.maxQuotes, opts.quoteChars) };
}

/** How far a cut may move to land between words. */
const WORD_SLACK = 20;
/** Below this, an excerpt would be all ellipsis. */
const MIN_EXCERPT = 24;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * One line of at most `maxChars` UTF-16 code units (the unit of every limit), around the first
 * use of `focus` when the answer is longer, cut between words where one is near, never inside
 * a surrogate pair, and marked with an ellipsis where cut.
 */
export function excerpt(text: string, focus: string | undefined, maxChars: number): string {
  const max = Math.max(MIN_EXCERPT, Math.floor(maxChars));
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const focusAt = Math.max(0, focus !== undefined && lower.length === flat.length ? lower.indexOf(focus) : -1);

  let start = Math.max(0, Math.min(focusAt - Math.floor(max / 3), flat.length - max + 1));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < start + WORD_SLACK && space + 1 <= focusAt) start = space + 1;
    if (isLow(flat.charCodeAt(start)) && isHigh(flat.charCodeAt(start - 1))) start++;
  }
  let end = Math.min(flat.length, start + max - (start > 0 ? 1 : 0) - 1);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end - 1);
    if (space > Math.max(start, end - WORD_SLACK)) end = space;
    else if (isHigh(flat.charCodeAt(end - 1))) end--;
  }
  const body = flat.slice(start, end).trim();
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < flat.length ? ELLIPSIS : ''}`;
}
