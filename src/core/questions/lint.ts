import { FRICTION_KINDS, GROW_STAGES, isFrictionKind, isGrowStage } from '../model/reflection';
import { CLOSED_OPENERS, FILLER_OPENERS, PHRASE_RULES, type PhraseFamily } from './lintRules';
import { QUESTION_ID_PATTERN, type Question } from './question';
import { SCHEMA_LIMITS } from '../model/generated/schemaFacts';

/** Longest question we accept, in characters (Unicode code points): the team questions schema's limit. */
export const MAX_QUESTION_LENGTH = SCHEMA_LIMITS.teamQuestionChars;

/** Rules about a question's text alone: the bank, team files and generated questions share them. */
export type TextLintRule = PhraseFamily | 'several-questions' | 'too-long' | 'no-question-mark' | 'empty';
export type QuestionLintRule = TextLintRule | 'duplicate-id' | 'bad-id' | 'missing-coverage';

export interface LintProblem {
  rule: TextLintRule;
  message: string;
}

export interface QuestionLintProblem {
  /** The question's id; `#<n>` (1-based position) when it has no usable id; `<kind>/<stage>` for missing coverage. */
  id: string;
  rule: QuestionLintRule;
  message: string;
}

/** Quote marks and whitespace that may precede the first word. */
const LEADING_NOISE = /^[\s"'`“”‘’„‟«»‹›]+/u;
const WORD = /^([a-z]+(?:'[a-z]+)?)[\s,]*/i;
const APOSTROPHES = /[’‘`´ʼ]/g;
const QUESTION_MARKS = /[?？]/g;
/** How much of a text the phrase rules read: far beyond any question, bounded for anything else. */
const SCAN_CHARS = 4_000;

/**
 * The tone and format problems of one question's text, by rule family: closed questions,
 * blaming, therapy-speak, leading, more than one question, too long, no question mark. The
 * bank, a team's `questions.yaml` and anything a model generates all pass through here.
 * Accepts anything at runtime and never throws.
 */
export function lintQuestionText(text: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (rule: TextLintRule, message: string) => problems.push({ rule, message });
  const trimmed = (typeof text === 'string' ? text : '').trim();
  if (trimmed === '') {
    add('empty', 'The question has no text; write the question or remove the entry.');
    return problems;
  }
  // Normalise apostrophes so "didn’t" and "it’s" are caught like their ASCII spellings.
  const normalised = trimmed.slice(0, SCAN_CHARS).replace(APOSTROPHES, "'");
  const opener = closedOpener(normalised);
  if (opener !== undefined) add('closed-question', `Starts with '${opener}', which invites yes/no; rephrase as 'What…' or 'How…'.`);
  for (const rule of PHRASE_RULES) {
    const match = rule.pattern.exec(normalised);
    if (match) add(rule.family, `"${shorten(match[0].replace(/\s+/g, ' ').trim(), 60)}" ${rule.advice}`);
  }
  const marks = (trimmed.match(QUESTION_MARKS) ?? []).length;
  if (marks > 1) add('several-questions', `Asks ${marks} questions at once; keep the one that matters most, so the person can answer it fully.`);
  const length = Array.from(trimmed).length;
  if (length > MAX_QUESTION_LENGTH) {
    add('too-long', `Is ${length} characters; keep it to ${MAX_QUESTION_LENGTH} or fewer so it reads at a glance — cut a clause or split it into two questions.`);
  }
  if (!trimmed.endsWith('?') && !trimmed.endsWith('？')) {
    add('no-question-mark', "Doesn't end with '?'; phrase it as a question so the person knows an answer is expected.");
  }
  return problems;
}

/**
 * Checks questions against the bank's tone and format rules. Used on the built-in bank (a unit
 * test requires zero problems) and on a team's own `questions.yaml`, so it accepts anything at
 * runtime: missing or non-string fields, odd characters and very long strings never make it throw.
 * Problems come back in input order, with coverage problems last; only GROW questions (no role,
 * or `grow`) cover a friction kind × stage.
 */
export function lintQuestions(questions: readonly Question[]): QuestionLintProblem[] {
  const problems: QuestionLintProblem[] = [];
  const list: readonly unknown[] = Array.isArray(questions) ? questions : [];
  const seenIds = new Set<string>();
  const covered = new Set<string>();

  list.forEach((item, index) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Partial<Record<keyof Question, unknown>>;
    const label = typeof record.id === 'string' && record.id.trim() !== '' ? shorten(record.id, 64) : `#${index + 1}`;
    const add = (rule: QuestionLintRule, message: string) => problems.push({ id: label, rule, message });
    lintId(record.id, index, seenIds, add);
    const textProblems = lintQuestionText(typeof record.text === 'string' ? record.text : '');
    for (const p of textProblems) add(p.rule, p.message);
    const hasText = !textProblems.some((p) => p.rule === 'empty');
    const grow = record.role === undefined || record.role === 'grow';
    if (hasText && grow && isFrictionKind(record.kind) && isGrowStage(record.stage)) covered.add(`${record.kind}/${record.stage}`);
  });

  problems.push(...missingCoverage(covered));
  return problems;
}

/** Id: well-formed and unique; `seenIds` collects the ids met so far. */
function lintId(rawId: unknown, index: number, seenIds: Set<string>, add: (rule: QuestionLintRule, message: string) => void): void {
  const idIsString = typeof rawId === 'string';
  if (!idIsString || !QUESTION_ID_PATTERN.test(rawId)) add('bad-id', badIdMessage(rawId, index));
  if (idIsString && rawId !== '') {
    if (seenIds.has(rawId)) {
      add('duplicate-id', `The id '${shorten(rawId, 64)}' is used more than once; give every question its own id, or reflections will point at the wrong one.`);
    }
    seenIds.add(rawId);
  }
}

/** One problem for each friction kind and GROW stage that no question covers. */
function missingCoverage(covered: ReadonlySet<string>): QuestionLintProblem[] {
  return FRICTION_KINDS.flatMap((kind) =>
    GROW_STAGES.filter((stage) => !covered.has(`${kind}/${stage}`)).map((stage) => ({
      id: `${kind}/${stage}`,
      rule: 'missing-coverage' as const,
      message: `No question for ${kind} friction at the ${stage} stage; add at least one so every conversation can reach it.`,
    })),
  );
}

/** The first word, as written, if it makes the question closed; fillers like "So," are looked past. */
function closedOpener(text: string): string | undefined {
  let rest = text.replace(LEADING_NOISE, '');
  // Bounded: at most a few fillers are looked past.
  for (let i = 0; i < 4; i++) {
    const match = WORD.exec(rest);
    if (!match) return undefined;
    const word = match[1].toLowerCase();
    if (CLOSED_OPENERS.has(word)) return match[1];
    if (!FILLER_OPENERS.has(word)) return undefined;
    rest = rest.slice(match[0].length);
  }
  return undefined;
}

function badIdMessage(id: unknown, index: number): string {
  const rule = 'use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters (e.g. technical-goal-01)';
  if (typeof id !== 'string' || id === '') return `Question ${index + 1} has no id; ${rule}.`;
  return `The id '${shorten(id, 64)}' is not valid; ${rule}.`;
}

/** For messages: printable and bounded, whatever the input. */
function shorten(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  const chars = Array.from(printable);
  return chars.length <= max ? printable : `${chars.slice(0, max - 1).join('')}…`;
}
