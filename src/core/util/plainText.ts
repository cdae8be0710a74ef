/**
 * Text from `.coaching/` files (file names, keys, values) shown on one line of a terminal, a
 * CI log or a problem list. Such text arrives with `git clone`, so it must not be able to
 * act on what shows it: move the cursor or recolour the screen (control characters and
 * escape sequences), reorder what is shown (bidirectional controls), start a line of its own
 * that reads like another problem (`path:1:1: …`), or speak to the CI runner (`::error …`,
 * `##[error]`, `##vso[…]`). Every such character becomes a visible escape, and the line
 * stays one line.
 */
import { ELLIPSIS, clip } from './clip';

/**
 * C0 controls (newline, carriage return and tab included), DEL, C1 controls, the Unicode line
 * and paragraph separators, and the bidirectional controls: marks (U+200E/F, U+061C),
 * embeddings and overrides (U+202A–202E) and isolates (U+2066–2069).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Workflow commands CI runners act on: GitHub's `##[…]`, Azure Pipelines' `##vso[…]`, anywhere on a line. */
const CI_COMMAND = /##(vso)?\[/gi;

/** How much of one echoed value (a message, a path) a line shows at most. */
export const MAX_ECHO_CHARS = 500;

/** `\u{1b}` for ESC, `\n` for a newline: visible, and never read as the character itself. */
function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u{${c.charCodeAt(0).toString(16)}}`;
}

/**
 * `text` with every control and bidirectional character escaped and CI commands defused.
 * Idempotent: escaping twice gives the same text as escaping once.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeChar).replace(CI_COMMAND, (m) => `#\\u{23}${m.slice(2)}`);
}

/**
 * One line for a terminal or log: escaped, cut to `max` characters (before escaping, so an
 * escape is never cut in half), and never starting with `::` (a GitHub workflow command even
 * after leading spaces).
 */
export function plainLine(text: string, max = MAX_ECHO_CHARS): string {
  const line = escapeControls(clip(text, max, { ellipsis: ELLIPSIS }));
  return /^\s*::/.test(line) ? line.replace(':', '\\u{3a}') : line;
}

/** What JSON.stringify leaves raw but a terminal acts on: DEL, C1 controls, line separators, bidirectional controls. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** JSON_UNSAFE or CI_COMMAND, found in one pass. */
const JSON_ESCAPED = new RegExp(`${JSON_UNSAFE.source}|${CI_COMMAND.source}`, 'gi');

/**
 * JSON text with those characters, and the `#` that would start a CI command, written as
 * `\uXXXX` escapes. They only occur inside JSON strings, so the result parses to the same value.
 */
export function escapeJsonControls(json: string): string {
  // One pass over the text for both: a report across teams is tens of megabytes.
  return json.replace(JSON_ESCAPED, (m) => (m.length === 1 ? `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}` : `#\\u0023${m.slice(2)}`));
}
