/**
 * Words of an answer as comparable terms: lower-case runs of Unicode letters and digits,
 * without stop words and coaching filler, lightly stemmed so "tests", "testing" and
 * "tested" meet. Deliberately small: no dictionary, no language detection, the same
 * result on every machine.
 *
 * Answers are untrusted and often paste code, markup and links. Only prose becomes a term:
 * HTML tags and the content of script and style elements, `code spans`, URLs and e-mail
 * addresses are cut out, and a token that looks like code (`alert(1)`, `foo.bar`,
 * `user_id`, `getUserName`, `a=b`) or a number (`42`, `3pm`, `v2`, a hash) is skipped.
 * Whatever is cut out or skipped separates the words around it, so no phrase spans it.
 */

/** Common English words and the filler of spoken answers ("really", "just", "think"). */
const STOP_WORDS = new Set(`
a about above after again against all almost already also although always am among an and another any anyone anything nothing
are around as at away back be because been before being below between both but by can cannot could
did do does doing done down during each either else enough etc even ever every everyone everything few for from
further had has have having he her here hers him his how however i if in into is it its itself
me more most much must my myself neither no nor not now of off often on once one only or other our ours out over own
per quite rather same she should since so some someone something sometimes still such than that the their theirs them
then there these they this those though through thus to too under until up upon us very was we were what whatever when
where whether which while who whom whose why will with within without would yet you your yours yourself
im ive id ill dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt havent hasnt hadnt thats theres
lets youre theyre weve
really just think thought get gets got getting gotten like actually basically maybe perhaps probably bit lot lots thing
things stuff kind sort pretty many make makes made making want wanted need needs needed feel feels felt try tried trying
know knew going go goes went gone come came say said see seem seems way ok okay yes yeah well right able
`.split(/\s+/).filter(Boolean));

const MIN_TERM_CHARS = 2;
/** Longer runs without a space are hashes, tokens or pasted data, not words people use. */
const MAX_TERM_CHARS = 32;
const VOWEL = /[aeiouy]/;

/** Stems already worked out: people reuse a small vocabulary, so most words are looked up, not stemmed again. */
const STEMMED = new Map<string, string>();
/** Past this many words the memory starts over: a bound on what pasted text can make it hold. */
const MAX_STEMMED = 50_000;

/** Removes one common suffix, with guards so short words keep their meaning ("bus", "string", "speed"). */
export function stem(word: string): string {
  let known = STEMMED.get(word);
  if (known === undefined) {
    if (STEMMED.size >= MAX_STEMMED) STEMMED.clear();
    STEMMED.set(word, (known = stemOnce(word)));
  }
  return known;
}

/**
 * What a plain token (one word, perhaps capitalised, perhaps followed by punctuation: see
 * plainWordEnd) comes to: its word in lower case, its stem (null for a stop word, a stop word's
 * stem, or a word too short or long), and how many places it takes (2 when punctuation follows,
 * which breaks a phrase). Tokens are looked up as written: people reuse a small vocabulary, so
 * most tokens cost one look-up. Null for a token that is not plain.
 */
interface PlainToken {
  word: string;
  stem: string | null;
  places: number;
}

const PLAIN_TOKENS = new Map<string, PlainToken | null>();

function plainToken(token: string): PlainToken | null {
  let known = PLAIN_TOKENS.get(token);
  if (known === undefined) {
    if (PLAIN_TOKENS.size >= MAX_STEMMED) PLAIN_TOKENS.clear();
    PLAIN_TOKENS.set(token, (known = readPlainToken(token)));
  }
  return known;
}

function readPlainToken(token: string): PlainToken | null {
  const end = plainWordEnd(token);
  if (end <= 0) return null;
  const word = token.slice(0, end).toLowerCase();
  const places = end < token.length ? 2 : 1;
  if (word.length < MIN_TERM_CHARS || word.length > MAX_TERM_CHARS || STOP_WORDS.has(word)) return { word, stem: null, places };
  const stemmed = stem(word);
  return { word, stem: STOP_WORDS.has(stemmed) ? null : stemmed, places };
}

