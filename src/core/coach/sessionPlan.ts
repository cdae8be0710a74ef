/**
 * Which questions a session is given, as the events that hand them over: a manual session
 * opens with a focus question; a "not sure yet" one draws its GROW questions only once the
 * kind is confirmed after the focus answer; a signal session starts on its fitting opener.
 * Every session gets one optional learning question before saving.
 */
import { questionsForSignal } from './openers';
import { planned, trackStage, type KindChoice, type PlannedQuestion, type SessionEvent, type SessionState } from './session';
import type { Random } from '../model/ids';
import type { FrictionKind, Trigger } from '../model/reflection';
import type { LastAsked } from '../questions/asked';
import type { Question, SessionQuestion } from '../questions/question';
import { selectQuestions, sessionQuestion, whatElseQuestion } from '../questions/select';
import { inLanguage, speaks } from '../questions/bankLanguage';
import { languageOf } from '../util/catalogue';

/** What drawing questions depends on: the bank in use, what this person was shown when, and chance. */
export interface PlanSources {
  bank: readonly Question[];
  lastAsked: LastAsked;
  random: Random;
  /**
   * The person's display language (VS Code's, e.g. `de` or `pt-br`): built-in questions are
   * asked (and saved) in it when translated, and questions in it are preferred; absent means English.
   */
  locale?: string;
}

/** A drawn question in the person's language, ready for the session. */
const asked = (sources: PlanSources) => (question: Question | SessionQuestion): PlannedQuestion => planned(inLanguage(question, languageOf(sources.locale)));

/** What drawing GROW questions needs besides the kind: the bank, history, chance and the language to prefer. */
const drawing = ({ bank, lastAsked, random, locale }: PlanSources) => ({ bank, lastAsked, random, ...(locale ? { prefer: (q: Question) => speaks(q, locale) } : {}) });

const learning = (sources: PlanSources): PlannedQuestion => asked(sources)(sessionQuestion('learning', sources.lastAsked, sources.random));

/** A manual session: the focus question, then (for a known kind) its GROW questions. */
export function chooseKindEvent(kind: KindChoice, sources: PlanSources): SessionEvent {
  const { lastAsked, random } = sources;
  const focus = asked(sources)(sessionQuestion('focus', lastAsked, random));
  const grow = kind === 'unsure' ? [] : selectQuestions({ ...drawing(sources), kind }).map(asked(sources));
  return { type: 'chooseKind', kind, questions: [focus, ...grow], learning: learning(sources) };
}

/** The GROW questions of the kind confirmed after a "not sure yet" focus answer. */
export function confirmKindEvent(kind: FrictionKind, sources: PlanSources): SessionEvent {
  return { type: 'confirmKind', kind, questions: selectQuestions({ ...drawing(sources), kind }).map(asked(sources)) };
}

/** A session a friction signal started: its opener first, then options and will of the opener's kind, which is the session's kind. */
export function signalSessionEvent(opening: Question, trigger: Trigger, sources: PlanSources): SessionEvent {
  const questions = questionsForSignal(opening, trigger, sources.bank, sources.lastAsked, sources.random).map(asked(sources));
  return { type: 'chooseKind', kind: opening.kind, questions, learning: learning(sources) };
}

/**
 * The "And what else?" for the question on screen, one this session has not asked yet. The
 * state machine decides whether it may be asked (after reality or options, at most twice).
 */
export function whatElseFor(state: SessionState, sources: PlanSources): PlannedQuestion {
  const stage = trackStage(state);
  const askedIds = [...state.turns, ...state.upcoming].map((t) => t.question.id);
  return asked(sources)(whatElseQuestion(stage === 'options' ? 'options' : 'reality', sources.lastAsked, sources.random, askedIds));
}
