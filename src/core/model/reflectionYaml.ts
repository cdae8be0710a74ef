/**
 * Reflections as YAML text: written for people to read in a pull request (stable key order,
 * block scalars for multi-line answers, a header comment) and parsed with limits, because
 * the text comes from other people's commits.
 */
import { CST, Composer, Document, Lexer, LineCounter, Parser, Scalar, isCollection, isMap, isNode, isPair, isScalar, isSeq, visit, type Node, type YAMLError } from 'yaml';
import { LIMITS, REFLECTION_SCHEMA, type CodeContext, type Reflection } from './reflection';
import { validateReflection, type DocPath } from './validate';
import { diagnoseYamlError } from './yamlDiagnosis';
import { MAX_NESTING, findExcessNesting } from '../util/nesting';
import { capProblems } from '../util/problemCap';
import { ELLIPSIS, clip } from '../util/clip';
import { formatMessage, msg } from '../util/message';
import { errorMessage } from '../util/errors';

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
  if (r.context !== undefined && r.visibility !== 'anonymous') out.context = orderedContext(r.context);
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

/** The code context in its documented key order, absent parts left out. */
function orderedContext(c: CodeContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.branch !== undefined) out.branch = c.branch;
  if (c.task !== undefined) out.task = c.task;
  if (c.paths !== undefined) out.paths = [...c.paths];
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
  /** On the "… and N more problems" line that ends a capped list: N. */
  omitted?: number;
}

export type ParseResult = { ok: true; reflection: Reflection } | { ok: false; problems: ParseProblem[] };

/** Parses and validates a reflection file's text. Never throws on bad input. */
export function parseReflection(text: string): ParseResult {
  const loaded = loadUntrustedYaml(text);
  if (!loaded.ok) return loaded;
  const { reflection, problems } = validateReflection(loaded.value);
  if (reflection) return { ok: true, reflection };
  // Each message names its field; listed top to bottom, as the file reads.
  const located = problems.map((p) => ({ ...loaded.at(p.path), message: p.message }));
  return { ok: false, problems: capParseProblems(inReadingOrder(located)) };
}

/** Problems sorted by line and column, keeping the validator's order within one place. */
export function inReadingOrder<P extends { line: number; col: number }>(problems: readonly P[]): P[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i).map(({ p }) => p);
}

export type LoadedYaml = { ok: true; value: unknown; at(path: DocPath): { line: number; col: number } } | { ok: false; problems: ParseProblem[] };

const NESTED_TOO_DEEPLY = formatMessage(msg('Lists and mappings are nested deeper than {0} levels here, so the file was not read (Retro Coach files need 3). Remove the extra brackets, dashes or indentation.', MAX_NESTING));

/** The tags of plain YAML data; any other (!!binary, !!omap, !!set, custom ones) makes something other than text, lists and mappings. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Parses YAML from a `.coaching/` file within bounds: its size, its nesting, one document,
 * text keys, plain tags only, and a bounded number of alias expansions. `at` points at a path
 * in it. Never throws; what the YAML engine says about a resource limit is never shown as is.
 *
 * Nesting is bounded twice before anything recursive runs: on the raw text (util/nesting.ts),
 * which stops the common attacks before even tokens exist, and then exactly, on the concrete
 * syntax tree the library builds without recursion, since a malformed text can make the
 * parser's error recovery nest where the text scan saw none.
 */
