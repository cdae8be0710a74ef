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
import { ACTION_ID_PATTERN as ACTION_ID, PULSE_KEY_PATTERN as PULSE_KEY, isShortId } from './ids';
import { isIsoWithOffset } from '../calendar';
import { isObject, isOneOf, type Obj } from '../util/guards';

/** Where in the document a problem is: keys and array indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

export interface ValidationProblem {
  path: DocPath;
  message: string;
}

const TOP_LEVEL_KEYS = ['schema', 'id', 'kind', 'created', 'author', 'visibility', 'friction', 'trigger', 'exchanges', 'pulse', 'actions', 'updates'];

export function formatPath(path: DocPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function oneOf(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** Checks a parsed YAML value against format v1; returns the reflection or what is wrong with it. */
export function validateReflection(value: unknown): { reflection?: Reflection; problems: ValidationProblem[] } {
  if (!isObject(value)) {
    return { problems: [{ path: [], message: `A reflection must be a YAML mapping (key: value lines), not ${describe(value)}.` }] };
  }
  const problems: ValidationProblem[] = [];
  const check = checker(problems);
  if (value.schema !== REFLECTION_SCHEMA) {
    const found = typeof value.schema === 'string' ? `'${value.schema}'` : describe(value.schema);
    check.problem(['schema'], `'schema' is ${found}; this version of Retro Coach reads '${REFLECTION_SCHEMA}'. Fix the field, or update Retro Coach if the file was written by a newer version.`);
    return { problems };
  }
  for (const section of SECTIONS) section(value, check);
  return problems.length ? { problems } : { reflection: value as unknown as Reflection, problems };
}

/** Collects problems; the field checks every section shares. */
interface Checker {
  problem: (path: DocPath, message: string) => void;
  /** An optional or required text field no longer than `max`. */
  text: (obj: Obj, key: string, path: DocPath, max: number, required: boolean) => void;
  unknownKeys: (obj: Obj, allowed: string[], path: DocPath) => void;
}

function checker(problems: ValidationProblem[]): Checker {
  const problem = (path: DocPath, message: string) => { problems.push({ path, message }); };
  return {
    problem,
    text: (obj, key, path, max, required) => {
      const v = obj[key];
      if (v === undefined || v === null) {
        if (required) problem([...path, key], `'${key}' is missing; add it as text.`);
        return;
      }
      if (typeof v !== 'string') problem([...path, key], `'${key}' must be text, not ${describe(v)}.`);
      else if (required && !v.trim()) problem([...path, key], `'${key}' is empty; write something or remove the entry.`);
      else if (v.length > max) problem([...path, key], `'${key}' is ${v.length} characters long; the limit is ${max}.`);
    },
    unknownKeys: (obj, allowed, path) => {
      for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) problem([...path, key], `Unknown field '${key}'; expected one of ${oneOf(allowed)}. Check its spelling or remove it.`);
      }
    },
  };
}

/** The document's parts, checked in this order so problems are reported top to bottom. */
const SECTIONS: ReadonlyArray<(doc: Obj, check: Checker) => void> = [
  checkHeader, checkFriction, checkTrigger, checkExchanges, checkActions, checkPulse, checkUpdates,
];

function checkHeader(doc: Obj, { problem, text, unknownKeys }: Checker): void {
  unknownKeys(doc, TOP_LEVEL_KEYS, []);
  if (!isOneOf(REFLECTION_KINDS, doc.kind)) problem(['kind'], `'kind' must be one of ${oneOf(REFLECTION_KINDS)}.`);
  if (!isShortId(doc.id)) problem(['id'], `'id' must be a short id of 4–16 letters and digits (as Retro Coach writes it), not ${describe(doc.id)}.`);
  if (!isIsoWithOffset(doc.created)) problem(['created'], `'created' must be a timestamp like 2026-11-25T10:12:00+01:00, not ${describe(doc.created)}.`);
  text(doc, 'author', [], LIMITS.ownerChars, false);
  if (!isOneOf(VISIBILITIES, doc.visibility)) problem(['visibility'], `'visibility' must be one of ${oneOf(VISIBILITIES)}.`);
  if (doc.visibility === 'anonymous' && doc.author !== undefined) problem(['author'], `An anonymous reflection must not name its author; remove 'author'.`);
}

function checkFriction(doc: Obj, { problem }: Checker): void {
  const friction = doc.friction;
  if (!Array.isArray(friction)) return problem(['friction'], `'friction' must be a list (possibly empty) of ${oneOf(FRICTION_KINDS)}.`);
  friction.forEach((kind, i) => {
    if (!isOneOf(FRICTION_KINDS, kind)) problem(['friction', i], `Unknown friction kind ${describe(kind)}; use ${oneOf(FRICTION_KINDS)}.`);
    else if (friction.indexOf(kind) !== i) problem(['friction', i], `'${kind}' is listed twice; remove one.`);
  });
}

function checkTrigger(doc: Obj, { problem, text, unknownKeys }: Checker): void {
  if (!isObject(doc.trigger)) return problem(['trigger'], `'trigger' must be a mapping with a 'kind' (${oneOf(TRIGGER_KINDS)}).`);
  unknownKeys(doc.trigger, ['kind', 'detail'], ['trigger']);
  if (!isOneOf(TRIGGER_KINDS, doc.trigger.kind)) problem(['trigger', 'kind'], `'trigger.kind' must be one of ${oneOf(TRIGGER_KINDS)}.`);
  text(doc.trigger, 'detail', ['trigger'], LIMITS.detailChars, false);
}

