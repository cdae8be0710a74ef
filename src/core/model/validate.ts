/**
 * Runtime validation of reflection documents read from `.coaching/`. Files arrive with
 * `git clone`, so nothing in them is trusted: every field is checked for type, value
 * and size before the rest of Retro Coach sees it.
 */
import {
  ACTION_STATUSES,
  FRICTION_KINDS,
  LIMITS,
  PULSE_MAX,
  PULSE_MIN,
  REFLECTION_KINDS,
  REFLECTION_SCHEMA,
  TRIGGER_KINDS,
  VISIBILITIES,
  isCalendarDate,
  type Reflection,
} from './reflection';
import { isShortId } from './ids';
import { isIsoWithOffset } from '../calendar';

/** Where in the document a problem is: keys and array indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

export interface ValidationProblem {
  path: DocPath;
  message: string;
}

const TOP_LEVEL_KEYS = ['schema', 'id', 'kind', 'created', 'author', 'visibility', 'friction', 'trigger', 'exchanges', 'pulse', 'actions', 'updates'];
/** Action ids: `<reflection id>-a<n>` as written, but any short lower-case id is accepted. */
const ACTION_ID = /^[a-z0-9-]{1,40}$/;
const PULSE_KEY = /^[a-z][a-z0-9-]{0,31}$/;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function formatPath(path: DocPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function oneOf(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** Checks a parsed YAML value against format v1; returns the reflection or what is wrong with it. */
export function validateReflection(value: unknown): { reflection?: Reflection; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  const problem = (path: DocPath, message: string) => problems.push({ path, message });

  const text = (obj: Obj, key: string, path: DocPath, max: number, required: boolean) => {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) problem([...path, key], `'${key}' is missing; add it as text.`);
      return;
    }
    if (typeof v !== 'string') problem([...path, key], `'${key}' must be text, not ${describe(v)}.`);
    else if (required && !v.trim()) problem([...path, key], `'${key}' is empty; write something or remove the entry.`);
    else if (v.length > max) problem([...path, key], `'${key}' is ${v.length} characters long; the limit is ${max}.`);
  };

  const unknownKeys = (obj: Obj, allowed: string[], path: DocPath) => {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) problem([...path, key], `Unknown field '${key}'; expected one of ${oneOf(allowed)}. Check its spelling or remove it.`);
    }
  };

  if (!isObject(value)) {
    return { problems: [{ path: [], message: `A reflection must be a YAML mapping (key: value lines), not ${describe(value)}.` }] };
  }
  if (value.schema !== REFLECTION_SCHEMA) {
    const found = typeof value.schema === 'string' ? `'${value.schema}'` : describe(value.schema);
    problem(['schema'], `'schema' is ${found}; this version of Retro Coach reads '${REFLECTION_SCHEMA}'. Fix the field, or update Retro Coach if the file was written by a newer version.`);
    return { problems };
  }
  unknownKeys(value, TOP_LEVEL_KEYS, []);
  if (!(REFLECTION_KINDS as readonly unknown[]).includes(value.kind)) problem(['kind'], `'kind' must be one of ${oneOf(REFLECTION_KINDS)}.`);
  if (!isShortId(value.id)) problem(['id'], `'id' must be a short id of 4–16 letters and digits (as Retro Coach writes it), not ${describe(value.id)}.`);
  if (!isIsoWithOffset(value.created)) problem(['created'], `'created' must be a timestamp like 2026-11-25T10:12:00+01:00, not ${describe(value.created)}.`);
  text(value, 'author', [], LIMITS.ownerChars, false);
  if (!(VISIBILITIES as readonly unknown[]).includes(value.visibility)) problem(['visibility'], `'visibility' must be one of ${oneOf(VISIBILITIES)}.`);
  if (value.visibility === 'anonymous' && value.author !== undefined) problem(['author'], `An anonymous reflection must not name its author; remove 'author'.`);

  if (!Array.isArray(value.friction)) problem(['friction'], `'friction' must be a list (possibly empty) of ${oneOf(FRICTION_KINDS)}.`);
  else {
    value.friction.forEach((kind, i) => {
      if (!(FRICTION_KINDS as readonly unknown[]).includes(kind)) problem(['friction', i], `Unknown friction kind ${describe(kind)}; use ${oneOf(FRICTION_KINDS)}.`);
      else if (value.friction instanceof Array && value.friction.indexOf(kind) !== i) problem(['friction', i], `'${kind}' is listed twice; remove one.`);
    });
  }

  if (!isObject(value.trigger)) problem(['trigger'], `'trigger' must be a mapping with a 'kind' (${oneOf(TRIGGER_KINDS)}).`);
  else {
    unknownKeys(value.trigger, ['kind', 'detail'], ['trigger']);
    if (!(TRIGGER_KINDS as readonly unknown[]).includes(value.trigger.kind)) problem(['trigger', 'kind'], `'trigger.kind' must be one of ${oneOf(TRIGGER_KINDS)}.`);
    text(value.trigger, 'detail', ['trigger'], LIMITS.detailChars, false);
  }

  if (!Array.isArray(value.exchanges)) problem(['exchanges'], `'exchanges' must be a list of question/text/answer entries.`);
  else {
    if (value.exchanges.length > LIMITS.exchanges) problem(['exchanges'], `${value.exchanges.length} exchanges; the limit is ${LIMITS.exchanges}.`);
    value.exchanges.slice(0, LIMITS.exchanges).forEach((exchange, i) => {
      const path = ['exchanges', i];
      if (!isObject(exchange)) return problem(path, `Each exchange must be a mapping with 'question', 'text' and 'answer'.`);
      unknownKeys(exchange, ['question', 'text', 'answer'], path);
      text(exchange, 'question', path, 64, true);
      text(exchange, 'text', path, LIMITS.questionChars, true);
      text(exchange, 'answer', path, LIMITS.answerChars, true);
    });
  }

  if (!Array.isArray(value.actions)) problem(['actions'], `'actions' must be a list (possibly empty) of id/text/status entries.`);
  else {
    if (value.actions.length > LIMITS.actions) problem(['actions'], `${value.actions.length} actions; the limit is ${LIMITS.actions}.`);
    const seen = new Set<unknown>();
    value.actions.slice(0, LIMITS.actions).forEach((action, i) => {
      const path = ['actions', i];
      if (!isObject(action)) return problem(path, `Each action must be a mapping with 'id', 'text' and 'status'.`);
      unknownKeys(action, ['id', 'text', 'owner', 'due', 'status'], path);
      if (typeof action.id !== 'string' || !ACTION_ID.test(action.id)) problem([...path, 'id'], `'id' must be lower-case letters, digits and '-', like '${typeof value.id === 'string' ? value.id : 'k3j9x2ab'}-a1'.`);
      else if (seen.has(action.id)) problem([...path, 'id'], `Action id '${action.id}' is used twice in this file; give each action its own id.`);
      seen.add(action.id);
      text(action, 'text', path, LIMITS.actionChars, true);
      text(action, 'owner', path, LIMITS.ownerChars, false);
      if (action.due !== undefined && !isCalendarDate(action.due)) problem([...path, 'due'], `'due' must be a date like 2026-12-01, not ${describe(action.due)}.`);
      if (action.status !== 'open') problem([...path, 'status'], `A new action's 'status' is 'open'; later changes go in a follow-up file's 'updates'.`);
    });
  }

  if (value.pulse !== undefined) {
    if (!isObject(value.pulse)) problem(['pulse'], `'pulse' must be a mapping of dimension: rating (${PULSE_MIN}–${PULSE_MAX}).`);
    else {
      const entries = Object.entries(value.pulse);
      if (entries.length > LIMITS.pulseDimensions) problem(['pulse'], `${entries.length} pulse dimensions; the limit is ${LIMITS.pulseDimensions}.`);
      for (const [key, rating] of entries.slice(0, LIMITS.pulseDimensions)) {
        if (!PULSE_KEY.test(key)) problem(['pulse', key], `Pulse dimension '${key.slice(0, 40)}' must be a lower-case word like 'focus'.`);
        else if (!Number.isInteger(rating) || (rating as number) < PULSE_MIN || (rating as number) > PULSE_MAX) problem(['pulse', key], `'${key}' must be a whole number from ${PULSE_MIN} to ${PULSE_MAX}, not ${describe(rating)}.`);
      }
    }
  }
  if (value.kind === 'pulse' && !isObject(value.pulse)) problem(['pulse'], `A pulse check needs its 'pulse' ratings.`);

  if (value.updates !== undefined) {
    if (!Array.isArray(value.updates)) problem(['updates'], `'updates' must be a list of action/status entries.`);
    else {
      if (value.updates.length > LIMITS.updates) problem(['updates'], `${value.updates.length} updates; the limit is ${LIMITS.updates}.`);
      value.updates.slice(0, LIMITS.updates).forEach((update, i) => {
        const path = ['updates', i];
        if (!isObject(update)) return problem(path, `Each update must be a mapping with 'action' and 'status'.`);
        unknownKeys(update, ['action', 'status', 'note'], path);
        if (typeof update.action !== 'string' || !ACTION_ID.test(update.action)) problem([...path, 'action'], `'action' must be the id of an earlier action, like 'k3j9x2ab-a1'.`);
        if (!(ACTION_STATUSES as readonly unknown[]).includes(update.status)) problem([...path, 'status'], `'status' must be one of ${oneOf(ACTION_STATUSES)}.`);
        text(update, 'note', path, LIMITS.noteChars, false);
      });
    }
  }

  return problems.length ? { problems } : { reflection: value as unknown as Reflection, problems };
}

/** A short, safe description of a value for error messages (never the whole value). */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return `${typeof value} ${String(value)}`;
}