export function loadUntrustedYaml(text: string): LoadedYaml {
  const fail = (message: string, line = 1, col = 1): LoadedYaml => ({ ok: false, problems: [{ line, col, message }] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) return fail(formatMessage(msg('The file is {0} bytes; files in .coaching/ are limited to {1} bytes. Split it or shorten the answers.', bytes, LIMITS.fileBytes)));
  const excess = findExcessNesting(text);
  if (excess) return fail(NESTED_TOO_DEEPLY, excess.line, excess.col);
  const lineCounter = new LineCounter();
  const failAt = (message: string, offset: number) => fail(message, lineCounter.linePos(offset).line, lineCounter.linePos(offset).col);
  try {
    const { tokens, deepAt } = parseTokens(text, lineCounter);
    if (deepAt !== undefined) return failAt(NESTED_TOO_DEEPLY, deepAt);
    const composed = composeOne(tokens, text.length);
    if ('second' in composed) return failAt(DIAGNOSES.MULTIPLE_DOCS, composed.second);
    const doc = composed.doc;
    if (doc.errors.length) return { ok: false, problems: capParseProblems(syntaxProblems(doc.errors, text, lineCounter)) };
    const tag = foreignTag(doc, lineCounter);
    if (tag) return { ok: false, problems: [tag] };
    // Aliases are legal YAML, but a file can use them to expand exponentially ("billion laughs").
    return { ok: true, value: doc.toJS({ maxAliasCount: 50 }), at: (path) => locate(doc, lineCounter, path) };
  } catch (err) {
    return fail(engineFailure(err));
  }
}

/**
 * resolveKnownTags off: !!binary and friends stay unresolved (and are refused); logLevel
 * 'error': the library never writes file content to the process's warnings; stringKeys: a
 * list or mapping as a key is an error before it would be turned into text.
 */
const COMPOSE_OPTIONS = { uniqueKeys: true, stringKeys: true, resolveKnownTags: false, logLevel: 'error' } as const;

/** The one document of the text, or where a second one starts. */
function composeOne(tokens: CST.Token[], length: number): { doc: Document.Parsed } | { second: number } {
  const docs = new Composer(COMPOSE_OPTIONS).compose(tokens, true, length);
  const doc = docs.next().value as Document.Parsed;
  const second = docs.next();
  return second.done ? { doc } : { second: (second.value as Document.Parsed).range[0] };
}

/**
 * The concrete syntax tree, built one lexeme at a time without recursion, and where it nests
 * past MAX_NESTING: it is abandoned as soon as more than that many lists and mappings are
 * open at once, so a text that fooled the raw scan costs no more than that depth.
 */
function parseTokens(text: string, lineCounter: LineCounter): { tokens: CST.Token[]; deepAt?: number } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_NESTING && parser.stack.filter(CST.isCollection).length > MAX_NESTING) return { tokens, deepAt: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens, deepAt: deepCollectionOffset(tokens) };
}

/**
 * Where the first list or mapping nested deeper than MAX_NESTING starts in the finished tree,
 * counted as the composer will build it (a key can be wrapped into a mapping after it was
 * built, so the open-collections bound above is not the whole story), walked without recursion.
 */
function deepCollectionOffset(tokens: readonly CST.Token[]): number | undefined {
  const pending: [CST.Token | null | undefined, number][] = tokens.map((token) => [token, 0]);
  while (pending.length) {
    const [token, depth] = pending.pop() as [CST.Token | null | undefined, number];
    if (token?.type === 'document') pending.push([token.value, depth]);
    else if (CST.isCollection(token)) {
      if (depth + 1 > MAX_NESTING) return token.offset;
      // In a flow sequence, `key: value` (or `? key`) is a mapping of one pair: a level of its own.
      const inSequence = token.type === 'flow-collection' && token.start.source === '[';
      for (const item of token.items) {
        const level = depth + 1 + (inSequence && item.sep ? 1 : 0);
        if (level > MAX_NESTING) return token.offset;
        pending.push([item.key, level], [item.value, level]);
      }
    }
  }
  return undefined;
}

/** The first problems (MAX_PROBLEMS_PER_FILE in util/problemCap.ts), then one line counting the rest. */
function capParseProblems(problems: ParseProblem[]): ParseProblem[] {
  return capProblems(problems, (at, message, omitted) => ({ line: at.line, col: at.col, message, omitted }));
}

/** Parse errors that are about limits, not syntax, by the library's error code; the rest go to yamlDiagnosis.ts. */
const DIAGNOSES: Readonly<Record<string, string>> = {
  RESOURCE_EXHAUSTION: NESTED_TOO_DEEPLY,
  MULTIPLE_DOCS: formatMessage(msg("The file holds more than one YAML document (a second '---'); a Retro Coach file is one document. Split it into separate files.")),
};

/** Errors about one key that leave the rest of the file readable: each is reported. */
const INDEPENDENT_ERRORS = new Set(['DUPLICATE_KEY', 'NON_STRING_KEY']);

