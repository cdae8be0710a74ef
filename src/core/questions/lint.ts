import { FRICTION_KINDS, GROW_STAGES, isFrictionKind, isGrowStage } from '../model/reflection';
import type { Question } from './question';

/** Longest question we accept, in characters (Unicode code points). */
export const MAX_QUESTION_LENGTH = 160;

export type QuestionLintRule =
  | 'yes-no-opener'
  | 'too-long'
  | 'no-question-mark'
  | 'blaming'
  | 'therapy-speak'
  | 'duplicate-id'
  | 'bad-id'
  | 'empty'
  | 'missing-coverage';

export interface QuestionLintProblem {
  /** The question's id; `#<n>` (1-based position) when it has no usable id; `<kind>/<stage>` for missing coverage. */
  id: string;
  rule: QuestionLintRule;
  message: string;
}

/** Question ids: lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** First words that turn a question into a yes/no question. Apostrophes are normalised to `'`. */
const YES_NO_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'was', 'were',
  'do', 'does', 'did',
  'can', 'could', 'should', 'would', 'will', "won't",
  'have', 'has', 'had',
  'shall', 'may', 'might', 'must',
  "isn't", "aren't", "don't", "doesn't", "didn't",
  "can't", "couldn't", "shouldn't", "wouldn't",
]);

/** Quote marks and whitespace that may precede the first word. */
const LEADING_NOISE = /^[\s"'`“”‘’„‟«»‹›]+/u;
const FIRST_WORD = /^[a-z]+(?:'[a-z]+)?/i;
const APOSTROPHES = /[’‘`´ʼ]/g;

interface PhraseRule {
  pattern: RegExp;
  message: (match: string) => string;
}

const BLAMING: readonly PhraseRule[] = [
  {
    pattern: /\bwhy\s+(?:did|didn't|did\s+not)\s+you\b/i,
    message: (m) => `"${m}" asks the person to defend the past; ask what happened or what they want next, e.g. 'What got in the way…?'`,
  },
  {
    pattern: /\bwhose\s+fault\b/i,
    message: (m) => `"${m}" looks for someone to blame; ask about the situation instead, e.g. 'What made this hard…?'`,
  },
  {
    pattern: /\bwho(?:\s+is|'s|\s+was)\s+to\s+blame\b/i,
    message: (m) => `"${m}" looks for someone to blame; ask about the situation instead, e.g. 'What made this hard…?'`,
  },
];

const THERAPY_SPEAK: readonly PhraseRule[] = [
  {
    pattern: /\bhow\s+(?:does|did|do|would|will)\s+(?:that|this|it)\s+make\s+you\s+feel\b/i,
    message: (m) =>
      `"${m}" is therapy-speak; ask about the work and the next step, e.g. 'What does this cost you?' or 'What would help?'`,
  },
  {
    pattern: /\bit(?:'s|\s+is)\s+(?:okay|ok|alright|all\s+right)\s+to\b/i,
    message: (m) => `"${m}" reassures instead of asking; drop it and ask a direct, open question.`,
  },
  {
    pattern: /\byour\s+feelings\s+are\s+valid\b/i,
    message: (m) => `"${m}" is therapy-speak; treat the person as capable and ask about where they want to get to.`,
  },
];

/**
 * Checks questions against the bank's tone and format rules. Used on the built-in bank (a unit
 * test requires zero problems) and on a team's own `questions.yaml`, so it accepts anything at
 * runtime: missing or non-string fields, odd characters and very long strings never make it throw.
 * Problems come back in input order, with coverage problems last.
 */
export function lintQuestions(questions: readonly Question[]): QuestionLintProblem[] {
  const problems: QuestionLintProblem[] = [];
  const list: readonly unknown[] = Array.isArray(questions) ? questions : [];
  const seenIds = new Set<string>();
  const covered = new Set<string>();

  list.forEach((item, index) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Partial<Record<keyof Question, unknown>>;
    const label = typeof record.id === 'string' && record.id.trim() !== '' ? record.id : `#${index + 1}`;
    const add: AddProblem = (rule, message) => {
      problems.push({ id: label, rule, message });
    };
    lintId(record.id, index, seenIds, add);
    const trimmed = (typeof record.text === 'string' ? record.text : '').trim();
    if (trimmed === '') {
      add('empty', 'The question has no text; write the question or remove the entry.');
      return;
    }
    if (isFrictionKind(record.kind) && isGrowStage(record.stage)) {
      covered.add(`${record.kind}/${record.stage}`);
    }
    lintText(trimmed, add);
  });

  problems.push(...missingCoverage(covered));
  return problems;
}

