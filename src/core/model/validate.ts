/**
 * Runtime validation of reflection documents read from `.coaching/`. Files arrive with
 * `git clone`, so nothing in them is trusted. The shape, limits and date rules are the JSON
 * Schema's (schemas/reflection.schema.json), run by the validator generated from it at build
 * time (generated/validators.ts), so editors, the extension and the CLI judge a file alike.
 * On top, in code, only what a schema cannot say: that action ids are unique in a file.
 */
import { LIMITS, PULSE_MAX, PULSE_MIN, REFLECTION_SCHEMA, TRIGGER_KINDS, VISIBILITIES, type Reflection } from './reflection';
import { ACTION_STATUSES, FRICTION_KINDS, REFLECTION_KINDS, SCHEMA_FIELDS } from './generated/schemaFacts';
import { reflectionSchema } from './generated/validators';
import { anyOf, formatPath, schemaProblems, shown, type DocPath, type FormatWords, type SchemaValidator, type ValidationProblem } from './schemaErrors';
import { isObject, type Obj } from '../util/guards';

export { formatPath, type DocPath, type ValidationProblem };

const EXAMPLE_ACTION_ID = 'k3j9x2ab-a1';

/** What to write at each field of a reflection, for the sentences of schemaErrors.ts. */
const REFLECTION_WORDS: FormatWords = {
  document: 'The reflection',
  fields: SCHEMA_FIELDS.reflection,
  freeKeys: ['pulse'],
  advice: {
    '': 'write it as key: value lines, like the files Retro Coach writes',
    schema: `write '${REFLECTION_SCHEMA}'`,
    id: 'write the short id Retro Coach gave it, as at the end of the file name: 4–16 lower-case letters and digits (no i, l, o or u)',
    kind: `use ${anyOf(REFLECTION_KINDS)}`,
    created: 'write a real date and time with its offset, like 2026-11-25T10:12:00+01:00',
    author: "write the writer's name as text, or remove the line",
    visibility: `use ${anyOf(VISIBILITIES)}`,
    friction: `write a list of ${anyOf(FRICTION_KINDS)}, or [] for none`,
    'friction.*': `use ${anyOf(FRICTION_KINDS)}`,
    trigger: 'write a mapping with a kind, like `kind: manual`',
    'trigger.kind': `use ${anyOf(TRIGGER_KINDS)}`,
    'trigger.detail': 'write a short note as text, or remove the line',
    context: 'write a mapping with branch, task and paths (each may be left out), or remove it',
    'context.branch': 'write the branch name as text, or remove the line',
    'context.task': "write the task's name as text, or remove the line",
    'context.paths': `write a list of at most ${LIMITS.contextPaths} different file paths, or remove it`,
    'context.paths.*': "write a file's path relative to the workspace folder with '/' between folders, like src/app.ts: no leading '/', no '..', no backslash",
    exchanges: 'write a list of entries with question, text and answer, or [] for none',
    'exchanges.*': 'write a mapping with question, text and answer',
    'exchanges.*.question': "write the question's id as text",
    'exchanges.*.text': 'write the question as it was asked',
    'exchanges.*.answer': 'write the answer as text',
    pulse: `write a mapping of dimension: rating, like \`focus: 4\``,
    'pulse.*': `write a whole number from ${PULSE_MIN} to ${PULSE_MAX}`,
    'pulse#key': 'name each dimension with a lower-case word, like focus',
    actions: 'write a list of entries with id, text and status, or [] for none',
    'actions.*': 'write a mapping with id, text and status',
    'actions.*.id': `write lower-case letters, digits and '-', like ${EXAMPLE_ACTION_ID}`,
    'actions.*.text': 'write the next step as text',
    'actions.*.owner': "write the owner's name as text, or remove the line",
    'actions.*.due': 'write a real date like 2026-12-01, or remove the line',
    'actions.*.status': "write open; later changes go in a follow-up file's updates",
    updates: 'write a list of entries with action and status',
    'updates.*': 'write a mapping with action and status',
    'updates.*.action': `write the id of an earlier action, like ${EXAMPLE_ACTION_ID}`,
    'updates.*.status': `use ${anyOf(ACTION_STATUSES)}`,
    'updates.*.note': 'write the note as text, or remove the line',
  },
  neededBy: { pulse: "holds a pulse check's ratings" },
  forbidden: {
    author: "an anonymous reflection names nobody; remove 'author'",
    context: "an anonymous reflection names no branch or file, which could point at its writer; remove 'context'",
  },
};

/** Checks a parsed YAML value against format v1; returns the reflection or what is wrong with it. */
export function validateReflection(value: unknown): { reflection?: Reflection; problems: ValidationProblem[] } {
  if (isObject(value) && value.schema !== undefined && value.schema !== REFLECTION_SCHEMA) {
    // A newer format: listing its every difference from this one would help nobody.
    const message = `schema is ${shown(value.schema)}; this version of Retro Coach reads '${REFLECTION_SCHEMA}'. Fix the field, or update Retro Coach if a newer version wrote the file.`;
    return { problems: [{ path: ['schema'], message }] };
  }
  const problems = [...schemaProblems(reflectionSchema as SchemaValidator, value, REFLECTION_WORDS), ...duplicateActionIds(value)];
  return problems.length ? { problems } : { reflection: value as unknown as Reflection, problems };
}

/** Action ids must be unique within a file (they are unique across files by the reflection id in them); a schema cannot say so. */
function duplicateActionIds(value: unknown): ValidationProblem[] {
  const actions = isObject(value) && Array.isArray(value.actions) ? value.actions.slice(0, LIMITS.actions) : [];
  const firstIndex = new Map<unknown, number>();
  const problems: ValidationProblem[] = [];
  actions.forEach((action: unknown, i: number) => {
    const id = isObject(action) ? (action as Obj).id : undefined;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else problems.push({ path: ['actions', i, 'id'], message: `actions[${i}].id is ${shown(id)}, which actions[${first}] already uses; give each action its own id.` });
  });
  return problems;
}
