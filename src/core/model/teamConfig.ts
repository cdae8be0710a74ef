/**
 * A team's own settings for Retro Coach, committed with the reflections:
 *   .coaching/config.yaml     — default visibility, how the team's questions combine with the
 *                               built-in bank, enabled friction kinds, pulse dimensions
 *   .coaching/questions.yaml  — the team's own questions, tagged like the built-in bank
 * Both arrive with `git clone`, so they are parsed with limits and judged by their JSON
 * Schemas (schemas/config.schema.json, questions.schema.json, compiled at build time); a bad
 * field is reported at its key and ignored, never fatal.
 */
import { lintQuestionText } from '../questions/lint';
import { QUESTION_ID_PATTERN, type Question } from '../questions/question';
import { PULSE_DIMENSIONS, type PulseDimension } from '../coach/quickCaptures';
import { FRICTION_KINDS, GROW_STAGES, LIMITS, VISIBILITIES, isFrictionKind, isGrowStage, type FrictionKind, type Visibility } from './reflection';
import { BUILT_IN_PULSE_DIMENSIONS, CONFIG_SCHEMA, LANG_TAG_PATTERN as LANG_TAG, QUESTIONS_SCHEMA, SCHEMA_FIELDS, SCHEMA_LIMITS } from './generated/schemaFacts';
import { configSchema, questionsSchema } from './generated/validators';
import { anyOf, schemaProblems, type FormatWords, type SchemaValidator } from './schemaErrors';
import { inReadingOrder, loadUntrustedYaml } from './reflectionYaml';
import { readUntrustedSync } from '../store/safeRead';
import { fitsCodePoints } from '../util/codePoints';
import { isObject, type Obj } from '../util/guards';
import { formatMessage, msg } from '../util/message';

export { CONFIG_SCHEMA, QUESTIONS_SCHEMA };
export const CONFIG_FILE = '.coaching/config.yaml';
export const QUESTIONS_FILE = '.coaching/questions.yaml';
/** Longest `team` name, in characters (code points), from config.schema.json. */
export const TEAM_NAME_MAX_CHARS = SCHEMA_LIMITS.teamNameChars;

export interface TeamConfig {
  /** `merge`: team questions join the built-in bank; `replace`: they are the whole bank. */
  questions: 'merge' | 'replace';
  defaultVisibility?: Visibility;
  /** Friction kinds offered in sessions and quick captures. */
  friction: FrictionKind[];
  pulse: PulseDimension[];
  /** The team's name in reports across repositories; absent means the repository folder's name. */
  team?: string;
}

export const DEFAULT_TEAM_CONFIG: TeamConfig = { questions: 'merge', friction: [...FRICTION_KINDS], pulse: [...PULSE_DIMENSIONS] };

/** A problem in a team file: where it is and what to do; severity says whether anything was ignored. */
export interface TeamFileProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
  /** On the "… and N more problems" line that ends a capped list: N. */
  omitted?: number;
}

/** Parses YAML with the same bounds as reflections, and a way to point at any path in it. */
function load(file: string, text: string): { value?: unknown; problems: TeamFileProblem[]; at(path: Array<string | number>): { line: number; col: number } } {
  const loaded = loadUntrustedYaml(text);
  if (loaded.ok) return { value: loaded.value, problems: [], at: loaded.at };
  return { problems: loaded.problems.map((p) => ({ file, ...p, severity: 'error' })), at: () => ({ line: 1, col: 1 }) };
}

const CONFIG_WORDS: FormatWords = {
  document: 'config.yaml',
  fields: SCHEMA_FIELDS.config,
  advice: {
    '': msg('write its settings as key: value lines'),
    schema: msg("write '{0}'", CONFIG_SCHEMA),
    team: msg("write the team's name on one line, at most {0} characters, or remove the line to use the repository folder's name", SCHEMA_LIMITS.teamNameChars),
    questions: msg("use merge (the team's questions join the built-in ones) or replace"),
    defaultVisibility: msg('use {0}', anyOf(VISIBILITIES)),
    friction: msg('write a list of some of {0}', anyOf(FRICTION_KINDS)),
    'friction.*': msg('use {0}', anyOf(FRICTION_KINDS)),
    pulse: msg('write a list of at most {0} dimensions: {1}, or your own', LIMITS.pulseDimensions, anyOf(BUILT_IN_PULSE_DIMENSIONS)),
    'pulse.*': msg('use {0}, or a mapping with id, label, low and high', anyOf(BUILT_IN_PULSE_DIMENSIONS)),
    'pulse.*.id': msg('write a lower-case word, like sleep'),
    'pulse.*.label': msg('write a short label, at most {0} characters', SCHEMA_LIMITS.pulseLabelChars),
    'pulse.*.low': msg('write what a 1 means, at most {0} characters, or remove the line', SCHEMA_LIMITS.pulseScaleChars),
    'pulse.*.high': msg('write what a 5 means, at most {0} characters, or remove the line', SCHEMA_LIMITS.pulseScaleChars),
  },
};