type AddProblem = (rule: QuestionLintRule, message: string) => void;

/** Id: well-formed and unique; `seenIds` collects the ids met so far. */
function lintId(rawId: unknown, index: number, seenIds: Set<string>, add: AddProblem): void {
  const idIsString = typeof rawId === 'string';
  if (!idIsString || !ID_PATTERN.test(rawId)) {
    add('bad-id', badIdMessage(rawId, index));
  }
  if (idIsString && rawId !== '') {
    if (seenIds.has(rawId)) {
      add('duplicate-id', `The id '${shorten(rawId, 64)}' is used more than once; give every question its own id, or reflections will point at the wrong one.`);
    }
    seenIds.add(rawId);
  }
}

/** Tone and format of a question's (trimmed, non-empty) text. */
function lintText(trimmed: string, add: AddProblem): void {
  const opener = firstWord(trimmed);
  if (opener !== undefined && YES_NO_OPENERS.has(opener.toLowerCase().replace(APOSTROPHES, "'"))) {
    add('yes-no-opener', `Starts with '${opener}', which invites yes/no; rephrase as 'What…' or 'How…'.`);
  }

  const length = codePointLength(trimmed);
  if (length > MAX_QUESTION_LENGTH) {
    add(
      'too-long',
      `Is ${length} characters; keep it to ${MAX_QUESTION_LENGTH} or fewer so it reads at a glance — cut a clause or split it into two questions.`,
    );
  }

  if (!trimmed.endsWith('?')) {
    add('no-question-mark', "Doesn't end with '?'; phrase it as a question so the person knows an answer is expected.");
  }

  // Normalise apostrophes so "didn’t" and "it’s" are caught like their ASCII spellings.
  const normalised = trimmed.replace(APOSTROPHES, "'");
  lintPhrases(normalised, BLAMING, 'blaming', add);
  lintPhrases(normalised, THERAPY_SPEAK, 'therapy-speak', add);
}

function lintPhrases(text: string, rules: readonly PhraseRule[], rule: QuestionLintRule, add: AddProblem): void {
  for (const phrase of rules) {
    const match = phrase.pattern.exec(text);
    if (match) add(rule, phrase.message(match[0].replace(/\s+/g, ' ')));
  }
}

/** One problem for each friction kind and GROW stage that no question covers. */
function missingCoverage(covered: ReadonlySet<string>): QuestionLintProblem[] {
  const problems: QuestionLintProblem[] = [];
  for (const kind of FRICTION_KINDS) {
    for (const stage of GROW_STAGES) {
      if (!covered.has(`${kind}/${stage}`)) {
        problems.push({
          id: `${kind}/${stage}`,
          rule: 'missing-coverage',
          message: `No question for ${kind} friction at the ${stage} stage; add at least one so every conversation can reach it.`,
        });
      }
    }
  }
  return problems;
}

/** The first word after any leading quotes and whitespace, as written; `undefined` if it doesn't start with a word. */
function firstWord(text: string): string | undefined {
  const rest = text.replace(LEADING_NOISE, '').replace(APOSTROPHES, "'");
  const match = FIRST_WORD.exec(rest);
  return match ? match[0] : undefined;
}

function badIdMessage(id: unknown, index: number): string {
  const rule = 'use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters (e.g. technical-goal-01)';
  if (typeof id !== 'string' || id === '') return `Question ${index + 1} has no id; ${rule}.`;
  return `The id '${shorten(id, 64)}' is not valid; ${rule}.`;
}

function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** For messages: printable and bounded, whatever the input. */
function shorten(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  const chars = Array.from(printable);
  return chars.length <= max ? printable : `${chars.slice(0, max - 1).join('')}…`;
}
