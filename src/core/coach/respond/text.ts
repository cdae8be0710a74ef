/**
 * Reading an answer as text: cleaning, sentences, and the key phrase to reflect back. Every
 * step is one pass over a bounded string (no backtracking patterns on what people typed), so
 * a pasted log of any size costs the same as a sentence.
 */
import { ALWAYS_INTERJECTIONS, PUNCTUATED_INTERJECTIONS } from './words';

/** Most words of the answer echoed back. */
export const MAX_PHRASE_WORDS = 12;
/** Most characters (UTF-16 units) of an echoed phrase in a spaced script, including a trailing "…". */
export const MAX_PHRASE_CHARS = 90;
/** Most characters of an echoed phrase in Chinese or Japanese, where each character carries more. */
export const MAX_CJK_PHRASE_CHARS = 30;
/** How much of an answer is read at all: answers are bound to LIMITS.answerChars before they get here. */
export const SCAN_CHARS = 20_000;

// C0/C1 control characters except tab and line breaks (which the splitter handles), plus
// zero-width and bidirectional formatting characters that could garble how the text displays.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029', '\u0085']);
/** Ends a sentence only when followed by whitespace or the end ("Node.js" and "20.11" stay whole). */
const LATIN_ENDS = new Set(['.', '!', '?', '…']);
/** Ends a sentence wherever it stands: CJK text has no space after its full stop. */
const CJK_ENDS = new Set(['。', '！', '？', '．']);
const EDGE_START = new Set([...' \t"\'“”‘’„«»‹›「」『』（）()[]-–—•*>:;,、，・']);
const EDGE_END = new Set([...EDGE_START, '.', '!', '?', '…', '。', '！', '？', '．', '~', '〜']);
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The readable part of an answer: bounded, without control or invisible formatting characters. */
export function cleanAnswer(answer: unknown): string {
  return typeof answer === 'string' ? answer.slice(0, SCAN_CHARS).replace(INVISIBLE, '') : '';
}

export function hasLetters(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The sentences (or lines) of `text`, edge-trimmed, whitespace collapsed; empty ones dropped. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  let i = 0;
  const cut = (end: number, next: number) => {
    const sentence = tidy(text.slice(start, end));
    if (sentence) found.push(sentence);
    start = next;
    i = next;
  };
  while (i < text.length) {
    const c = text[i];
    if (LINE_BREAKS.has(c)) cut(i, i + 1);
    else if (CJK_ENDS.has(c)) cut(i, i + 1);
    else if (LATIN_ENDS.has(c)) {
      let j = i;
      while (j < text.length && LATIN_ENDS.has(text[j])) j++;
      if (j >= text.length || /\s/.test(text[j])) cut(i, j);
      else i = j;
    } else i++;
  }
  cut(text.length, text.length);
  return found;
}

/** Whitespace collapsed and quotes, bullets and punctuation dropped from both ends. */
export function tidy(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ');
  let start = 0;
  let end = collapsed.length;
  while (start < end && EDGE_START.has(collapsed[start])) start++;
  while (end > start && EDGE_END.has(collapsed[end - 1])) end--;
  return collapsed.slice(start, end);
}

/** The lower-case words of a sentence, apostrophes normalised, punctuation dropped. */
export function words(sentence: string): string[] {
  return normalise(sentence).split(' ').filter(Boolean);
}

/** Lower case, apostrophes as `'`, anything but letters, digits, `'` and `/` as single spaces. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`´ʼ]/g, "'").replace(/[^\p{L}\p{N}'/\u3040-\u30ff]+/gu, ' ').trim();
}

/** Interjections at the start ("Honestly,", "Well,") dropped, so the reflected words carry the content. */
export function withoutLeadingInterjections(sentence: string): string {
  let rest = sentence;
  // Bounded: a sentence starts with at most a few interjections worth dropping.
  for (let n = 0; n < 4; n++) {
    const match = /^([\p{L}']+)([,!?:.…]*)\s+(?=\S)/u.exec(rest);
    if (!match) break;
    const word = match[1].toLowerCase().replace(/[’‘]/g, "'");
    const punctuated = match[2].length > 0;
    if (!ALWAYS_INTERJECTIONS.has(word) && !(punctuated && PUNCTUATED_INTERJECTIONS.has(word))) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** A sentence made only of interjections ("Honestly?", "Well,", "Ugh."). */
export function isInterjection(sentence: string): boolean {
  const list = words(sentence);
  return list.length > 0 && list.length <= 4 && list.every((w) => ALWAYS_INTERJECTIONS.has(w) || PUNCTUATED_INTERJECTIONS.has(w));
}

/**
 * The phrase to reflect: the first sentence that is not just an interjection (nor, with
 * `skip`, another sentence the caller finds empty of content while a later one has some),
 * without leading interjections, bounded by {@link bound}. Empty when nothing is left.
 */
export function keyPhrase(text: string, skip: (sentence: string) => boolean = () => false): string {
  const all = sentences(cleanAnswer(text)).filter((s) => hasLetters(s));
  const content = all.filter((s) => !isInterjection(s));
  const chosen = content.find((s) => !skip(s)) ?? content[0] ?? all[0];
  return chosen ? bound(withoutLeadingInterjections(chosen)) : '';
}

/**
 * `phrase` within the echo bounds, cut with "…": by words in spaced scripts (never inside a
 * word), by characters in Chinese and Japanese (backing off any Latin word the cut would split).
 */
export function bound(phrase: string): string {
  if (hasCjk(phrase)) return boundByCharacters(phrase, MAX_CJK_PHRASE_CHARS);
  const list = phrase.split(' ');
  if (list.length <= MAX_PHRASE_WORDS && phrase.length <= MAX_PHRASE_CHARS) return phrase;
  const budget = MAX_PHRASE_CHARS - 1; // room for "…"
  const kept: string[] = [];
  let length = 0;
  for (const word of list.slice(0, MAX_PHRASE_WORDS)) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > budget) break;
    kept.push(word);
    length = next;
  }
  // A single word longer than the budget (a URL, a stack frame): cut inside it, as nothing else can.
  const cut = kept.length > 0 ? tidy(kept.join(' ')) : codePoints(list[0], budget);
  return `${cut || codePoints(phrase, budget)}…`;
}

function boundByCharacters(phrase: string, max: number): string {
  if (phrase.length <= max) return phrase;
  const kept = codePoints(phrase, max - 1);
  const chars = Array.from(kept);
  const next = String.fromCodePoint(phrase.codePointAt(kept.length) ?? 32);
  let end = chars.length;
  // Never cut a Latin word ("Docker") in two inside Japanese text: end before it.
  if (isLatinWordChar(next)) {
    while (end > 0 && isLatinWordChar(chars[end - 1])) end--;
    if (end === 0) end = chars.length;
  }
  return `${tidy(chars.slice(0, end).join('')) || kept}…`;
}

function isLatinWordChar(c: string): boolean {
  return WORD_CHAR.test(c) && !CJK.test(c);
}

/** The longest start of `text` within `max` UTF-16 units that does not split a character. */
function codePoints(text: string, max: number): string {
  let out = '';
  for (const c of text) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out;
}