/**
 * Plain diagnoses of the parse errors (yamlDiagnosis.ts), never an engine message: what is
 * wrong and what to do, at the line to fix. A syntax mistake makes the parser misread what
 * follows it, so everything it reports after the first one is usually that misreading: only
 * the first is reported (and a file with one mistake is one problem). Keys that repeat or are
 * not text leave the rest readable, so each of those is reported.
 */
function syntaxProblems(errors: readonly YAMLError[], text: string, lineCounter: LineCounter): ParseProblem[] {
  const diagnosed = errors.map((err) => {
    const said = err.message.split('\n')[0];
    const problem = DIAGNOSES[err.code] !== undefined || ENGINE_LIMIT.test(said)
      ? { ...lineCounter.linePos(Math.min(err.pos[0], text.length)), message: DIAGNOSES[err.code] ?? engineFailure(said) }
      : diagnoseYamlError(err, text, lineCounter);
    return { problem, independent: INDEPENDENT_ERRORS.has(err.code) };
  });
  const syntax = inReadingOrder(diagnosed.filter((d) => !d.independent).map((d) => d.problem));
  return syntax.length ? [syntax[0]] : inReadingOrder(diagnosed.map((d) => d.problem));
}

/** Messages of the JavaScript engine itself: a limit was hit, which says nothing about the file. */
const ENGINE_LIMIT = /maximum call stack|out of memory|invalid (string|array|typed array) length|allocation failed/i;

function engineFailure(err: unknown): string {
  const said = errorMessage(err);
  if (/alias/i.test(said)) return formatMessage(msg('The file uses too many aliases (*name), which would make it expand far beyond its size; write the values out instead.'));
  return formatMessage(msg('The file is too large or too complex to read as data (nested too deeply, or too many parts); simplify it.'));
}

const MERGE_KEY = formatMessage(msg("'<<' (a merge key) copies fields from elsewhere in the file; Retro Coach files write every field out. Replace it with the fields themselves."));

/**
 * The first merge key, or explicit tag that makes something other than plain data (the tree is within
 * MAX_NESTING by now, but is walked with an explicit stack all the same).
 */
function foreignTag(doc: Document, lineCounter: LineCounter): ParseProblem | undefined {
  // Each node with the place to report it at: a field's key, so a tagged block collection is
  // reported at its key rather than at its first entry on the next line.
  const pending: Array<{ node: unknown; at?: number }> = [{ node: doc.contents }];
  while (pending.length) {
    const { node, at } = pending.pop() as { node: unknown; at?: number };
    if (isPair(node)) {
      const keyAt = isNode(node.key) ? node.key.range?.[0] : undefined;
      pending.push({ node: node.key }, { node: node.value, at: keyAt });
    } else if (isNode(node)) {
      if (isMap(node)) {
        const merge = node.items.find((p) => isScalar(p.key) && p.key.value === '<<');
        if (merge && isNode(merge.key)) return { ...lineCounter.linePos(merge.key.range?.[0] ?? 0), message: MERGE_KEY };
      }
      if (node.tag && !PLAIN_TAGS.has(node.tag)) {
        const tag = clip(node.tag.replace('tag:yaml.org,2002:', '!!'), 40, { ellipsis: ELLIPSIS });
        const where = lineCounter.linePos(at ?? node.range?.[0] ?? 0);
        return { ...where, message: formatMessage(msg("The tag '{0}' makes something other than text, a list or a mapping; Retro Coach files use no tags. Remove it.", tag)) };
      }
      if (isCollection(node)) pending.push(...node.items.map((item) => ({ node: item })));
    }
  }
  return undefined;
}

/**
 * Where a problem at `path` is: the key of its field (an unknown field, a wrong value and a
 * missing field inside a mapping all point at a key), or the entry itself for a list index.
 * When the path goes further than the document (a missing field), the deepest place that
 * exists; the document's start for the document as a whole.
 */
function locate(doc: Document, lineCounter: LineCounter, path: DocPath): { line: number; col: number } {
  let node: unknown = doc.contents;
  let at = isNode(node) && node.range ? node.range[0] : 0;
  for (const key of path) {
    let next: unknown;
    let place: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      place = isNode(pair?.key) ? pair.key : undefined;
      next = pair?.value;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
      place = isNode(next) ? next : undefined;
    }
    if (!place?.range) break;
    at = place.range[0];
    node = next;
  }
  return lineCounter.linePos(at);
}