function stemOnce(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  // "merge", "merged" and "merging" all end as "merg".
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "stopped" → "stopp" → "stop"; l, s and z double in their stems ("install", "pass", "buzz"). */
function undouble(w: string): string {
  return /([b-df-hj-km-rtvwy])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** One term of a text: its stem for matching and the word as written (lower case), for labels. */
export interface Term {
  stem: string;
  word: string;
  /**
   * The word's place in the text. Two terms are next to each other, as a phrase, when their
   * places differ by one: a stop word, punctuation or anything cut out between them takes a place.
   */
  at: number;
  /** What joined this word to the one before it inside one token ("-" in "on-call"), else a space. */
  glue: string;
}

/** Apostrophes inside words are dropped, so "don't" and "don’t" meet as "dont". */
const dropApostrophes = (text: string): string => text.replace(/(\p{L})['’](?=\p{L})/gu, '$1');

const NOT_ASCII = /[\u0080-\uffff]/;
const APOSTROPHE = /['’]/;

/** Stands for something cut out of the text: it separates words, and is no word itself. */
const CUT = '\u0000';
/** Markup, code spans, links and addresses, cut out before the text is split; each only looked for where its mark is. */
const CUT_OUT: Array<[mark: string, pattern: RegExp]> = [
  ['<', /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu],
  ['<', /<!--[\s\S]*?-->/gu],
  ['<', /<\/?[a-z!][^<>]*>/giu],
  ['`', /`[^`]*`/gu],
  ['://', /\b[a-z][a-z0-9+.-]*:\/\/\S*/giu],
  ['www.', /\bwww\.\S+/giu],
  ['@', /\S+@\S+\.\S+/gu],
  ['&', /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/giu],
];

/** Characters that never occur inside a word of prose; outside it they are punctuation. */
const CODE_CHARS = /[<>{}[\]()=\\_@#$%^&*|~`+;"]/u;
/** A dot or colon between two characters: `foo.bar`, `std::vec`, `e.g`, `1.5`. */
const INNER_DOT = /[^.:][.:]+[^.:]/u;
/** Letters around one slash, as in CI/CD or UI/UX; any other slash is a path or a link. */
const SHORT_PAIR = /^\p{L}{1,5}\/\p{L}{1,5}$/u;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;
/**
 * Most tokens are one plain word, perhaps capitalised, perhaps followed by punctuation
 * (/^[A-Za-z][a-z]*[.,;:!?]*$/), and need nothing else checked: where such a word ends, or -1
 * for any other token. Scanned by hand, as this runs for every word of every answer.
 */
function plainWordEnd(token: string): number {
  const first = token.charCodeAt(0) | 0x20;
  if (first < 0x61 || first > 0x7a) return -1;
  let end = 1;
  for (let c = token.charCodeAt(end); c >= 0x61 && c <= 0x7a; c = token.charCodeAt(++end));
  for (let i = end; i < token.length; i++) if (!PUNCTUATION.includes(token[i])) return -1;
  return end;
}
const PUNCTUATION = '.,;:!?';

/** True for a token that is code rather than prose (its outer punctuation already stripped). */
export function isCodeToken(core: string): boolean {
  if (CODE_CHARS.test(core) || INNER_DOT.test(core)) return true;
  if (core.includes('/') && !SHORT_PAIR.test(core)) return true;
  // camelCase (`getUser`, `useState`) or a PascalCase compound of three or more parts.
  return /^\p{Ll}+\p{Lu}/u.test(core) || (core.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2;
}

const isDigit = (ch: string): boolean => (ch >= '0' && ch <= '9') || (ch > '\u007f' && /\p{N}/u.test(ch));

/** A number, a time, a version or an id: digits first, or too many digits for a word ("e2e" and "k8s" are words). */
function isNumberLike(chars: readonly string[]): boolean {
  let digits = 0;
  let switches = 0;
  chars.forEach((ch, i) => {
    const digit = isDigit(ch);
    if (digit) digits++;
    if (i > 0 && digit !== isDigit(chars[i - 1])) switches++;
  });
  if (!digits) return false;
  return isDigit(chars[0]) || (chars[0] === 'v' && isDigit(chars[1] ?? '')) || digits >= 3 || switches >= 3 || chars.length <= 2;
}

function isTermWord(word: string): boolean {
  const chars = [...word];
  return chars.length >= MIN_TERM_CHARS && chars.length <= MAX_TERM_CHARS && !STOP_WORDS.has(word) && !isNumberLike(chars);
}

/** Inside one token, only these join two words into a phrase ("on-call", "CI/CD"). */
const JOINERS = /^[-/]$/u;

/** The prose of a text: Unicode-normalised (NFKC, so look-alike forms meet), with markup, code spans, links and addresses cut out. */
function proseOf(text: string): string {
  // ASCII is its own NFKC form, and an apostrophe is only dropped where there is one: most answers skip both passes.
  const normal = NOT_ASCII.test(text) ? text.normalize('NFKC') : text;
  let prose = APOSTROPHE.test(normal) ? dropApostrophes(normal) : normal;
  for (const [mark, pattern] of CUT_OUT) if (prose.includes(mark)) prose = prose.replace(pattern, ` ${CUT} `);
  return prose;
}

export function terms(text: string): Term[] {
  const result: Term[] = [];
  eachTerm(text, (stemmed, word, at, glue) => result.push({ stem: stemmed, word, at, glue }));
  return result;
}

/** Calls `visit` with each term of `text` in order, as `terms` lists them, without making a list. */
export function eachTerm(text: string, visit: (stem: string, word: string, at: number, glue: string) => void): void {
  const push = (word: string, at: number, glue: string) => {
    const stemmed = stem(word);
    if (!STOP_WORDS.has(stemmed)) visit(stemmed, word, at, glue);
  };
  // The next word's place; every break (punctuation, a cut, code) skips one more.
  let at = 0;
  for (const token of proseOf(text).split(/\s+/u)) {
    if (!token) continue;
    const plain = plainToken(token);
    if (plain) {
      if (plain.stem !== null) visit(plain.stem, plain.word, at, ' ');
      at += plain.places;
      continue;
    }
    const core = token.replace(EDGE, '');
    if (!core || isCodeToken(core)) {
      at += 2;
      continue;
    }
    if (!token.startsWith(core)) at += 1;
    let end = 0;
    for (const match of core.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const between = end > 0 ? core.slice(end, match.index) : ' ';
      const glue = JOINERS.test(between) ? between : ' ';
      if (end > 0 && glue === ' ') at += 1;
      end = match.index + match[0].length;
      const word = match[0].toLowerCase();
      const place = at++;
      if (isTermWord(word)) push(word, place, glue);
    }
    if (!token.endsWith(core)) at += 1;
  }
}
