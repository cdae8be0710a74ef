/**
 * Which questions a session asks: one friction kind for the whole session, one question per
 * slot from goal to will, each the one this person has gone longest without seeing. So a
 * question comes back within REPEAT_AFTER_DAYS only when every question that fits its kind
 * and stage was shown in that time (the cell is exhausted).
 */
import { FRICTION_KINDS, GROW_STAGES, type FrictionKind, type GrowStage } from '../model/reflection';
import type { Random } from '../model/ids';
import { askedAt, type LastAsked } from './asked';
import { SESSION_QUESTIONS } from './bank/session';
import { roleOf, type AskedQuestion, type Question, type SessionQuestion, type WhatElseStage } from './question';

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;
export const DEFAULT_QUESTIONS = 4;
/** A person is not asked the same question again within this many days while a fresh one fits. */
export const REPEAT_AFTER_DAYS = 14;

/** A place in a session's plan: a GROW stage, and whether it asks what works (appreciative). */
export interface Slot {
  stage: GrowStage;
  role: 'grow' | 'appreciative';
}

/** The slots a session of `count` questions walks through: always from goal to will. */
export function slotPlan(count: number): Slot[] {
  const n = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.round(Number.isFinite(count) ? count : DEFAULT_QUESTIONS)));
  const grow = (stage: GrowStage): Slot => ({ stage, role: 'grow' });
  if (n === 3) return [grow('goal'), grow('reality'), grow('will')];
  if (n === 4) return GROW_STAGES.map(grow);
  // The longest session also asks what is working, so the reality it builds on is not all friction.
  return [grow('goal'), grow('reality'), { stage: 'reality', role: 'appreciative' }, grow('options'), grow('will')];
}

/** The stages a session of `count` questions walks through. */
export function stagePlan(count: number): GrowStage[] {
  return slotPlan(count).map((slot) => slot.stage);
}

export interface SelectionInput {
  bank: readonly Question[];
  /** The friction the person chose, or 'unsure' to let the freshest kind be the session's one kind. */
  kind: FrictionKind | 'unsure';
  count?: number;
  /** When each question was last shown to this person (question id → ISO time). */
  lastAsked: LastAsked;
  random: Random;
  /** Questions to prefer in each slot when any fits (those in the person's language); the others are the fallback. */
  prefer?: (question: Question) => boolean;
}

/** The session's questions, all of one kind (`kind`, or for 'unsure' the kind freshest for this person). */
export function selectQuestions(input: SelectionInput): Question[] {
  const kind = input.kind === 'unsure' ? freshestKind(input) : input.kind;
  return planFor(input, kind);
}

/**
 * For a "not sure" session: the kind whose questions for this plan were shown longest ago
 * (those a bank covers fully first), ties at random.
 */
export function freshestKind(input: Omit<SelectionInput, 'kind'>): FrictionKind {
  const kinds = FRICTION_KINDS.filter((kind) => input.bank.some((q) => q.kind === kind));
  if (!kinds.length) return FRICTION_KINDS[0];
  const scored = kinds.map((kind) => {
    const picks = planFor({ ...input, random: () => 0 }, kind);
    const own = picks.filter((q) => q.kind === kind).length;
    const newest = Math.max(-Infinity, ...picks.map((q) => askedAt(input.lastAsked, q.id)));
    return { kind, own, newest };
  });
  const best = scored.reduce((a, b) => (b.own > a.own || (b.own === a.own && b.newest < a.newest) ? b : a));
  const tied = scored.filter((s) => s.own === best.own && s.newest === best.newest);
  return tied[indexFor(tied.length, input.random)].kind;
}

function planFor(input: Omit<SelectionInput, 'kind'>, kind: FrictionKind): Question[] {
  const { bank, lastAsked, random } = input;
  const picked: Question[] = [];
  for (const slot of slotPlan(input.count ?? DEFAULT_QUESTIONS)) {
    const open = bank.filter((q) => q.stage === slot.stage && !picked.includes(q));
    const ofKind = open.filter((q) => q.kind === kind);
    // A team bank may lack a cell: the same kind's GROW questions, then any kind, beat skipping the stage.
    const candidates = [
      ofKind.filter((q) => roleOf(q) === slot.role),
      ofKind.filter((q) => roleOf(q) === 'grow'),
      open.filter((q) => roleOf(q) === 'grow'),
    ].map((list) => preferred(list, input.prefer)).find((list) => list.length > 0);
    const question = candidates && pickFresh(candidates, lastAsked, random);
    if (question) picked.push(question);
  }
  return picked;
}

/** The preferred ones of `list` when there are any, else all of it. */
function preferred(list: Question[], prefer: SelectionInput['prefer']): Question[] {
  const chosen = prefer ? list.filter(prefer) : [];
  return chosen.length ? chosen : list;
}

/** Of `candidates`, the one shown longest ago (never shown counts as longest); ties at random. */
export function pickFresh<T extends AskedQuestion>(candidates: readonly T[], lastAsked: LastAsked, random: Random): T | undefined {
  if (!candidates.length) return undefined;
  const times = candidates.map((q) => askedAt(lastAsked, q.id));
  const oldest = Math.min(...times);
  const freshest = candidates.filter((_, i) => times[i] === oldest);
  return freshest[indexFor(freshest.length, random)];
}

/** The opening focus question or the closing learning question of a session. */
export function sessionQuestion(role: 'focus' | 'learning', lastAsked: LastAsked, random: Random): SessionQuestion {
  const candidates = SESSION_QUESTIONS.filter((q) => q.role === role);
  return pickFresh(candidates, lastAsked, random) ?? candidates[0];
}

/** An "And what else?" after a reality or options answer; `exclude` holds ids this session already asked. */
export function whatElseQuestion(follows: WhatElseStage, lastAsked: LastAsked, random: Random, exclude: readonly string[] = []): SessionQuestion {
  const fitting = SESSION_QUESTIONS.filter((q) => q.role === 'what-else' && q.follows === follows);
  const unused = fitting.filter((q) => !exclude.includes(q.id));
  return pickFresh(unused.length ? unused : fitting, lastAsked, random) ?? fitting[0];
}

/** An index in [0, length) from `random`, whatever it returns or throws. */
export function indexFor(length: number, random: Random): number {
  let r = 0;
  try {
    r = Number(random());
  } catch {
    r = 0;
  }
  if (!Number.isFinite(r)) r = 0;
  return Math.min(length - 1, Math.max(0, Math.floor(r * length)));
}