function checkExchanges(doc: Obj, { problem, text, unknownKeys }: Checker): void {
  if (!Array.isArray(doc.exchanges)) return problem(['exchanges'], `'exchanges' must be a list of question/text/answer entries.`);
  if (doc.exchanges.length > LIMITS.exchanges) problem(['exchanges'], `${doc.exchanges.length} exchanges; the limit is ${LIMITS.exchanges}.`);
  doc.exchanges.slice(0, LIMITS.exchanges).forEach((exchange, i) => {
    const path = ['exchanges', i];
    if (!isObject(exchange)) return problem(path, `Each exchange must be a mapping with 'question', 'text' and 'answer'.`);
    unknownKeys(exchange, ['question', 'text', 'answer'], path);
    text(exchange, 'question', path, 64, true);
    text(exchange, 'text', path, LIMITS.questionChars, true);
    text(exchange, 'answer', path, LIMITS.answerChars, true);
  });
}

function checkActions(doc: Obj, { problem, text, unknownKeys }: Checker): void {
  if (!Array.isArray(doc.actions)) return problem(['actions'], `'actions' must be a list (possibly empty) of id/text/status entries.`);
  if (doc.actions.length > LIMITS.actions) problem(['actions'], `${doc.actions.length} actions; the limit is ${LIMITS.actions}.`);
  const seen = new Set<unknown>();
  doc.actions.slice(0, LIMITS.actions).forEach((action, i) => {
    const path = ['actions', i];
    if (!isObject(action)) return problem(path, `Each action must be a mapping with 'id', 'text' and 'status'.`);
    unknownKeys(action, ['id', 'text', 'owner', 'due', 'status'], path);
    if (typeof action.id !== 'string' || !ACTION_ID.test(action.id)) problem([...path, 'id'], `'id' must be lower-case letters, digits and '-', like '${typeof doc.id === 'string' ? doc.id : 'k3j9x2ab'}-a1'.`);
    else if (seen.has(action.id)) problem([...path, 'id'], `Action id '${action.id}' is used twice in this file; give each action its own id.`);
    seen.add(action.id);
    text(action, 'text', path, LIMITS.actionChars, true);
    text(action, 'owner', path, LIMITS.ownerChars, false);
    if (action.due !== undefined && !isCalendarDate(action.due)) problem([...path, 'due'], `'due' must be a date like 2026-12-01, not ${describe(action.due)}.`);
    if (action.status !== 'open') problem([...path, 'status'], `A new action's 'status' is 'open'; later changes go in a follow-up file's 'updates'.`);
  });
}

function checkPulse(doc: Obj, { problem }: Checker): void {
  if (doc.pulse !== undefined) {
    if (!isObject(doc.pulse)) problem(['pulse'], `'pulse' must be a mapping of dimension: rating (${PULSE_MIN}–${PULSE_MAX}).`);
    else {
      const entries = Object.entries(doc.pulse);
      if (entries.length > LIMITS.pulseDimensions) problem(['pulse'], `${entries.length} pulse dimensions; the limit is ${LIMITS.pulseDimensions}.`);
      for (const [key, rating] of entries.slice(0, LIMITS.pulseDimensions)) {
        if (!PULSE_KEY.test(key)) problem(['pulse', key], `Pulse dimension '${key.slice(0, 40)}' must be a lower-case word like 'focus'.`);
        else if (!Number.isInteger(rating) || (rating as number) < PULSE_MIN || (rating as number) > PULSE_MAX) problem(['pulse', key], `'${key}' must be a whole number from ${PULSE_MIN} to ${PULSE_MAX}, not ${describe(rating)}.`);
      }
    }
  }
  if (doc.kind === 'pulse' && !isObject(doc.pulse)) problem(['pulse'], `A pulse check needs its 'pulse' ratings.`);
}

function checkUpdates(doc: Obj, { problem, text, unknownKeys }: Checker): void {
  if (doc.updates === undefined) return;
  if (!Array.isArray(doc.updates)) return problem(['updates'], `'updates' must be a list of action/status entries.`);
  if (doc.updates.length > LIMITS.updates) problem(['updates'], `${doc.updates.length} updates; the limit is ${LIMITS.updates}.`);
  doc.updates.slice(0, LIMITS.updates).forEach((update, i) => {
    const path = ['updates', i];
    if (!isObject(update)) return problem(path, `Each update must be a mapping with 'action' and 'status'.`);
    unknownKeys(update, ['action', 'status', 'note'], path);
    if (typeof update.action !== 'string' || !ACTION_ID.test(update.action)) problem([...path, 'action'], `'action' must be the id of an earlier action, like 'k3j9x2ab-a1'.`);
    if (!isOneOf(ACTION_STATUSES, update.status)) problem([...path, 'status'], `'status' must be one of ${oneOf(ACTION_STATUSES)}.`);
    text(update, 'note', path, LIMITS.noteChars, false);
  });
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
