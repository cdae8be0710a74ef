/**
 * Which questions a session asks: one per GROW stage in order, preferring the questions
 * this person has gone longest without seeing, so repeated sessions stay fresh.
 */
import { GROW_STAGES, type FrictionKind, type GrowStage } from '../model/reflection';
import type { Random } from '../model/ids';
import type { Question } from './question';

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;
export const DEFAULT_QUESTIONS = 4;

/** The stages a session of `count` questions walks through: always from goal to will. */
export function stagePlan(count: number): GrowStage[] {
  const n = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.round(count)));
  if (n === 3) return ['goal', 'reality', 'will'];
  if (n === 4) return [...GROW_STAGES];
  return ['goal', 'reality', 'reality', 'options', 'will'];
}

export interface SelectionInput {
  bank: readonly Question[];
  /** The friction the person chose, or 'unsure' to draw from every kind. */
  kind: FrictionKind | 'unsure';
  count?: number;
  /** When each question was last asked to this person (question id → ISO time). */
  lastAsked: Readonly<Record<string, string>>;
  random: Random;
}

export function selectQuestions(input: SelectionInput): Question[] {
  const { bank, kind, lastAsked, random } = input;
  const picked: Question[] = [];
  const askedAt = (q: Question) => {
    const t = Date.parse(lastAsked[q.id] ?? '');
    return Number.isNaN(t) ? -Infinity : t;
  };
  for (const stage of stagePlan(input.count ?? DEFAULT_QUESTIONS)) {
    const unused = bank.filter((q) => q.stage === stage && !picked.includes(q));
    // A team bank may lack some kind at some stage: then any kind beats skipping the stage.
    const ofKind = kind === 'unsure' ? unused : unused.filter((q) => q.kind === kind);
    const candidates = ofKind.length ? ofKind : unused;
    if (!candidates.length) continue;
    const oldest = Math.min(...candidates.map(askedAt));
    const freshest = candidates.filter((q) => askedAt(q) === oldest);
    picked.push(freshest[Math.min(freshest.length - 1, Math.floor(random() * freshest.length))]);
  }
  return picked;
}

/** Records that `questions` were asked at `when`, keeping the map bounded to the bank's size. */
export function recordAsked(lastAsked: Readonly<Record<string, string>>, questions: readonly Question[], when: string, keep = 500): Record<string, string> {
  const next: Record<string, string> = { ...lastAsked };
  for (const q of questions) next[q.id] = when;
  const entries = Object.entries(next);
  if (entries.length <= keep) return next;
  entries.sort((a, b) => Date.parse(b[1]) - Date.parse(a[1]));
  return Object.fromEntries(entries.slice(0, keep));
}
