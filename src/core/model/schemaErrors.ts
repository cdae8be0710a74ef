/**
 * What the validators generated from the schemas found, as plain sentences: each names the
 * field, shows the bad value (escaped and clipped, never the whole of it) and says what to
 * write instead, e.g. "visibility is 42; use team, anonymous or private." The path of each
 * problem is where it is in the document; the YAML reader turns it into the line and column
 * of the key (reflectionYaml.ts).
 */
import { ELLIPSIS, clip } from '../util/clip';
import { codePointLength } from '../util/codePoints';
import { escapeControls } from '../util/plainText';
import { isObject } from '../util/guards';
import { formatMessage, msg, type Message } from '../util/message';

/** What ajv's standalone code reports (generated with `messages: false`). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Set on the errors of a `propertyNames` subschema: the key that failed. */
  propertyName?: string;
}

/** A validator from generated/validators.ts. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Where in the document a problem is: keys and list indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

export interface ValidationProblem {
  path: DocPath;
  message: string;
}

/** How to speak about one file format: its name, and what to write at each field. */
export interface FormatWords {
  /** What the document is called when a field is missing at its top: "The reflection", "config.yaml". */
  document: string | Message;
  /**
   * What to write, by field path with `*` for any list index or free key (`exchanges.*.answer`,
   * `pulse.*`), and `<path>#key` for the free keys of a mapping: an instruction ("write …", "use …").
   */
  advice: Readonly<Record<string, Message>>;
  /** Mappings whose keys are names people choose (pulse dimensions), by path. */
  freeKeys?: readonly string[];
  /** What a field required only in some documents (an `if`/`then` of the schema) is for, by field path: "holds a pulse check's ratings". */
  neededBy?: Readonly<Record<string, Message>>;
  /** Why a field the schema forbids here (a `false` schema) must go, by field path. */
  forbidden?: Readonly<Record<string, Message>>;
  /** The fields each mapping allows, by path (generated/schemaFacts.ts SCHEMA_FIELDS). */
  fields: Readonly<Record<string, readonly string[]>>;
}

export function formatPath(path: DocPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${clipKey(key)}` : clipKey(key)), '');
}

/** `exchanges.*.answer` for ['exchanges', 3, 'answer'], `pulse.*` for ['pulse', 'focus']: the key of a field's advice. */
export function fieldPattern(path: DocPath, freeKeys: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const key of path) parts.push(typeof key === 'number' || freeKeys.has(parts.join('.')) ? '*' : key);
  return parts.join('.');
}

/** A list in words: "a, b or c" (the values are what to type: never translated, only the "or"). */
export function anyOf(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length < 2 ? words.join('') : formatMessage(msg('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1]));
}

const clipKey = (key: string) => escapeControls(clip(key, 40, { ellipsis: ELLIPSIS }));

/** A short, safe description of a value for a message: escaped, clipped, never the whole value. */
export function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${escapeControls(clip(value, 40, { ellipsis: ELLIPSIS }))}'`;
  return String(value);
}

/** The value at a JSON pointer of the validated data, and the path to it (list indexes as numbers). */
function resolve(data: unknown, pointer: string): { path: (string | number)[]; value: unknown } {
  const path: (string | number)[] = [];
  let value = data;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      path.push(Number(key));
      value = value[Number(key)];
    } else {
      path.push(key);
      value = isObject(value) ? value[key] : undefined;
    }
  }
  return { path, value };
}

/** Keywords about the value itself: one sentence per field is enough, whichever of them failed first. */
const VALUE_KEYWORDS = new Set(['type', 'enum', 'const', 'pattern', 'format', 'minimum', 'maximum']);

/**
 * Every problem the validator found in `data`, as sentences at paths, in the validator's
 * order (the schema's); duplicates and the bookkeeping errors of `if` are left out.
 */
export function schemaProblems(validate: SchemaValidator, data: unknown, words: FormatWords): ValidationProblem[] {
  if (validate(data)) return [];
  const freeKeys = new Set(words.freeKeys ?? []);
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if' || error.propertyName !== undefined) continue;
    const problem = sentence(error, data, words, freeKeys);
    const key = VALUE_KEYWORDS.has(error.keyword) ? `value:${JSON.stringify(problem.path)}` : `${JSON.stringify(problem.path)}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function sentence(error: SchemaError, data: unknown, words: FormatWords, freeKeys: ReadonlySet<string>): ValidationProblem {
  const { path, value } = resolve(data, error.instancePath);
  const said = (m: Message) => ({ path, message: formatMessage(m) });
  const advise = (at: DocPath, fallback: Message) => words.advice[fieldPattern(at, freeKeys)] ?? fallback;
  const field = formatPath(path);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const at = [...path, missing];
      const why = error.schemaPath.includes('/then/') ? words.neededBy?.[fieldPattern(at, freeKeys)] : undefined;
      const where = path.length ? field : words.document;
      return said(why ? msg("{0} has no '{1}', which {2}; {3}.", where, clipKey(missing), why, advise(at, msg('add it'))) : msg("{0} has no '{1}'; {2}.", where, clipKey(missing), advise(at, msg('add it'))));
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = anyOf(words.fields[fieldPattern(path, freeKeys)] ?? []);
      const m = path.length
        ? msg("Unknown field '{0}' in {1}; the fields here are {2}. Check its spelling or remove it.", clipKey(key), field, allowed)
        : msg("Unknown field '{0}'; the fields here are {1}. Check its spelling or remove it.", clipKey(key), allowed);
      return { path: [...path, key], message: formatMessage(m) };
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const advice = words.advice[`${fieldPattern(path, freeKeys)}#key`] ?? msg('rename it');
      return { path: [...path, key], message: formatMessage(msg("{0} has the key '{1}'; {2}.", field, clipKey(key), advice)) };
    }
    case 'maxLength':
      return said(msg('{0} is {1} characters long; the limit is {2}. Shorten it.', field, count(codePointLength(String(value))), count(Number(p.limit))));
    case 'maxItems':
    case 'maxProperties':
      return said(msg('{0} has {1} entries; the limit is {2}. Remove some.', field, count(Array.isArray(value) ? value.length : Object.keys(value as object).length), count(Number(p.limit))));
    case 'minItems':
      return said(msg('{0} is an empty list; {1}.', field, advise(path, msg('add an entry or remove the field'))));
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      return { path: [...path, later], message: formatMessage(msg('{0} lists {1} twice; remove one.', field, shown((value as unknown[])[later]))) };
    }
    case 'false schema':
      return said(msg('{0} does not belong here: {1}.', field, words.forbidden?.[fieldPattern(path, freeKeys)] ?? msg('remove it')));
    case 'pattern':
      if (p.pattern === '\\S') return said(msg('{0} is blank; {1}, or remove the entry.', field, advise(path, msg('write some text'))));
      return said(msg('{0} is {1}; {2}.', field, shown(value), advise(path, msg('write text matching {0}', String(p.pattern)))));
    case 'format':
      return said(p.format === 'date'
        ? msg('{0} is {1}, which is not a real date; {2}.', field, shown(value), advise(path, msg('correct it')))
        : msg('{0} is {1}, which is not a real date and time; {2}.', field, shown(value), advise(path, msg('correct it'))));
    default:
      return said(msg('{0} is {1}; {2}.', field || words.document, shown(value), advise(path, msg('correct it'))));
  }
}

/** 10000 as "10,000", the same on every machine. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
