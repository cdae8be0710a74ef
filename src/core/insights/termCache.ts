/**
 * Each reflection's terms (terms.ts) counted once and kept as numbers: a TermCache numbers the
 * stems it meets and keeps, per reflection, which stems it uses and how often.
 */
import { eachTerm } from './terms';

/** How often a text uses each stem: ids (ascending) into a TermCache and their counts. */
export interface StemCounts {
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * The stems of each reflection, counted once for as long as the cache lives: the Team Review
 * searches the same documents again on every filter change. Stems are numbered by the cache,
 * so a reflection keeps two small arrays rather than strings. Numbers follow the order stems
 * were first seen, which depends on the order of the documents: compare stems, never numbers,
 * where order matters. Make one cache per set of documents (the cache only grows).
 */
export class TermCache {
  private readonly idOf = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counted = new WeakMap<object, StemCounts>();
  /** Per id: its uses in the text being counted; 0 between counts. */
  private readonly uses: number[] = [];

  get size(): number {
    return this.names.length;
  }

  stem(id: number): string {
    return this.names[id];
  }

  id(stem: string): number | undefined {
    return this.idOf.get(stem);
  }

  /** The stems of `texts`, counted on the first call for `key` (an object that lives as long as the texts, e.g. their array). */
  countsOf(key: object, texts: () => readonly string[]): StemCounts {
    const known = this.counted.get(key);
    if (known) return known;
    // Counts by id in one array kept between calls (each slot back to 0 after use), not a Map per text.
    const uses = this.uses;
    const seen: number[] = [];
    for (const text of texts()) {
      eachTerm(text, (stemmed) => {
        let id = this.idOf.get(stemmed);
        if (id === undefined) {
          this.idOf.set(stemmed, (id = this.names.push(stemmed) - 1));
          uses.push(0);
        }
        if (uses[id]++ === 0) seen.push(id);
      });
    }
    const ids = Int32Array.from(seen).sort();
    const counts = new Int32Array(ids.length);
    ids.forEach((id, i) => {
      counts[i] = uses[id];
      uses[id] = 0;
    });
    const made = { ids, counts };
    this.counted.set(key, made);
    return made;
  }
}

/** How often `counts` uses stem `id` (binary search). */
export function usesOf(counts: StemCounts, id: number): number {
  let [lo, hi] = [0, counts.ids.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (counts.ids[mid] === id) return counts.counts[mid];
    if (counts.ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
