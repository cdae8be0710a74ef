/**
 * A team's own settings for Retro Coach, committed with the reflections:
 *   .coaching/config.yaml     — default visibility, how the team's questions combine with the
 *                               built-in bank, enabled friction kinds, pulse dimensions
 *   .coaching/questions.yaml  — the team's own questions, tagged like the built-in bank
 * Both arrive with `git clone`, so they are parsed with limits and validated field by field;
 * a bad field is reported with its line and ignored, never fatal.
 */
import { LineCounter, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { lintQuestions } from '../questions/lint';
import type { Question } from '../questions/question';
import { PULSE_DIMENSIONS, type PulseDimension } from '../coach/quickCaptures';
import { FRICTION_KINDS, GROW_STAGES, LIMITS, isFrictionKind, isGrowStage, isVisibility, type FrictionKind, type Visibility } from './reflection';
import { clip } from '../util/clip';
import { isObject } from '../util/guards';

export const CONFIG_SCHEMA = 'retro-coach/config/v1';
export const QUESTIONS_SCHEMA = 'retro-coach/questions/v1';
export const CONFIG_FILE = '.coaching/config.yaml';
export const QUESTIONS_FILE = '.coaching/questions.yaml';
const MAX_TEAM_QUESTIONS = 500;

export interface TeamConfig {
  /** `merge`: team questions join the built-in bank; `replace`: they are the whole bank. */
  questions: 'merge' | 'replace';
  defaultVisibility?: Visibility;
  /** Friction kinds offered in sessions and quick captures. */
  friction: FrictionKind[];
  pulse: PulseDimension[];
}

export const DEFAULT_TEAM_CONFIG: TeamConfig = { questions: 'merge', friction: [...FRICTION_KINDS], pulse: [...PULSE_DIMENSIONS] };

/** A problem in a team file: where it is and what to do; severity says whether anything was ignored. */
export interface TeamFileProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Parses YAML with the same limits as reflections, and a way to point at any path in it. */
function load(file: string, text: string): { value?: unknown; problems: TeamFileProblem[]; at(path: Array<string | number>): { line: number; col: number } } {
  const lineCounter = new LineCounter();
  const problem = (message: string, line = 1, col = 1): TeamFileProblem => ({ file, line, col, message, severity: 'error' });
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) return { problems: [problem(`The file is larger than ${LIMITS.fileBytes} bytes; shorten it.`)], at: () => ({ line: 1, col: 1 }) };
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (path: Array<string | number>) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (isScalar(node) || typeof node === 'object') && node.range) return lineCounter.linePos(node.range[0]);
    }
    return { line: 1, col: 1 };
  };
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => problem(`YAML syntax: ${e.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?\s*$/, '')}`, e.linePos?.[0].line, e.linePos?.[0].col)), at };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 50 }), problems: [], at };
  } catch (err) {
    return { problems: [problem(`The file could not be read as data: ${(err as Error).message}`)], at };
  }
}

