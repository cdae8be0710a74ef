/**
 * What a YAML syntax error means for someone editing a `.coaching/` file: a plain sentence
 * that says what to do, at the line that is actually wrong. The `yaml` library reports where
 * its reading failed, which is often a line earlier (an over-indented line is read as more of
 * the value above) or later (an unclosed quote or bracket is noticed at the end); this reads
 * the text around that place to find the line to fix. Never shows the library's own words.
 */
import type { LineCounter, YAMLError } from 'yaml';
import { ELLIPSIS, clip } from '../util/clip';
import { escapeControls } from '../util/plainText';
import { formatMessage, msg, type Message } from '../util/message';

export interface Diagnosis {
  line: number;
  col: number;
  message: string;
}

/** Every diagnosis reads "YAML syntax: <what to do>", so a reader knows the file's form is the problem. */
const syntax = (what: Message): string => formatMessage(msg('YAML syntax: {0}', what));
/** `  key: value` (or `- key: value`): the key, where it starts, and the text after the colon. */
const KEY_LINE = /^(\s*(?:-\s+)?)([^\s#'"[{\-?:][^:#]*?|"[^"]*"|'[^']*'):(?:\s+(.*))?$/;
/** A key with no space after its colon, e.g. `kind:manual`. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\S.*)$/;
const BLOCK_SCALAR_START = /:\s*[|>][1-9+-]*\s*(#.*)?$/;

const shown = (text: string, max = 40) => escapeControls(clip(text.trim(), max, { ellipsis: ELLIPSIS }));
const indentOf = (line: string) => line.length - line.trimStart().length;

/** Plain words for a parse error, at the line to fix (1-based line and column). */
export function diagnoseYamlError(err: YAMLError, text: string, lineCounter: LineCounter): Diagnosis {
  const lines = text.split('\n');
  const at = lineCounter.linePos(Math.min(err.pos[0], text.length));
  // The library's first line, without the position it appends (the diagnosis gives its own).
  const said = err.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?\s*$/, '');
  const found = DIAGNOSES.map((diagnose) => diagnose(err.code, said, lines, at)).find((d) => d !== undefined);
  return found ?? { ...at, message: syntax(msg("YAML cannot read this line; compare it with the lines around it (indentation, quotes, brackets, a space after each ':').")) };
}

type Diagnose = (code: string, said: string, lines: readonly string[], at: { line: number; col: number }) => Diagnosis | undefined;

/** `kind:manual`: the colon of a key needs a space after it. */
const missingSpace: Diagnose = (code, _said, lines, at) => {
  if (code !== 'MULTILINE_IMPLICIT_KEY' && code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const m = NO_SPACE_AFTER_COLON.exec(lines[at.line - 1] ?? '');
  if (!m || /:\s/.test(m[3])) return undefined;
  return { line: at.line, col: m[1].length + 1, message: syntax(msg("put a space after the colon of '{0}': write '{0}: {1}'.", shown(m[2]), shown(m[3]))) };
};

/** Lines of a block scalar (`|`, `>`) that are not indented under their key. */
const unindentedBlock: Diagnose = (code, _said, lines, at) => {
  if (code !== 'MULTILINE_IMPLICIT_KEY' && code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  let previous = at.line - 2;
  while (previous >= 0 && !lines[previous].trim()) previous--;
  if (previous < 0 || !BLOCK_SCALAR_START.test(lines[previous])) return undefined;
  return { line: at.line, col: 1, message: syntax(msg("the text of the block that starts with '|' or '>' on line {0} must be indented further than its key; indent this line and the ones after it.", previous + 1)) };
};

/**
 * A plain value followed by a more-indented line holding `name: value` (an over-indented
 * field, or text that says "x: y"), or a value that itself says "x: y" on one line.
 */
const keyInsideValue: Diagnose = (code, _said, lines, at) => {
  if (code !== 'MULTILINE_IMPLICIT_KEY' && code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const start = lines[at.line - 1] ?? '';
  const field = KEY_LINE.exec(start);
  const name = field ? shown(field[2]) : formatMessage(msg('the field'));
  for (let i = at.line; i < lines.length && indentOf(lines[i]) > indentOf(start); i++) {
    const inner = KEY_LINE.exec(lines[i]);
    if (inner && lines[i].trim()) {
      return {
        line: i + 1,
        col: indentOf(lines[i]) + 1,
        message: syntax(msg("'{0}:' is indented further than '{1}' above, so it reads as more of that value. If it is a field of its own, indent it like '{1}'; if it is part of the text, put the text in quotes.", shown(inner[2]), name)),
      };
    }
  }
  const value = field?.[3] ?? start.slice(at.col - 1);
  return { line: at.line, col: at.col, message: syntax(msg("the value of '{0}' contains ': ', which reads as another key on the same line. Put the value in quotes: {0}: \"{1}\".", name, shown(value, 60).replace(/"/g, '\\"'))) };
};

/** An unclosed `[` or `{`: the library notices at the next line; the bracket is where to look. */
const unclosedBracket: Diagnose = (code, said, lines, at) => {
  if (code !== 'BAD_INDENT' && !(code === 'MISSING_CHAR' && /flow|\]|\}/i.test(said))) return undefined;
  if (!/flow (sequence|mapping)|\]|\}/i.test(said)) return undefined;
  for (let i = Math.min(at.line, lines.length) - 1; i >= 0; i--) {
    const opened = unbalanced(lines[i]);
    if (opened) return { line: i + 1, col: opened.col, message: syntax(opened.char === '[' ? msg("the list opened with '[' here is not closed; end it with ']'.") : msg("the mapping opened with '{' here is not closed; end it with '}'.")) };
  }
  return undefined;
};

/** A quote that never closes: the library notices at the end of the file; the quote is where to look. */
const unclosedQuote: Diagnose = (code, said, lines, at) => {
  if (code !== 'MISSING_CHAR' || !/closing ["']?quote/i.test(said)) return undefined;
  const quote = said.includes('"') ? '"' : "'";
  for (let i = Math.min(at.line, lines.length) - 1; i >= 0; i--) {
    const col = openingQuote(lines[i], quote);
    if (col) return { line: i + 1, col, message: syntax(msg('the text in quotes that starts here is never closed; end it with {0}.', quote)) };
  }
  return undefined;
};

const badStart: Diagnose = (code, said, lines, at) => {
  if (code !== 'BAD_SCALAR_START') return undefined;
  const char = /character (\S)/.exec(said)?.[1] ?? said.slice(-1);
  const field = KEY_LINE.exec(lines[at.line - 1] ?? '');
  const advice = field
    ? msg("a value cannot start with '{0}'; put the value in quotes: {1}: \"{2}\".", char, shown(field[2]), shown(field[3] ?? '', 60).replace(/"/g, '\\"'))
    : msg("a value cannot start with '{0}'; put the value in quotes.", char);
  return { ...at, message: syntax(advice) };
};

const afterQuotedText: Diagnose = (code, _said, lines, at) => {
  if (code !== 'UNEXPECTED_TOKEN') return undefined;
  const before = (lines[at.line - 1] ?? '').slice(0, at.col - 1);
  if (!/'[^']*'\s*$/.test(before) && !/"[^"]*"\s*$/.test(before)) return undefined;
  return { ...at, message: syntax(msg("the quoted text ends before this; inside single quotes write an apostrophe twice (''), or use double quotes around the whole value.")) };
};

const simple = (codes: Record<string, Message | ((line: string) => Message)>): Diagnose => (code, _said, lines, at) => {
  const say = codes[code];
  if (say === undefined) return undefined;
  return { ...at, message: syntax(typeof say === 'function' ? say(lines[at.line - 1] ?? '') : say) };
};

const plainCodes = simple({
  TAB_AS_INDENT: msg('indent with spaces; YAML does not allow tabs for indentation.'),
  MISSING_CHAR: msg("this line's indentation does not match the lines around it; line it up with the field above (a list entry starts with '- ')."),
  BAD_INDENT: msg("this line's indentation does not match the lines around it; line it up with the field above."),
  DUPLICATE_KEY: (line) => msg("'{0}' appears twice in the same mapping; keep one of them.", shown(KEY_LINE.exec(line)?.[2] ?? line)),
  NON_STRING_KEY: msg('a key here is a list, a mapping or another value that is not text; keys must be plain text.'),
  MULTIPLE_DOCS: msg("the file holds more than one YAML document (a second '---'); a Retro Coach file is one document. Split it into separate files."),
});

const DIAGNOSES: readonly Diagnose[] = [missingSpace, unindentedBlock, keyInsideValue, unclosedBracket, unclosedQuote, badStart, afterQuotedText, plainCodes];

/** The last `[` or `{` on a line that its line does not close, outside quotes. */
function unbalanced(line: string): { char: string; col: number } | undefined {
  const open: Array<{ char: string; col: number }> = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) quote = c;
    else if (c === '[' || c === '{') open.push({ char: c, col: i + 1 });
    else if (c === ']' || c === '}') open.pop();
  }
  return open[0];
}

/** The column of a value's opening quote on a line that does not close it, or 0. */
function openingQuote(line: string, quote: string): number {
  const m = new RegExp(`(^|:\\s+|-\\s+|[[{,]\\s*)${quote}`).exec(line);
  if (!m) return 0;
  const start = m.index + m[0].length;
  const rest = line.slice(start);
  const closes = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
  return closes ? 0 : start;
}
