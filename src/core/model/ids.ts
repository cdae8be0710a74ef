/** Ids and slugs for file names. Randomness comes in as an argument so tests control it. */
import { ACTION_ID_PATTERN, PULSE_KEY_PATTERN, SHORT_ID_PATTERN } from './generated/schemaFacts';

/** Lower-case Crockford base32: no i, l, o, u, so ids read aloud and type without ambiguity. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A random source returning numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** An 8-character id: 40 bits, enough that two people writing on the same day never collide in practice. */
export function newShortId(random: Random, length = 8): string {
  let id = '';
  for (let i = 0; i < length; i++) {
    const r = random();
    const index = Math.min(ALPHABET.length - 1, Math.max(0, Math.floor(r * ALPHABET.length)));
    id += ALPHABET[index];
  }
  return id;
}

/**
 * The id patterns, from the schema (generated/schemaFacts.ts):
 * SHORT_ID_PATTERN, a reflection id as written: 4–16 characters of the alphabet above;
 * ACTION_ID_PATTERN, `<reflection id>-a<n>` as written, but any short lower-case id is accepted;
 * PULSE_KEY_PATTERN, a pulse dimension id such as `focus`: a lower-case word.
 */
export { ACTION_ID_PATTERN, PULSE_KEY_PATTERN, SHORT_ID_PATTERN };

export function isShortId(value: unknown): value is string {
  return typeof value === 'string' && SHORT_ID_PATTERN.test(value);
}

/**
 * A file-name-safe summary of some text: ASCII letters and digits, at most `maxWords`
 * words and `maxLength` characters, joined by '-'. Falls back when nothing is left.
 */
/** Latin letters that Unicode does not decompose into a base letter plus accent. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

export function slugify(text: string, fallback = 'reflection', maxWords = 5, maxLength = 40): string {
  const words = text
    .toLowerCase()
    .replace(/[øæœßđłþðı]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, maxLength) ?? '') || fallback;
}
