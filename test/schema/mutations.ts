/**
 * Generated `.coaching/` files for the differential test (test/unit/schemaDifferential.test.ts):
 * valid files, and each with one mutation: every field missing, of the wrong type, null,
 * blank, too long by one at its limit (written with emoji, which JSON Schema counts as one
 * character each), an impossible date, an unknown key, a tag or merge key YAML data has no
 * place for. The schema (ajv) and what the extension shows must give each the same verdict.
 */
import { Document, isNode, type Node } from 'yaml';
import type { Reflection } from '../../src/core/model/reflection';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { buildReflection } from '../fixtures/reflections';

export interface GeneratedFile {
  /** What was done to the valid file, for a failing assertion's message. */
  name: string;
  text: string;
}

type Path = Array<string | number>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON Schema, as far as the generator reads it. */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  maxLength?: number;
  format?: string;
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
}

/** The valid reflections every mutation starts from: each optional field present in one of them. */
export function validReflections(): Record<string, Reflection> {
  const session = buildReflection({
    id: 'k3j9x2ab',
    trigger: { kind: 'long-debug', detail: 'flaky e2e suite' },
    friction: ['technical', 'procedural'],
    nextStep: { text: 'Quarantine the flaky tests', owner: 'Ada Tester', due: '2026-12-01' },
    updates: [{ action: 'old1old1-a1', status: 'done', note: 'Split the suite' }],
  });
  const pulse = buildReflection({ id: 'p5p5p5p5', kind: 'pulse', friction: [], exchanges: [], pulse: { focus: 4, flow: 2 }, created: '2024-02-29T23:59:59.5Z' });
  const anonymous = buildReflection({ id: 'anmzanmz', visibility: 'anonymous', author: undefined, kind: 'blocker', friction: [] });
  delete anonymous.author;
  return { session, pulse, anonymous };
}

const EMOJI = '😀';

/** Text of `length` characters (code points) mixing emoji and letters, the way JSON Schema counts it. */
export function emojiText(length: number): string {
  const emoji = Math.floor(length / 2);
  return EMOJI.repeat(emoji) + 'a'.repeat(length - emoji);
}

/** The branch of an if/then/else schema that applies to a value (the config's pulse items: an id, or a mapping). */
function branch(schema: SchemaNode, value: Json): SchemaNode {
  if (!schema.if) return schema;
  return (typeof value === 'string' ? schema.then : schema.else) ?? {};
}

/** Each field's path in `data`, with the schema node that describes it. */
function fields(outer: SchemaNode, data: Json, path: Path = []): Array<{ path: Path; schema: SchemaNode; value: Json }> {
  const schema = branch(outer, data);
  const out: Array<{ path: Path; schema: SchemaNode; value: Json }> = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      const itemSchema = schema.items ?? {};
      out.push({ path: [...path, i], schema: branch(itemSchema, item), value: item }, ...fields(itemSchema, item, [...path, i]));
    });
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const sub = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {});
      out.push({ path: [...path, key], schema: branch(sub, value), value }, ...fields(sub, value, [...path, key]));
    }
  }
  return out;
}

function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `data` with the value at `path` replaced (or removed, for undefined). */
function setAt(data: Json, path: Path, value: Json | undefined): Json {
  const copy = clone(data);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value !== undefined) node[last] = value;
  else if (Array.isArray(node)) node.splice(last as number, 1);
  else delete node[last];
  return copy;
}

const yamlText = (data: Json) => new Document(data).toString({ lineWidth: 0 });

/** Values of another type than the field's, one of each kind. */
function wrongTypes(value: Json): Json[] {
  if (typeof value === 'string') return [42, ['x'], { x: 'y' }, true];
  if (typeof value === 'number') return ['three', 3.5, [3]];
  if (Array.isArray(value)) return ['x', { x: 1 }];
  if (value !== null && typeof value === 'object') return ['x', ['x']];
  return ['x'];
}

const IMPOSSIBLE: Record<string, string[]> = {
  'date-time': ['2026-13-25T10:12:00+01:00', '2026-11-25T25:00:00+01:00', '2026-02-30T10:00:00Z', '2026-11-25T10:60:00Z', '0050-01-01T10:00:00Z', '2026-11-25T10:12:00+24:00', '2026-11-25 10:12:00Z'],
  date: ['2026-02-30', '2025-02-29', '2026-04-31', '0099-12-31', '0000-01-01', '12026-01-01', '2026-1-1'],
};

