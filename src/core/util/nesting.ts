/**
 * How deeply a YAML text nests lists and mappings, measured on the raw text before a parser
 * builds anything. A file of ten thousand `[` is one short line, yet a parser recurses once
 * per bracket (and converting such a tree to data can exhaust the memory of the process), so
 * the depth is bounded first, by this linear scan.
 *
 * The scan follows YAML's block structure (indentation, `- `, `? `, `key:`), flow collections
 * (`[`, `{`), quoted scalars, block scalars (`|`, `>`), plain multi-line scalars and
 * comments, so brackets inside text do not count. On any text a parser accepts it counts at
 * least the levels the parser builds (a property test checks this). On malformed text a
 * parser's error recovery can nest where this scan sees none, so the loader bounds the
 * library's own syntax tree too, while it is being built (see reflectionYaml.ts).
 */

import { isDocumentMarker, isEnd, isFlowIndicator, isIndicator, isSimpleNode, isSpace, plainKeyEnd, skipSpaces } from './yamlSyntax';

/** The deepest nesting any `.coaching/` YAML file may have; Retro Coach's own files need 3. */
export const MAX_NESTING = 32;

/** Where a text first nests deeper than allowed; 1-based. */
export interface NestingExcess {
  line: number;
  col: number;
}

/** Where `text` first nests deeper than `max` levels, or undefined when it never does. */
export function findExcessNesting(text: string, max = MAX_NESTING): NestingExcess | undefined {
  const scanner = new NestingScanner(max);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && !scanner.excess; i++) scanner.scanLine(lines[i], i + 1);
  return scanner.excess;
}

interface Level {
  col: number;
  /** A block sequence (`- `) may sit at the same column as the mapping key it belongs to. */
  seq: boolean;
}

class NestingScanner {
  excess: NestingExcess | undefined;
  private stack: Level[] = [];
  /** The open flow collections, innermost last; `pair`: a sequence entry that is a `key: value` pair, a mapping of its own. */
  private flows: { seq: boolean; pair: boolean }[] = [];
  /** Levels the open flow collections add: each one, and each pair inside a sequence. */
  private flowLevels = 0;
  /** Where the outermost flow collection started and the most levels it held, in case it turns out to be a key. */
  private flowNodeCol = 0;
  private flowPeak = 0;
  /** Inside a flow collection: whether the next character starts a node (so a quote opens a quoted scalar). */
  private atNodeStart = false;
  /** Just after a quoted scalar or a closed collection, where `:` needs no space after it. */
  private afterJsonNode = false;
  private quote: '' | '"' | "'" = '';
  /** Lines indented deeper than this belong to a block scalar (`|`, `>`) and hold no structure. */
  private blockScalarAbove: number | undefined;
  /** Lines indented deeper than this continue a plain scalar. */
  private plainAbove: number | undefined;
  private lineNo = 0;

  constructor(private readonly max: number) {}

  scanLine(line: string, lineNo: number): void {
    this.lineNo = lineNo;
    if (this.quote) {
      const pos = this.skipQuote(line, 0);
      if (this.quote) return;
      if (this.flows.length) return this.scanFlow(line, pos);
      return this.afterBlockScalarNode(line, pos);
    }
    if (this.flows.length && !this.endsFlow(line)) return this.scanFlow(line, 0);
    this.scanBlockLine(line);
  }

  private scanBlockLine(line: string): void {
    const indent = line.length - line.replace(/^ +/, '').length;
    const first = skipSpaces(line, indent);
    if (first >= line.length) return; // blank lines change nothing, not even inside a block scalar
    if (this.blockScalarAbove !== undefined) {
      if (indent > this.blockScalarAbove && !isDocumentMarker(line)) return;
      this.blockScalarAbove = undefined;
    }
    if (line[first] === '#') return;
    if (this.plainAbove !== undefined) {
      // A line that starts with an indicator or holds `key:` is structure to a parser, however indented.
      if (indent > this.plainAbove && !isDocumentMarker(line) && isSimpleNode(line, first)) return;
      this.plainAbove = undefined;
    }
    if (isDocumentMarker(line)) {
      this.stack = [];
      return this.blockNode(line, 3);
    }
    if (indent === 0 && line[0] === '%' && !this.stack.length) return; // a directive
    this.openLineLevel(indent, isIndicator(line, first) && line[first] === '-', !isSimpleNode(line, first));
    this.blockNode(line, first);
  }

  /**
   * Closes the levels this line's indentation ends and, when the line starts a block
   * collection (an entry or a key, not a lone scalar or flow collection), opens its level.
   */
  private openLineLevel(indent: number, seq: boolean, opens: boolean): void {
    const top = () => this.stack[this.stack.length - 1];
    while (top() && (top().col > indent || (top().col === indent && top().seq && !seq))) this.stack.pop();
    const t = top();
    if (opens && (!t || t.col < indent || (t.col === indent && seq && !t.seq))) this.push(indent, seq);
  }

