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
  document: string;
  /**
   * What to write, by field path with `*` for any list index or free key (`exchanges.*.answer`,
   * `pulse.*`), and `<path>#key` for the free keys of a mapping: an instruction ("write …", "use …").
   */
  advice: Readonly<Record<string, string>>;
  /** Mappings whose keys are names people choose (pulse dimensions), by path. */
  freeKeys?: readonly string[];
  /** What a field required only in some documents (an `if`/`then` of the schema) is for, by field path: "holds a pulse check's ratings". */
  neededBy?: Readonly<Record<string, string>>;
  /** Why a field the schema forbids here (a `false` schema) must go, by field path. */
  forbidden?: Readonly<Record<string, string>>;
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

/** A list in words: "a, b or c". */
export function anyOf(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
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
  const advise = (at: DocPath, fallback: string) => words.advice[fieldPattern(at, freeKeys)] ?? fallback;
  const field = formatPath(path);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const at = [...path, missing];
      const why = error.schemaPath.includes('/then/') ? words.neededBy?.[fieldPattern(at, freeKeys)] : undefined;
      return { path, message: `${path.length ? field : words.document} has no '${clipKey(missing)}'${why ? `, which ${why}` : ''}; ${advise(at, 'add it')}.` };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = words.fields[fieldPattern(path, freeKeys)] ?? [];
      const where = path.length ? ` in ${field}` : '';
      return { path: [...path, key], message: `Unknown field '${clipKey(key)}'${where}; the fields here are ${anyOf(allowed)}. Check its spelling or remove it.` };
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const advice = words.advice[`${fieldPattern(path, freeKeys)}#key`] ?? 'rename it';
      return { path: [...path, key], message: `${field} has the key '${clipKey(key)}'; ${advice}.` };
    }
    case 'maxLength':
      return { path, message: `${field} is ${count(codePointLength(String(value)))} characters long; the limit is ${count(Number(p.limit))}. Shorten it.` };
    case 'maxItems':
    case 'maxProperties':
      return { path, message: `${field} has ${count(Array.isArray(value) ? value.length : Object.keys(value as object).length)} entries; the limit is ${count(Number(p.limit))}. Remove some.` };
    case 'minItems':
      return { path, message: `${field} is an empty list; ${advise(path, 'add an entry or remove the field')}.` };
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      return { path: [...path, later], message: `${field} lists ${shown((value as unknown[])[later])} twice; remove one.` };
    }
    case 'false schema':
      return { path, message: `${field} does not belong here: ${words.forbidden?.[fieldPattern(path, freeKeys)] ?? 'remove it'}.` };
    case 'pattern':
      if (p.pattern === '\\S') return { path, message: `${field} is blank; ${advise(path, 'write some text')}, or remove the entry.` };
      return { path, message: `${field} is ${shown(value)}; ${advise(path, `write text matching ${String(p.pattern)}`)}.` };
    case 'format':
      return { path, message: `${field} is ${shown(value)}, which is not a real ${p.format === 'date' ? 'date' : 'date and time'}; ${advise(path, 'correct it')}.` };
    default:
      return { path, message: `${field || words.document} is ${shown(value)}; ${advise(path, 'correct it')}.` };
  }
}

/** 10000 as "10,000", the same on every machine. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