type Path = ReadonlyArray<string | number>;
/** Whether `path` is `prefix` or lies under it. */
const within = (path: Path, prefix: Path) => prefix.every((key, i) => path[i] === key);

/**
 * Reads `.coaching/config.yaml`, judged by schemas/config.schema.json: every problem is
 * reported at its key, and the setting it is in is left at its default (for a list, only the
 * entry); nothing is cut short or turned into text silently.
 */
export function parseTeamConfig(text: string, file = CONFIG_FILE): { config: TeamConfig; problems: TeamFileProblem[] } {
  const { value, problems, at } = load(file, text);
  const config: TeamConfig = { ...DEFAULT_TEAM_CONFIG, friction: [...DEFAULT_TEAM_CONFIG.friction], pulse: [...DEFAULT_TEAM_CONFIG.pulse] };
  if (value === undefined || value === null) return { config, problems };
  const found = schemaProblems(configSchema as SchemaValidator, value, CONFIG_WORDS);
  const report = (path: Path, message: string) => problems.push({ file, ...at([...path]), message, severity: 'warning' });
  for (const p of found) report(p.path, p.message);
  if (!isObject(value)) return { config, problems };
  const fine = (path: Path) => !found.some((p) => within(p.path, path));
  if (value.team !== undefined && fine(['team'])) config.team = (value.team as string).trim();
  if (value.questions !== undefined && fine(['questions'])) config.questions = value.questions as TeamConfig['questions'];
  if (value.defaultVisibility !== undefined && fine(['defaultVisibility'])) config.defaultVisibility = value.defaultVisibility as Visibility;
  if (Array.isArray(value.friction)) {
    const kinds = [...new Set(value.friction.filter(isFrictionKind))];
    if (kinds.length) config.friction = kinds;
  }
  if (Array.isArray(value.pulse)) {
    const dims = pulseDimensions(value.pulse, (i) => fine(['pulse', i]), report);
    if (dims.length) config.pulse = dims.slice(0, LIMITS.pulseDimensions);
  }
  return { config, problems: inReadingOrder(problems) };
}

/** The usable pulse dimensions of config.yaml, in order; a second one with an id already used is reported and left out. */
function pulseDimensions(entries: readonly unknown[], fine: (i: number) => boolean, report: (path: Path, message: string) => void): PulseDimension[] {
  const dims: PulseDimension[] = [];
  entries.forEach((entry, i) => {
    if (!fine(i)) return;
    const dim = typeof entry === 'string' ? PULSE_DIMENSIONS.find((d) => d.id === entry) : pulseDimension(entry as Obj);
    if (!dim) return;
    if (dims.some((d) => d.id === dim.id)) return report(['pulse', i], formatMessage(msg("pulse[{0}] is '{1}', which an earlier entry already names; keep one of them. This one is left out.", i, dim.id)));
    dims.push(dim);
  });
  return dims;
}

function pulseDimension(entry: Obj): PulseDimension {
  return { id: entry.id as string, label: (entry.label as string).trim(), low: (entry.low as string | undefined) ?? 'low', high: (entry.high as string | undefined) ?? 'high' };
}

const QUESTIONS_WORDS: FormatWords = {
  document: 'questions.yaml',
  fields: SCHEMA_FIELDS.questions,
  advice: {
    '': msg("write a 'questions:' list of entries with id, text, kind and stage"),
    schema: msg("write '{0}'", QUESTIONS_SCHEMA),
    questions: msg('write a list of entries with id, text, kind and stage'),
    'questions.*': msg('write a mapping with id, text, kind and stage'),
    'questions.*.id': msg('write lower-case letters, digits and dashes, starting with a letter or digit, at most 64 characters, like team-goal-01'),
    'questions.*.text': msg("write one open question, at most {0} characters, ending with '?'", SCHEMA_LIMITS.teamQuestionChars),
    'questions.*.kind': msg('use {0}', anyOf(FRICTION_KINDS)),
    'questions.*.stage': msg('use {0}', anyOf(GROW_STAGES)),
    lang: msg('write a language tag such as de, en or pt-BR'),
    'questions.*.lang': msg('write a language tag such as de, en or pt-BR'),
  },
};

/** The format rules the schema checks on a question's text; the bank lint's tone rules are added to them. */
const SCHEMA_TEXT_RULES = new Set(['empty', 'too-long', 'no-question-mark']);

/**
 * Reads `.coaching/questions.yaml`, judged by schemas/questions.schema.json. A question a
 * reflection could not record (no usable id, text, kind or stage, or an id used before) is
 * left out, with an error; any other problem, and the bank lint's tone findings on the rest,
 * are warnings (the team decides).
 */