  /** A node starting at `pos` in block context, and whatever follows it on the line. */
  private blockNode(line: string, pos: number): void {
    let afterKey = false;
    for (;;) {
      pos = skipSpaces(line, pos);
      if (pos >= line.length || this.excess) return;
      const c = line[pos];
      if (c === '#' && (pos === 0 || isSpace(line[pos - 1]))) return;
      // `a: b: c` is no valid YAML, but a parser's recovery nests it: count it as nesting.
      if (afterKey && !isSimpleNode(line, pos)) this.push(pos, false);
      afterKey = false;
      if (isIndicator(line, pos)) {
        const next = skipSpaces(line, pos + 1);
        if (next < line.length && line[next] !== '#' && !isSimpleNode(line, next)) this.push(next, isIndicator(line, next) && line[next] === '-');
        pos = next;
      } else if (c === '&' || c === '!') {
        while (pos < line.length && !isSpace(line[pos])) pos++;
      } else if (c === '[' || c === '{') {
        this.flowNodeCol = pos;
        this.flowPeak = 0;
        this.openFlow(pos, c);
        return this.scanFlow(line, pos + 1);
      } else if (c === '|' || c === '>') {
        this.blockScalarAbove = this.topCol();
        return;
      } else if (c === '"' || c === "'") {
        this.quote = c;
        pos = this.skipQuote(line, pos + 1);
        if (this.quote) return;
        return this.afterBlockScalarNode(line, pos);
      } else {
        const colon = plainKeyEnd(line, pos);
        if (colon < 0) {
          // A plain scalar goes on over more indented lines, but only inside a collection: at
          // the top of a document such lines are counted, whatever a parser makes of them.
          if (this.topCol() >= 0) this.plainAbove = this.topCol();
          return;
        }
        pos = colon + 1;
        afterKey = true;
      }
    }
  }

  /** After a quoted scalar in block context: it may be a key (its mapping was counted when the line or indicator opened it). */
  private afterBlockScalarNode(line: string, pos: number): void {
    pos = skipSpaces(line, pos);
    if (line[pos] === ':') this.blockNode(line, pos + 1);
  }

  /** After a flow collection in block context: as a key (`[a]: b`) it sits in a mapping of its own. */
  private afterFlowNode(line: string, pos: number): void {
    pos = skipSpaces(line, pos);
    if (line[pos] !== ':') return;
    this.stack.push({ col: this.flowNodeCol, seq: false });
    this.check(this.flowNodeCol, this.flowPeak);
    this.blockNode(line, pos + 1);
  }

  private scanFlow(line: string, pos: number): void {
    for (let i = pos; i < line.length && !this.excess; i++) {
      const c = line[i];
      if (isSpace(c)) continue;
      if (c === '#' && (i === 0 || isSpace(line[i - 1]))) return;
      if (c === '[' || c === '{') {
        this.openFlow(i, c);
      } else if (c === ']' || c === '}') {
        const closed = this.flows.pop();
        this.flowLevels -= closed ? 1 + Number(closed.pair) : 0;
        this.afterJsonNode = true;
        this.atNodeStart = false;
        if (!this.flows.length) return this.afterFlowNode(line, i + 1);
      } else if (c === ',') {
        this.endPair();
        this.atNodeStart = true;
        this.afterJsonNode = false;
      } else if ((c === '"' || c === "'") && this.atNodeStart) {
        this.quote = c;
        i = this.skipQuote(line, i + 1) - 1;
        if (this.quote) return;
        this.afterJsonNode = true;
        this.atNodeStart = false;
      } else if (c === ':') {
        this.atNodeStart = this.afterJsonNode || isEnd(line[i + 1]) || isFlowIndicator(line[i + 1]);
        if (this.atNodeStart) this.startPair(i);
        this.afterJsonNode = false;
      } else if ((c === '&' || c === '!') && this.atNodeStart) {
        while (i + 1 < line.length && !isSpace(line[i + 1]) && !isFlowIndicator(line[i + 1])) i++;
      } else if (c === '?' && this.atNodeStart && isEnd(line[i + 1])) {
        this.startPair(i);
      } else if (!(c === '-' && this.atNodeStart && isEnd(line[i + 1]))) {
        this.atNodeStart = false;
        this.afterJsonNode = false;
      }
    }
  }

  /** Moves past the end of the open quoted scalar, or to the end of the line when it goes on. */
  private skipQuote(line: string, pos: number): number {
    for (let i = pos; i < line.length; i++) {
      const c = line[i];
      if (this.quote === '"' && c === '\\') i++;
      else if (c === this.quote) {
        if (c === "'" && line[i + 1] === "'") i++;
        else {
          this.quote = '';
          return i + 1;
        }
      }
    }
    return line.length;
  }

  /**
   * A flow collection in block context must go on more indented than the block it is in; a
   * parser ends it (with an error) at a line that is not, and reads that line as block.
   */
  private endsFlow(line: string): boolean {
    const indent = line.length - line.replace(/^ +/, '').length;
    const first = skipSpaces(line, indent);
    if (first >= line.length || line[first] === '#' || indent > this.topCol()) return false;
    this.flows = [];
    this.flowLevels = 0;
    return true;
  }

  /** `key: value` (or `? key`) inside a flow sequence is a one-pair mapping: a level deeper, until the next `,`. */
  private startPair(pos: number): void {
    const top = this.flows[this.flows.length - 1];
    if (top?.seq && !top.pair) {
      top.pair = true;
      this.flowLevels++;
      this.check(pos);
    }
  }

  private endPair(): void {
    const top = this.flows[this.flows.length - 1];
    if (top?.pair) {
      top.pair = false;
      this.flowLevels--;
    }
  }

  private openFlow(pos: number, c: string): void {
    this.flows.push({ seq: c === '[', pair: false });
    this.flowLevels++;
    this.atNodeStart = true;
    this.afterJsonNode = false;
    this.check(pos);
  }

  private push(col: number, seq: boolean): void {
    this.stack.push({ col, seq });
    this.check(col);
  }

  private topCol(): number {
    return this.stack.length ? this.stack[this.stack.length - 1].col : -1;
  }

  /** Records the first place (0-based column `pos`) where the levels open (or `flowLevels`, a closed key's) exceed the limit. */
  private check(pos: number, flowLevels = this.flowLevels): void {
    this.flowPeak = Math.max(this.flowPeak, this.flowLevels);
    if (!this.excess && this.stack.length + flowLevels > this.max) this.excess = { line: this.lineNo, col: pos + 1 };
  }
}
