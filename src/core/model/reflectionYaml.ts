/**
 * Reflections as YAML text: written for people to read in a pull request (stable key order,
 * block scalars for multi-line answers, a header comment) and parsed with limits, because
 * the text comes from other people's commits.
 */
import { Document, LineCounter, Scalar, isScalar, parseDocument, visit, type Node } from 'yaml';
import { LIMITS, REFLECTION_SCHEMA, type Reflection } from './reflection';
import { formatPath, validateReflection, type DocPath } from './validate';

export const HEADER_COMMENT =
  ` Retro Coach reflection (${REFLECTION_SCHEMA}): one coaching session, written once and never edited.\n` +
  ' Changes to its actions are recorded as new files that point back to it.';

/** Rebuilds the object with keys in the documented order, dropping absent optional fields. */
function ordered(r: Reflection): Record<string, unknown> {
  const out: Record<string, unknown> = { schema: r.schema, id: r.id, kind: r.kind, created: r.created };
  if (r.author !== undefined && r.visibility !== 'anonymous') out.author = r.author;
  out.visibility = r.visibility;
  out.friction = [...r.friction];
  out.trigger = r.trigger.detail !== undefined ? { kind: r.trigger.kind, detail: r.trigger.detail } : { kind: r.trigger.kind };
  out.exchanges = r.exchanges.map((e) => ({ question: e.question, text: e.text, answer: e.answer }));
  if (r.pulse !== undefined) out.pulse = { ...r.pulse };
  out.actions = r.actions.map((a) => {
    const action: Record<string, unknown> = { id: a.id, text: a.text };
    if (a.owner !== undefined) action.owner = a.owner;
    if (a.due !== undefined) action.due = a.due;
    action.status = a.status;
    return action;
  });
  if (r.updates?.length) {
    out.updates = r.updates.map((u) => (u.note !== undefined ? { action: u.action, status: u.status, note: u.note } : { action: u.action, status: u.status }));
  }
  return out;
}

/**
 * The reflection as YAML. With `schemaPath` (relative to the file), the first line is a
 * yaml-language-server modeline, so editors validate the file even without Retro Coach.
 */
export function serializeReflection(reflection: Reflection, opts: { schemaPath?: string } = {}): string {
  const doc = new Document(ordered(reflection));
  doc.commentBefore = opts.schemaPath ? ` yaml-language-server: $schema=${opts.schemaPath}\n${HEADER_COMMENT}` : HEADER_COMMENT;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  // lineWidth 0: never fold long answers; a reviewer sees each line as it was typed.
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

export interface ParseProblem {
  message: string;
  /** 1-based line and column in the file, when known. */
  line: number;
  col: number;
}

export type ParseResult = { ok: true; reflection: Reflection } | { ok: false; problems: ParseProblem[] };

/** Parses and validates a reflection file's text. Never throws on bad input. */
export function parseReflection(text: string): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) {
    return { ok: false, problems: [{ line: 1, col: 1, message: `The file is ${bytes} bytes; reflections are limited to ${LIMITS.fileBytes} bytes. Split it or shorten the answers.` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
        // The position is reported separately, so drop the library's own "at line N, column M:".
        const message = err.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?\s*$/, '');
        return { line: pos.line, col: pos.col, message: `YAML syntax: ${message}` };
      }),
    };
  }
  let value: unknown;
  try {
    // Aliases are legal YAML, but a file can use them to expand exponentially ("billion laughs").
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { ok: false, problems: [{ line: 1, col: 1, message: `The file could not be read as data: ${(err as Error).message}` }] };
  }
  const { reflection, problems } = validateReflection(value);
  if (reflection) return { ok: true, reflection };
  return {
    ok: false,
    problems: problems.map((p) => {
      const { line, col } = locate(doc, lineCounter, p.path);
      const where = p.path.length ? `${formatPath(p.path)}: ` : '';
      return { line, col, message: `${where}${p.message}` };
    }),
  };
}

/** The position of the deepest node along `path` that exists in the document. */
function locate(doc: Document, lineCounter: LineCounter, path: DocPath): { line: number; col: number } {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node && (isScalar(node) || typeof node === 'object') && node.range) return lineCounter.linePos(node.range[0]);
  }
  const root = doc.contents as Node | null;
  return root?.range ? lineCounter.linePos(root.range[0]) : { line: 1, col: 1 };
}
