/**
 * A fast reader for the one form Retro Coach writes (serializeReflection): block mappings and
 * lists indented by two, plain keys, scalars plain, quoted or as `|` blocks. It answers only
 * when the text is exactly in that form and the value passes the same validation; for
 * anything else (or any doubt) it answers `undefined`, and the caller reads the file with
 * `yaml`, the parser of record. A property test (fastParse.test.ts) checks that whenever it
 * answers, it answers what `yaml` and validation answer.
 */
import { LIMITS, type Reflection } from './reflection';
import { validateReflection } from './validate';

interface Line {
  indent: number;
  content: string;
}

/** Not canonical: the caller reads the text with `yaml` instead. */
class NotCanonical extends Error {}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;

/** Plain scalars that the core schema reads as something other than text (or that need a closer look). */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A plain scalar the writer emits for text: no indicator first, no `: ` or ` #` inside, nothing but printable text. */
const PLAIN_TEXT = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^\s:#]|:(?! )| (?!#)|#)*$/u;

/** Characters a plain or block scalar of the writer never holds (the writer quotes them), or that readers disagree on. */
function hasUnusual(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  }
  return false;
}

function scalar(raw: string): unknown {
  if (raw.startsWith('"')) return doubleQuoted(raw);
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) throw new NotCanonical();
    const inner = raw.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) throw new NotCanonical();
    return inner.replace(/''/g, "'");
  }
  if (raw === '[]') return [];
  if (raw === '{}') return {};
  if (/^(?:0|[1-9][0-9]{0,8})$/.test(raw)) return Number(raw);
  if (NOT_TEXT.test(raw) || !PLAIN_TEXT.test(raw) || raw.endsWith(':') || hasUnusual(raw)) throw new NotCanonical();
  return raw;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ' };

function doubleQuoted(raw: string): string {
  let out = '';
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') {
      if (i !== raw.length - 1) throw new NotCanonical();
      return out;
    }
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[++i];
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width) {
      const hex = raw.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new NotCanonical();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new NotCanonical();
      out += String.fromCodePoint(code);
      i += width;
    } else if (e !== undefined && ESCAPES[e] !== undefined) out += ESCAPES[e];
    else throw new NotCanonical();
  }
  throw new NotCanonical();
}

class Reader {
  private at = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.at >= this.lines.length;
  }

  /** The block (mapping or list) whose lines are indented by exactly `indent`. */
  block(indent: number, depth: number): unknown {
    if (depth > 4) throw new NotCanonical();
    const line = this.lines[this.at];
    if (!line || line.indent !== indent) throw new NotCanonical();
    return line.content === '-' || line.content.startsWith('- ') ? this.list(indent, depth) : this.mapping(indent, depth);
  }

  private list(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.lines[this.at]; line && line.indent === indent && line.content.startsWith('- '); line = this.lines[this.at]) {
      const rest = line.content.slice(2);
      if (KEY.test(rest)) {
        // A mapping as a list entry: its first key shares the dash's line, the others line up with it.
        this.lines[this.at] = { indent: indent + 2, content: rest };
        items.push(this.mapping(indent + 2, depth + 1));
      } else {
        this.at++;
        items.push(scalar(rest));
      }
    }
    return items;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.lines[this.at]; line && line.indent === indent; line = this.lines[this.at]) {
      const match = KEY.exec(line.content);
      if (!match || Object.prototype.hasOwnProperty.call(out, match[1]) || match[1] === '__proto__') throw new NotCanonical();
      this.at++;
      const rest = match[2];
      if (rest === undefined) {
        const next = this.lines[this.at];
        if (!next || next.indent <= indent) throw new NotCanonical();
        out[match[1]] = this.block(next.indent, depth + 1);
      } else if (rest.startsWith('|')) out[match[1]] = this.literal(rest, indent);
      else out[match[1]] = scalar(rest);
    }
    const next = this.lines[this.at];
    if (next && next.indent > indent) throw new NotCanonical();
    return out;
  }

  /** A `|` block under a key at `indent`: its lines, indented further, as they are. */
  private literal(header: string, indent: number): string {
    const chomp = /^\|([-+]?)$/.exec(header);
    if (!chomp) throw new NotCanonical();
    const body: string[] = [];
    let content = -1;
    let blanks = 0;
    for (let line = this.lines[this.at]; line; line = this.lines[++this.at]) {
      if (line.content === '') {
        if (line.indent !== 0) throw new NotCanonical();
        blanks++;
        continue;
      }
      if (line.indent <= indent) break;
      if (content < 0) content = line.indent;
      if (line.indent < content || hasUnusual(line.content)) throw new NotCanonical();
      for (; blanks > 0; blanks--) body.push('');
      body.push(' '.repeat(line.indent - content) + line.content);
    }
    if (content !== indent + 2 || !body.length) throw new NotCanonical();
    const text = body.join('\n');
    if (chomp[1] === '-') return text;
    if (chomp[1] === '') return `${text}\n`;
    return `${text}\n${'\n'.repeat(blanks)}`;
  }
}

function linesOf(text: string): Line[] {
  const raw = text.split('\n');
  if (raw.pop() !== '') throw new NotCanonical();
  const lines: Line[] = [];
  let header = true;
  for (const line of raw) {
    if (header && (line.startsWith('#') || line === '')) continue;
    header = false;
    // Only spaces indent in YAML; trimStart would also take a no-break space that belongs to the text.
    const content = line.replace(/^ +/, '');
    if (content.startsWith('#') || line.includes('\t') || (content !== '' && content !== content.trimEnd())) throw new NotCanonical();
    // A blank line keeps its length as its indent: only a truly empty one is what the writer emits.
    lines.push({ indent: line.length - content.length, content });
  }
  return lines;
}

/**
 * The reflection in `text` when the text is exactly in the form Retro Coach writes and valid;
 * `undefined` otherwise (read it with parseReflection, which also says what is wrong).
 */
export function parseCanonicalReflection(text: string): Reflection | undefined {
  if (text.length > LIMITS.fileBytes || text.includes('\r')) return undefined;
  try {
    const lines = linesOf(text);
    const reader = new Reader(lines);
    const value = reader.block(0, 0);
    if (!reader.done()) return undefined;
    return validateReflection(value).reflection;
  } catch (err) {
    if (err instanceof NotCanonical) return undefined;
    throw err;
  }
}
