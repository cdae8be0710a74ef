/**
 * Everything the CLI prints goes through here. File names, keys and values come from
 * `.coaching/`, which arrives with `git clone`: each printed line is escaped by the core's one
 * function for it (util/plainText.ts), so no file can move the cursor, reorder the text, start
 * a line of its own that reads like another problem, or send a command to a CI runner.
 */
import type { CoachingProblem } from '../core/store/corpus';
import { escapeJsonControls, plainLine } from '../core/util/plainText';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { catalogueOf } from '../core/util/german';
import { translateText } from '../core/util/translateText';

export type Write = (text: string) => void;

/** A printed line holds a path (cut at this length) and a message (cut in the core). */
const MAX_PATH_CHARS = 300;
const MAX_LINE_CHARS = 2_000;

/** Prints each line escaped, cut to a bounded length, and ended with a newline. */
export function writeLines(write: Write, lines: readonly string[]): void {
  for (const line of lines) write(`${plainLine(line, MAX_LINE_CHARS)}\n`);
}

/** `path:line:col: message`, the form editors and CI read; warnings say so after the position, in the reader's language. */
export function problemLine(p: CoachingProblem, t: Translate = ENGLISH): string {
  const message = plainLine(translateText(p.message, catalogueOf(t.language)));
  return `${plainLine(p.path, MAX_PATH_CHARS)}:${p.line}:${p.col}: ${p.severity === 'warning' ? t('warning: {0}', message) : message}`;
}

/** Pretty JSON whose strings cannot act on a terminal; it parses to the same value. */
export function jsonDocument(value: unknown): string {
  return `${escapeJsonControls(JSON.stringify(value, null, 2))}\n`;
}

/**
 * A Markdown or HTML document for the terminal: every line escaped, none cut (a report's
 * lines may be long). Written to a file with --out, the document stays as it was made.
 */
export function terminalDocument(text: string): string {
  return text.split('\n').map((line) => plainLine(line, Number.POSITIVE_INFINITY)).join('\n');
}
