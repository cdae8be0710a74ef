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
import { formatMessage, msg } from '../util/message';

export { formatPath, type DocPath, type ValidationProblem };

const EXAMPLE_ACTION_ID = 'k3j9x2ab-a1';

/** What to write at each field of a reflection, for the sentences of schemaErrors.ts. */
const REFLECTION_WORDS: FormatWords = {
  document: msg('The reflection'),
  fields: SCHEMA_FIELDS.reflection,
  freeKeys: ['pulse'],
  advice: {
    '': msg('write it as key: value lines, like the files Retro Coach writes'),
    schema: msg("write '{0}'", REFLECTION_SCHEMA),
    id: msg('write the short id Retro Coach gave it, as at the end of the file name: 4–16 lower-case letters and digits (no i, l, o or u)'),
    kind: msg('use {0}', anyOf(REFLECTION_KINDS)),
    created: msg('write a real date and time with its offset, like 2026-11-25T10:12:00+01:00'),
    author: msg("write the writer's name as text, or remove the line"),
    visibility: msg('use {0}', anyOf(VISIBILITIES)),
    friction: msg('write a list of {0}, or [] for none', anyOf(FRICTION_KINDS)),
    'friction.*': msg('use {0}', anyOf(FRICTION_KINDS)),
    trigger: msg('write a mapping with a kind, like `kind: manual`'),
    'trigger.kind': msg('use {0}', anyOf(TRIGGER_KINDS)),
    'trigger.detail': msg('write a short note as text, or remove the line'),
    context: msg('write a mapping with branch, task and paths (each may be left out), or remove it'),
    'context.branch': msg('write the branch name as text, or remove the line'),
    'context.task': msg("write the task's name as text, or remove the line"),
    'context.paths': msg('write a list of at most {0} different file paths, or remove it', LIMITS.contextPaths),
    'context.paths.*': msg("write a file's path relative to the workspace folder with '/' between folders, like src/app.ts: no leading '/', no '..', no backslash"),
    exchanges: msg('write a list of entries with question, text and answer, or [] for none'),
    'exchanges.*': msg('write a mapping with question, text and answer'),
    'exchanges.*.question': msg("write the question's id as text"),
    'exchanges.*.text': msg('write the question as it was asked'),
    'exchanges.*.answer': msg('write the answer as text'),
    pulse: msg('write a mapping of dimension: rating, like `focus: 4`'),
    'pulse.*': msg('write a whole number from {0} to {1}', PULSE_MIN, PULSE_MAX),
    'pulse#key': msg('name each dimension with a lower-case word, like focus'),
    actions: msg('write a list of entries with id, text and status, or [] for none'),
    'actions.*': msg('write a mapping with id, text and status'),
    'actions.*.id': msg("write lower-case letters, digits and '-', like {0}", EXAMPLE_ACTION_ID),
    'actions.*.text': msg('write the next step as text'),
    'actions.*.owner': msg("write the owner's name as text, or remove the line"),
    'actions.*.due': msg('write a real date like 2026-12-01, or remove the line'),
    'actions.*.status': msg("write open; later changes go in a follow-up file's updates"),
    updates: msg('write a list of entries with action and status'),
    'updates.*': msg('write a mapping with action and status'),
    'updates.*.action': msg('write the id of an earlier action, like {0}', EXAMPLE_ACTION_ID),
    'updates.*.status': msg('use {0}', anyOf(ACTION_STATUSES)),
    'updates.*.note': msg('write the note as text, or remove the line'),
  },
  neededBy: { pulse: msg("holds a pulse check's ratings") },
  forbidden: {
    author: msg("an anonymous reflection names nobody; remove 'author'"),
    context: msg("an anonymous reflection names no branch or file, which could point at its writer; remove 'context'"),
  },
};

/** Checks a parsed YAML value against format v1; returns the reflection or what is wrong with it. */
export function validateReflection(value: unknown): { reflection?: Reflection; problems: ValidationProblem[] } {
  if (isObject(value) && value.schema !== undefined && value.schema !== REFLECTION_SCHEMA) {
    // A newer format: listing its every difference from this one would help nobody.
    const message = formatMessage(msg("schema is {0}; this version of Retro Coach reads '{1}'. Fix the field, or update Retro Coach if a newer version wrote the file.", shown(value.schema), REFLECTION_SCHEMA));
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
    else problems.push({ path: ['actions', i, 'id'], message: formatMessage(msg('actions[{0}].id is {1}, which actions[{2}] already uses; give each action its own id.', i, shown(id), first)) });
  });
  return problems;
}
