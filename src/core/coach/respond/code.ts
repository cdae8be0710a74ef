/** Telling code and logs from prose, line by line, so the coach reflects what the person said, not what they pasted. */
import { CODE_LINES, CODE_SYMBOLS } from './rules';

/** At or above this share of code symbols among a line's visible characters, the line is code. */
const SYMBOL_SHARE = 0.2;
/** Indented lines (four spaces or a tab, as Markdown code) need only this share. */
const INDENTED_SYMBOL_SHARE = 0.08;

export interface Split {
  /** The lines that read as prose, in order. */
  prose: string;
  /** Whether any line was code or a log. */
  hadCode: boolean;
}

export function splitCode(text: string): Split {
  const prose: string[] = [];
  let hadCode = false;
  let fenced = false;
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) {
    const fence = /^\s*(?:```|~~~)/.test(line);
    if (fence || fenced || isCodeLine(line)) {
      hadCode = true;
      if (fence) fenced = !fenced;
      continue;
    }
    prose.push(line);
  }
  return { prose: prose.join('\n'), hadCode };
}

function isCodeLine(line: string): boolean {
  const visible = line.replace(/\s+/g, '');
  if (visible.length < 2) return false;
  if (CODE_LINES.some((pattern) => pattern.test(line))) return true;
  let symbols = 0;
  for (const c of visible) if (CODE_SYMBOLS.has(c)) symbols++;
  const share = symbols / visible.length;
  if (/^(?: {4}|\t)/.test(line) && share >= INDENTED_SYMBOL_SHARE) return true;
  return share >= SYMBOL_SHARE || /[;{}]\s*$/.test(line);
}
