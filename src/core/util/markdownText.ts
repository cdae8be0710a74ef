/**
 * One line of text people wrote, as inline Markdown that renders as written and stays easy to
 * edit: only what a renderer would read as syntax at that position is escaped, so `2-3 days`,
 * `re-run` and `2026-11-29-notes.yaml` stay as they are. What is escaped, and why:
 *
 * - the line's start, which may be the start of a block (a list item or quote puts it there):
 *   `#`, `>`, `-`/`+`/`*` list markers, `1.` ordered lists, `[ ]` task boxes;
 * - emphasis and strikethrough delimiters (`*`, `_`, `~`) wherever they could open or close a
 *   run; `_` inside a word (snake_case) never can, and stays;
 * - backticks (code spans), `](`, `][` and `]:` (links, images and link definitions);
 * - `<` before a tag, comment or autolink, and `&` before an entity (no raw HTML, no entity
 *   decoding), as HTML entities; a backslash that would escape what follows it;
 * - web addresses and e-mail addresses, which GitHub and VS Code's preview would turn into
 *   links: they go into code spans, shown as written and never linked.
 *
 * The text must already be one line (the caller collapses whitespace and drops controls).
 */

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/**
 * What a reader's renderer links wherever it stands in a word: a scheme's `://`, a
 * protocol-relative `//host`, `www.`, `mailto:`, an e-mail address.
 */
const LINKED_ANYWHERE = /[a-z][a-z0-9+.-]*:\/\/|(?:^|[^a-z0-9+.:/-])\/\/[a-z0-9]|(?:^|[^a-z0-9])www\.|mailto:|[^\s@]@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2}/i;
/** linkify's fuzzy domains (VS Code's preview): a known top-level domain or any two-letter country code. */
const BARE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|edu|gov|biz|pro|web|xxx|aero|asia|coop|info|museum|name|shop)(?:[/:?#]\S*)?$/i;
/** Punctuation around a word that belongs to the sentence rather than to an address. */
const LEADING = /^[(["']+/;
const TRAILING = /[.,;:!?)\]'"]+$/;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether the delimiter at `i` could open or close emphasis: not between two spaces, and for `_` not inside a word. */
function couldDelimit(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && after !== undefined && isSpace(before) && isSpace(after)) return false;
  if (text[i] === '_' && isWordChar(before) && isWordChar(after)) return false;
  return true;
}

/** Whether the character at `i` would start a block if the line started one (a list item or quote puts it there). */
function startsBlock(text: string, i: number): boolean {
  const c = text[i];
  const after = text[i + 1];
  if (i === 0) return c === '#' || c === '>' || ((c === '-' || c === '+') && isSpace(after)) || (c === '[' && /^\[[ xX]?\]/.test(text));
  // "12." or "3)" followed by a space starts an ordered list.
  return (c === '.' || c === ')') && isSpace(after) && /^\d{1,9}$/.test(text.slice(0, i));
}

/** The character at `i` of `text`, escaped if a renderer would read it as syntax there. */
function escapeChar(text: string, i: number, dollars: number): string {
  const c = text[i];
  const next = text[i + 1];
  if (startsBlock(text, i)) return `\\${c}`;
  switch (c) {
    case '\\': return next === undefined || PUNCTUATION.test(next) ? '\\\\' : c;
    case '`': return '\\`';
    case '*':
    case '_':
    case '~': return couldDelimit(text, i) ? `\\${c}` : c;
    case ']': return next === '(' || next === '[' || next === ':' ? '\\]' : c;
    case '<': return next !== undefined && /[A-Za-z/!?]/.test(next) ? '&lt;' : c;
    case '&': return /^&#?[A-Za-z0-9]+;/.test(text.slice(i, i + 34)) ? '&amp;' : c;
    // Two dollar signs can make a math span on GitHub; one is a price.
    case '$': return dollars > 1 ? '\\$' : c;
    default: return c;
  }
}

/**
 * A word that a renderer would turn into a link, as a code span between its leading and
 * trailing punctuation (escaped as usual); undefined for any other word. Code spans are never
 * linked and show their text as written; the word holds no backtick (the caller splits at them).
 */
function codeSpan(line: string, at: number, word: string, dollars: number): string | undefined {
  const lead = LEADING.exec(word)?.[0] ?? '';
  const trail = TRAILING.exec(word.slice(lead.length))?.[0] ?? '';
  const core = word.slice(lead.length, word.length - trail.length);
  if (!core || !(LINKED_ANYWHERE.test(core) || BARE_DOMAIN.test(core))) return undefined;
  const around = (from: number, text: string) => [...text].map((_, k) => escapeChar(line, from + k, dollars)).join('');
  return `${around(at, lead)}\`${core}\`${around(at + word.length - trail.length, trail)}`;
}

/** `line` as inline Markdown that renders as written (see the module comment). */
export function escapeMarkdownInline(line: string): string {
  const dollars = (line.match(/\$/g) ?? []).length;
  let out = '';
  let at = 0;
  // Backticks split words too: an address a person wrapped in backticks is still an address.
  for (const part of line.split(/(\s+|`)/)) {
    const span = part === '`' ? undefined : codeSpan(line, at, part, dollars);
    if (span !== undefined) out += span;
    // Each character is judged in the whole line, so emphasis sees its neighbours across words.
    else for (let k = 0; k < part.length; k++) out += escapeChar(line, at + k, dollars);
    at += part.length;
  }
  return out;
}
