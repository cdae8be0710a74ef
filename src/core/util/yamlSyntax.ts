/**
 * What single characters and tokens mean in YAML's block and flow syntax, read from raw text
 * one line at a time (see nesting.ts, which uses them to bound nesting before a parser runs).
 */

export const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
export const isEnd = (c: string | undefined) => c === undefined || isSpace(c);
export const isFlowIndicator = (c: string | undefined) => c === '[' || c === ']' || c === '{' || c === '}' || c === ',';

export function skipSpaces(line: string, pos: number): number {
  while (pos < line.length && isSpace(line[pos])) pos++;
  return pos;
}

/** `-`, `?` or `:` followed by a space or the end of the line: a block indicator. */
export function isIndicator(line: string, pos: number): boolean {
  const c = line[pos];
  return (c === '-' || c === '?' || c === ':') && isEnd(line[pos + 1]);
}

/** The `:` ending a plain key that starts at `pos`, or -1 when the plain text is no key. */
export function plainKeyEnd(line: string, pos: number): number {
  for (let i = pos; i < line.length; i++) {
    if (line[i] === '#' && i > pos && isSpace(line[i - 1])) return -1;
    if (line[i] === ':' && isEnd(line[i + 1])) return i;
  }
  return -1;
}

/** A node starting at `pos` that cannot open a nested block collection on this line. */
export function isSimpleNode(line: string, pos: number): boolean {
  const c = line[pos];
  if (c === '[' || c === '{' || c === '|' || c === '>') return true;
  if (c === '"' || c === "'" || c === '&' || c === '!' || isIndicator(line, pos)) return false;
  return plainKeyEnd(line, pos) < 0;
}

/** `---` or `...` at the start of a line, alone or followed by a space. */
export function isDocumentMarker(line: string): boolean {
  return (line.startsWith('---') || line.startsWith('...')) && isEnd(line[3]);
}