/** Every single-field mutation of one valid document. */
function fieldMutations(name: string, schema: SchemaNode, data: Json): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  const add = (what: string, mutated: Json) => out.push({ name: `${name}: ${what}`, text: yamlText(mutated) });
  for (const field of fields(schema, data)) {
    const where = field.path.join('.');
    add(`${where} missing`, setAt(data, field.path, undefined) as Json);
    add(`${where} null`, setAt(data, field.path, null));
    for (const wrong of wrongTypes(field.value)) add(`${where} = ${JSON.stringify(wrong)}`, setAt(data, field.path, wrong));
    if (typeof field.value === 'string') {
      add(`${where} blank`, setAt(data, field.path, '  \t '));
      add(`${where} empty`, setAt(data, field.path, ''));
      add(`${where} unknown word`, setAt(data, field.path, 'everyone'));
    }
    if (field.schema.maxLength !== undefined) {
      for (const delta of [-1, 0, 1]) add(`${where} ${field.schema.maxLength + delta} characters with emoji`, setAt(data, field.path, emojiText(field.schema.maxLength + delta)));
    }
    for (const impossible of IMPOSSIBLE[field.schema.format ?? ''] ?? []) add(`${where} = ${impossible}`, setAt(data, field.path, impossible));
    if (field.value !== null && typeof field.value === 'object' && !Array.isArray(field.value)) {
      add(`${where} with an unknown key`, setAt(data, [...field.path, 'Extra Key'], 1));
      add(`${where} with an unknown word key`, setAt(data, [...field.path, 'extra'], 1));
    }
  }
  add('unknown top-level key', setAt(data, ['extra'], 'x'));
  return out;
}

/** A tag on the node at `path`: YAML types that are not JSON data, or tags nobody defines. */
function tagged(data: Json, path: Path, tag: string): string {
  const doc = new Document(data);
  const node = doc.getIn(path, true) as Node | undefined;
  if (!isNode(node)) throw new Error(`nothing at ${path.join('.')}`);
  node.tag = tag;
  return doc.toString({ lineWidth: 0 });
}

const TAGS = ['tag:yaml.org,2002:binary', 'tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:omap', 'tag:yaml.org,2002:set', '!custom'];

/** What YAML can say that JSON data cannot: tags, merge keys, a second document. */
function yamlMutations(name: string, data: Json, paths: Path[]): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const path of paths) for (const tag of TAGS) out.push({ name: `${name}: ${tag} on ${path.join('.')}`, text: tagged(data, path, tag) });
  const text = yamlText(data);
  out.push(
    { name: `${name}: merge key`, text: `${text}<<: { extra: 1 }\n` },
    { name: `${name}: merge key from an alias`, text: text.replace(/^trigger:/m, 'trigger: &t').concat('other: { <<: *t }\n') },
    { name: `${name}: two documents`, text: `${text}---\n${text}` },
    { name: `${name}: a list, not a mapping`, text: `- ${JSON.stringify(data)}\n` },
  );
  return out;
}

/** Every reflection file of the differential run: the valid ones (also as Retro Coach writes them) and their mutations. */
export function reflectionFiles(schema: SchemaNode): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const [name, reflection] of Object.entries(validReflections())) {
    const data = clone(reflection as unknown as Json);
    out.push({ name: `${name}: valid`, text: yamlText(data) }, { name: `${name}: as written`, text: serializeReflection(reflection) });
    out.push(...fieldMutations(name, schema, data));
    if (name === 'session') out.push(...yamlMutations(name, data, [['created'], ['exchanges', 0, 'answer'], ['trigger'], ['actions', 0, 'due'], ['friction']]));
    if (name === 'pulse') out.push(...yamlMutations(name, data, [['pulse'], ['pulse', 'focus']]));
  }
  return out;
}

/** config.yaml and questions.yaml: a valid file of each and their single-field mutations. */
export function teamFiles(schemas: { config: SchemaNode; questions: SchemaNode }): { config: GeneratedFile[]; questions: GeneratedFile[] } {
  const config: Json = {
    schema: 'retro-coach/config/v1', questions: 'merge', defaultVisibility: 'team', friction: ['technical', 'cultural'],
    pulse: ['focus', { id: 'sleep', label: 'Sleep', low: 'exhausted', high: 'rested' }],
  };
  const questions: Json = {
    schema: 'retro-coach/questions/v1',
    questions: [{ id: 'team-goal-01', text: 'What would a calm release day look like for you?', kind: 'procedural', stage: 'goal' }],
  };
  return {
    config: [{ name: 'config: valid', text: yamlText(config) }, ...fieldMutations('config', schemas.config, config)],
    questions: [{ name: 'questions: valid', text: yamlText(questions) }, ...fieldMutations('questions', schemas.questions, questions)],
  };
}