export function parseTeamQuestions(text: string, file = QUESTIONS_FILE): { questions: Question[]; problems: TeamFileProblem[] } {
  const { value, problems, at } = load(file, text);
  const questions: Question[] = [];
  if (value === undefined || value === null) return { questions, problems };
  const found = schemaProblems(questionsSchema as SchemaValidator, value, QUESTIONS_WORDS);
  const list = isObject(value) && Array.isArray(value.questions) ? value.questions.slice(0, SCHEMA_LIMITS.teamQuestions) : [];
  const fileLang = isObject(value) && typeof value.lang === 'string' && LANG_TAG.test(value.lang) ? value.lang : undefined;
  const usable = list.map((entry) => usableQuestion(entry, fileLang));
  const firstOfId = new Map<string, number>();
  usable.forEach((q, i) => {
    if (!q) return;
    const first = firstOfId.get(q.id);
    if (first === undefined) return firstOfId.set(q.id, i);
    usable[i] = undefined;
    found.push({ path: ['questions', i, 'id'], message: formatMessage(msg("questions[{0}].id is '{1}', which questions[{2}] already uses; give each question its own id.", i, q.id, first)) });
  });
  const entryOf = (path: Path) => (path[0] === 'questions' && typeof path[1] === 'number' ? path[1] : undefined);
  const all = !isObject(value) || !Array.isArray(value.questions);
  const told = new Set<number>();
  for (const p of found) {
    const entry = entryOf(p.path);
    const lost = entry !== undefined && !usable[entry];
    // Say once per question that it is left out, on its first problem.
    const message = lost && !told.has(entry) ? formatMessage(msg('{0} This question is left out.', p.message)) : p.message;
    if (lost) told.add(entry);
    problems.push({ file, ...at([...p.path]), message, severity: all || lost ? 'error' : 'warning' });
  }
  usable.forEach((q, i) => {
    if (!q) return;
    questions.push(q);
    // The tone lint reads English; a question in another language is not judged by English words.
    for (const lint of q.lang && !/^en(-|$)/i.test(q.lang) ? [] : lintQuestionText(q.text)) {
      if (!SCHEMA_TEXT_RULES.has(lint.rule)) problems.push({ file, ...at(['questions', i, 'text']), message: lint.message, severity: 'warning' });
    }
  });
  return { questions, problems: inReadingOrder(problems) };
}

/** A question a reflection can record (the reflection schema's limits), or undefined. */
function usableQuestion(entry: unknown, fileLang: string | undefined): Question | undefined {
  if (!isObject(entry) || typeof entry.id !== 'string' || !QUESTION_ID_PATTERN.test(entry.id) || !isFrictionKind(entry.kind) || !isGrowStage(entry.stage)) return undefined;
  if (typeof entry.text !== 'string' || !entry.text.trim() || !fitsCodePoints(entry.text.trim(), LIMITS.questionChars)) return undefined;
  const lang = typeof entry.lang === 'string' && LANG_TAG.test(entry.lang) ? entry.lang : fileLang;
  return { id: entry.id, text: entry.text.trim(), kind: entry.kind, stage: entry.stage, ...(lang ? { lang } : {}) };
}

/** The bank a session draws from: built-ins plus the team's (team ids win), or the team's alone. */
export function combineBank(builtIn: readonly Question[], team: readonly Question[], config: TeamConfig): Question[] {
  const enabled = (q: Question) => config.friction.includes(q.kind);
  if (config.questions === 'replace' && team.length) return team.filter(enabled);
  const teamIds = new Set(team.map((q) => q.id));
  return [...builtIn.filter((q) => !teamIds.has(q.id)), ...team].filter(enabled);
}

/** What a folder's team files say, and what is wrong with them. */
export interface TeamFiles {
  config: TeamConfig;
  questions: Question[];
  problems: TeamFileProblem[];
}

/**
 * Reads and parses `root`'s config.yaml and questions.yaml through the untrusted reader (no
 * links, no devices, at most LIMITS.fileBytes each). A missing file means the defaults and is
 * no problem; a file that cannot be read is one, with what to do.
 */
export function readTeamFiles(root: string): TeamFiles {
  const read = (file: string): { text?: string; problems: TeamFileProblem[] } => {
    const result = readUntrustedSync(root, file, { maxBytes: LIMITS.fileBytes });
    if (result.ok) return { text: result.text, problems: [] };
    return { problems: result.refusal === 'missing' ? [] : [{ file, line: result.line, col: 1, message: result.message, severity: 'error' }] };
  };
  const configFile = read(CONFIG_FILE);
  const questionsFile = read(QUESTIONS_FILE);
  const config = configFile.text === undefined ? { config: DEFAULT_TEAM_CONFIG, problems: [] } : parseTeamConfig(configFile.text);
  const questions = questionsFile.text === undefined ? { questions: [], problems: [] } : parseTeamQuestions(questionsFile.text);
  return {
    config: config.config,
    questions: questions.questions,
    problems: [...configFile.problems, ...config.problems, ...questionsFile.problems, ...questions.problems],
  };
}