/** Reads `.coaching/config.yaml`; every field that is wrong is reported and left at its default. */
export function parseTeamConfig(text: string, file = CONFIG_FILE): { config: TeamConfig; problems: TeamFileProblem[] } {
  const { value, problems, at } = load(file, text);
  const config: TeamConfig = { ...DEFAULT_TEAM_CONFIG, friction: [...DEFAULT_TEAM_CONFIG.friction], pulse: [...DEFAULT_TEAM_CONFIG.pulse] };
  if (value === undefined || value === null) return { config, problems };
  const bad = (path: Array<string | number>, message: string) => problems.push({ file, ...at(path), message, severity: 'warning' });
  if (!isObject(value)) {
    bad([], 'config.yaml must be a mapping (key: value lines).');
    return { config, problems };
  }
  if (value.schema !== undefined && value.schema !== CONFIG_SCHEMA) bad(['schema'], `'schema' should be '${CONFIG_SCHEMA}'.`);
  for (const key of Object.keys(value)) {
    if (!['schema', 'questions', 'defaultVisibility', 'friction', 'pulse'].includes(key)) bad([key], `Unknown setting '${key}'; expected schema, questions, defaultVisibility, friction or pulse.`);
  }
  if (value.questions !== undefined) {
    if (value.questions === 'merge' || value.questions === 'replace') config.questions = value.questions;
    else bad(['questions'], `'questions' must be 'merge' (add the team's questions to the built-in ones) or 'replace'; using 'merge'.`);
  }
  if (value.defaultVisibility !== undefined) {
    if (isVisibility(value.defaultVisibility)) config.defaultVisibility = value.defaultVisibility;
    else bad(['defaultVisibility'], `'defaultVisibility' must be team, anonymous or private.`);
  }
  if (value.friction !== undefined) {
    const list = Array.isArray(value.friction) ? value.friction : [];
    const kinds = list.filter(isFrictionKind);
    if (!Array.isArray(value.friction) || !kinds.length || kinds.length !== list.length) bad(['friction'], `'friction' must list some of ${FRICTION_KINDS.join(', ')}; unknown entries are ignored.`);
    if (kinds.length) config.friction = [...new Set(kinds)];
  }
  if (value.pulse !== undefined) {
    const dims: PulseDimension[] = [];
    (Array.isArray(value.pulse) ? value.pulse : []).forEach((entry, i) => {
      const known = typeof entry === 'string' ? PULSE_DIMENSIONS.find((d) => d.id === entry) : undefined;
      if (known) return dims.push(known);
      if (isObject(entry) && typeof entry.id === 'string' && /^[a-z][a-z0-9-]{0,31}$/.test(entry.id) && typeof entry.label === 'string' && entry.label.trim()) {
        return dims.push({ id: entry.id, label: entry.label.trim().slice(0, 40), low: String(entry.low ?? 'low').slice(0, 60), high: String(entry.high ?? 'high').slice(0, 60) });
      }
      bad(['pulse', i], `A pulse dimension is one of ${PULSE_DIMENSIONS.map((d) => d.id).join(', ')}, or a mapping with id (lower-case word), label, low and high.`);
    });
    if (dims.length > LIMITS.pulseDimensions) bad(['pulse'], `At most ${LIMITS.pulseDimensions} pulse dimensions; the rest are ignored.`);
    if (dims.length) config.pulse = dims.slice(0, LIMITS.pulseDimensions);
  }
  return { config, problems };
}

/**
 * Reads `.coaching/questions.yaml`. Questions that are malformed are left out with an error;
 * the bank lint runs on the rest and its findings are warnings (the team decides).
 */
export function parseTeamQuestions(text: string, file = QUESTIONS_FILE): { questions: Question[]; problems: TeamFileProblem[] } {
  const { value, problems, at } = load(file, text);
  const questions: Question[] = [];
  if (value === undefined || value === null) return { questions, problems };
  const err = (path: Array<string | number>, message: string, severity: TeamFileProblem['severity'] = 'error') => problems.push({ file, ...at(path), message, severity });
  const list = isObject(value) ? value.questions : undefined;
  if (!Array.isArray(list)) {
    err([], `questions.yaml needs a 'questions:' list of entries with id, text, kind and stage.`);
    return { questions, problems };
  }
  if (isObject(value) && value.schema !== undefined && value.schema !== QUESTIONS_SCHEMA) err(['schema'], `'schema' should be '${QUESTIONS_SCHEMA}'.`, 'warning');
  list.slice(0, MAX_TEAM_QUESTIONS).forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.id !== 'string' || typeof entry.text !== 'string' || !isFrictionKind(entry.kind) || !isGrowStage(entry.stage)) {
      return err(['questions', i], `Each question needs id, text, kind (${FRICTION_KINDS.join(', ')}) and stage (${GROW_STAGES.join(', ')}); this one is left out.`);
    }
    questions.push({ id: entry.id, text: clip(entry.text.trim(), LIMITS.questionChars), kind: entry.kind, stage: entry.stage });
  });
  if (list.length > MAX_TEAM_QUESTIONS) err(['questions'], `Only the first ${MAX_TEAM_QUESTIONS} questions are used.`, 'warning');
  const indexOf = new Map(questions.map((q) => [q, list.findIndex((e) => isObject(e) && e.id === q.id)] as const));
  for (const p of lintQuestions(questions)) {
    if (p.rule === 'missing-coverage') continue; // a team file may add to some cells only; coverage is checked on the combined bank
    const q = questions.find((x) => x.id === p.id);
    err(q ? ['questions', indexOf.get(q) ?? 0, 'text'] : ['questions'], p.message, 'warning');
  }
  return { questions, problems };
}

/** The bank a session draws from: built-ins plus the team's (team ids win), or the team's alone. */
export function combineBank(builtIn: readonly Question[], team: readonly Question[], config: TeamConfig): Question[] {
  const enabled = (q: Question) => config.friction.includes(q.kind);
  if (config.questions === 'replace' && team.length) return team.filter(enabled);
  const teamIds = new Set(team.map((q) => q.id));
  return [...builtIn.filter((q) => !teamIds.has(q.id)), ...team].filter(enabled);
}
