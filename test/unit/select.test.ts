import * as assert from 'node:assert/strict';
import { BUILT_IN_QUESTIONS, SESSION_QUESTIONS } from '../../src/core/questions/bank';
import { askedFromReflections, mergeAsked, recordAsked } from '../../src/core/questions/asked';
import {
  REPEAT_AFTER_DAYS,
  freshestKind,
  pickFresh,
  selectQuestions,
  sessionQuestion,
  slotPlan,
  stagePlan,
  whatElseQuestion,
} from '../../src/core/questions/select';
import { roleOf, type Question } from '../../src/core/questions/question';
import { FRICTION_KINDS, type FrictionKind } from '../../src/core/model/reflection';
import { buildReflection } from '../fixtures/reflections';
import { seededRandom } from './fixtures';

const DAY = 86_400_000;
const START = Date.parse('2026-09-01T09:00:00Z');
const isoDay = (day: number) => new Date(START + day * DAY).toISOString();

describe('question selection', () => {
  it('walks goal → reality → options → will, with 3 to 5 questions', () => {
    assert.deepEqual(stagePlan(3), ['goal', 'reality', 'will']);
    assert.deepEqual(stagePlan(4), ['goal', 'reality', 'options', 'will']);
    assert.deepEqual(stagePlan(5), ['goal', 'reality', 'reality', 'options', 'will']);
    assert.deepEqual(stagePlan(1), stagePlan(3));
    assert.deepEqual(stagePlan(99), stagePlan(5));
    assert.deepEqual(stagePlan(NaN), stagePlan(4));
    for (const count of [3, 4, 5]) {
      const picked = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'cultural', count, lastAsked: {}, random: seededRandom() });
      assert.deepEqual(picked.map((q) => q.stage), stagePlan(count));
      assert.equal(new Set(picked).size, count, 'no question twice');
      assert.ok(picked.every((q) => q.kind === 'cultural'));
    }
  });

  it('asks what is working in the second reality slot of a five-question session', () => {
    assert.deepEqual(slotPlan(5).map((s) => s.role), ['grow', 'grow', 'appreciative', 'grow', 'grow']);
    const picked = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'procedural', count: 5, lastAsked: {}, random: seededRandom() });
    assert.deepEqual(picked.map(roleOf), ['grow', 'grow', 'appreciative', 'grow', 'grow']);
    const growOnly = BUILT_IN_QUESTIONS.filter((q) => roleOf(q) === 'grow');
    const fallback = selectQuestions({ bank: growOnly, kind: 'procedural', count: 5, lastAsked: {}, random: seededRandom() });
    assert.deepEqual(fallback.map((q) => q.stage), stagePlan(5), 'a bank without appreciative questions asks a second reality question');
    assert.ok(fallback.every((q) => roleOf(q) === 'grow' && q.kind === 'procedural'));
  });

  it('prefers the least recently asked question, whatever the randomness', () => {
    const goals = BUILT_IN_QUESTIONS.filter((q) => q.kind === 'technical' && q.stage === 'goal');
    const lastAsked = Object.fromEntries(goals.map((q, i) => [q.id, isoDay(10 + i)]));
    for (let seed = 0; seed < 20; seed++) {
      const [goal] = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'technical', lastAsked, random: seededRandom(seed) });
      assert.equal(goal.id, goals[0].id);
    }
    const neverAsked = { ...lastAsked };
    delete neverAsked[goals[2].id];
    assert.equal(selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'technical', lastAsked: neverAsked, random: seededRandom() })[0].id, goals[2].id);
  });

  it('breaks ties at random, so fresh sessions vary', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 30; seed++) firsts.add(selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'personal', lastAsked: {}, random: seededRandom(seed) })[0].id);
    assert.ok(firsts.size > 1);
  });

  it('"not sure" keeps one kind for the whole session: the one shown longest ago', () => {
    for (let seed = 0; seed < 20; seed++) {
      const picked = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'unsure', lastAsked: {}, random: seededRandom(seed) });
      assert.equal(new Set(picked.map((q) => q.kind)).size, 1, picked.map((q) => q.id).join(', '));
    }
    const lastAsked = recordAsked({}, BUILT_IN_QUESTIONS.filter((q) => q.kind !== 'cultural'), isoDay(0));
    assert.equal(freshestKind({ bank: BUILT_IN_QUESTIONS, lastAsked, random: seededRandom() }), 'cultural');
  });

  it('a thin bank falls back to other kinds rather than skipping a stage', () => {
    const thin: Question[] = [
      { id: 'a', text: 'What would done look like?', kind: 'technical', stage: 'goal' },
      { id: 'b', text: 'What is in the way?', kind: 'procedural', stage: 'reality' },
      { id: 'c', text: 'What will you do first?', kind: 'technical', stage: 'will' },
    ];
    assert.deepEqual(selectQuestions({ bank: thin, kind: 'technical', lastAsked: {}, random: seededRandom() }).map((q) => q.id), ['a', 'b', 'c']);
  });

  it('pickFresh takes the oldest; an empty list gives nothing; odd randomness stays in range', () => {
    const qs = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
    assert.equal(pickFresh(qs, { x: isoDay(2), y: isoDay(1), z: isoDay(3) }, () => 0.99)?.id, 'y');
    assert.equal(pickFresh([], {}, () => 0), undefined);
    for (const odd of [() => NaN, () => -5, () => 7, () => { throw new Error('boom'); }]) assert.ok(pickFresh(qs, {}, odd));
  });
});

describe('no repeats, per person', () => {
  /** One session a day: which questions were shown on which day. */
  function simulate(days: number, kindOf: (day: number) => FrictionKind | 'unsure', countOf: (day: number) => number, seeded: Record<string, string> = {}) {
    let lastAsked: Record<string, string> = { ...seeded };
    const shown: { day: number; question: Question }[] = [];
    const random = seededRandom(8);
    for (let day = 0; day < days; day++) {
      const questions = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: kindOf(day), count: countOf(day), lastAsked, random });
      for (const question of questions) shown.push({ day, question });
      lastAsked = recordAsked(lastAsked, questions, isoDay(day));
    }
    return shown;
  }

  /** Repeats of a question within REPEAT_AFTER_DAYS of its last showing. */
  function repeatsWithinWindow(shown: { day: number; question: Question }[]) {
    const last = new Map<string, number>();
    const repeats: string[] = [];
    for (const { day, question } of shown) {
      const before = last.get(question.id);
      if (before !== undefined && day - before < REPEAT_AFTER_DAYS) repeats.push(`${question.id} on day ${before} and ${day}`);
      last.set(question.id, day);
    }
    return repeats;
  }

  it(`60 days of one session a day never repeat a question within ${REPEAT_AFTER_DAYS} days`, () => {
    const week: (FrictionKind | 'unsure')[] = ['technical', 'unsure', 'procedural', 'personal', 'unsure', 'cultural', 'technical'];
    const shown = simulate(60, (day) => week[day % week.length], (day) => 3 + (day % 3));
    assert.ok(shown.length >= 230, `${shown.length} questions shown`);
    assert.deepEqual(repeatsWithinWindow(shown), []);
  });

  it(`60 days of "not sure" sessions never repeat a question within ${REPEAT_AFTER_DAYS} days`, () => {
    assert.deepEqual(repeatsWithinWindow(simulate(60, () => 'unsure', () => 5)), []);
  });

  it('one kind every day repeats only once its kind × stage cell is exhausted, and then the least recent', () => {
    const shown = simulate(60, () => 'technical', () => 4);
    const last = new Map<string, number>();
    for (const { day, question } of shown) {
      const before = last.get(question.id);
      if (before !== undefined && day - before < REPEAT_AFTER_DAYS) {
        const cell = BUILT_IN_QUESTIONS.filter((q) => q.kind === question.kind && q.stage === question.stage && roleOf(q) === roleOf(question));
        const leastRecent = Math.min(...cell.map((q) => last.get(q.id) ?? -Infinity));
        assert.ok(cell.every((q) => last.has(q.id) && day - (last.get(q.id) ?? 0) < REPEAT_AFTER_DAYS), `${question.id} repeated on day ${day} while a fresh one fitted`);
        assert.equal(before, leastRecent, `${question.id} was not the least recently asked`);
      }
      last.set(question.id, day);
    }
  });

  it('a fresh machine with 10 committed reflections does not re-ask their questions', () => {
    const me = 'Ada Tester';
    const earlier = simulate(10, (day) => FRICTION_KINDS[day % 4], () => 4);
    const reflections = Array.from({ length: 10 }, (_, day) =>
      buildReflection({
        id: `k3j9x2a${day}`,
        created: isoDay(day),
        author: day % 2 ? 'ada tester ' : me,
        exchanges: earlier.filter((s) => s.day === day).map((s) => ({ question: s.question.id, text: s.question.text, answer: 'An answer.' })),
      }),
    );
    const committed = new Set(reflections.flatMap((r) => r.exchanges.map((e) => e.question)));
    const lastAsked = askedFromReflections(reflections.map((reflection) => ({ reflection })), [me]);
    assert.deepEqual(new Set(Object.keys(lastAsked)), committed);
    const next = simulate(4, (day) => FRICTION_KINDS[day % 4], () => 4, lastAsked).filter((s) => s.day < 4);
    const reasked = next.filter((s) => committed.has(s.question.id)).map((s) => s.question.id);
    assert.deepEqual(reasked, []);
  });
});

describe('asked history from reflections', () => {
  const doc = (over: Parameters<typeof buildReflection>[0]) => ({ reflection: buildReflection(over) });

  it("counts only the person's own named reflections, with each id's newest time", () => {
    const found = askedFromReflections(
      [
        doc({ created: '2026-11-01T10:00:00+01:00', exchanges: [{ question: 'technical-goal-01', text: 'x', answer: 'y' }] }),
        doc({ created: '2026-11-03T10:00:00+01:00', exchanges: [{ question: 'technical-goal-01', text: 'x', answer: 'y' }] }),
        doc({ author: 'Someone Else', exchanges: [{ question: 'cultural-goal-01', text: 'x', answer: 'y' }] }),
        doc({ visibility: 'anonymous', exchanges: [{ question: 'personal-goal-01', text: 'x', answer: 'y' }] }),
      ],
      ['  ADA   tester'],
    );
    assert.deepEqual(found, { 'technical-goal-01': '2026-11-03T10:00:00+01:00' });
    assert.deepEqual(askedFromReflections([doc({})], []), {}, 'a person without a name owns no reflection');
  });

  it('ignores malformed ids and times from hand-edited files', () => {
    const found = askedFromReflections(
      [
        doc({ created: 'yesterday', exchanges: [{ question: 'technical-goal-01', text: 'x', answer: 'y' }] }),
        doc({ exchanges: [{ question: 'Bad Id!', text: 'x', answer: 'y' }, { question: 42 as unknown as string, text: 'x', answer: 'y' }] }),
      ],
      ['Ada Tester'],
    );
    assert.deepEqual(found, {});
  });

  it('keeps an id that is also an Object property name ("constructor") as plain data', () => {
    const found = askedFromReflections([doc({ exchanges: [{ question: 'constructor', text: 'x', answer: 'y' }] })], ['Ada Tester']);
    assert.deepEqual(found, { constructor: '2026-11-25T10:12:00+01:00' });
  });

  it('merging keeps the later time per id and stays bounded', () => {
    assert.deepEqual(mergeAsked({ a: isoDay(1), b: isoDay(5) }, { a: isoDay(3), b: 'soon' }), { a: isoDay(3), b: isoDay(5) });
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`q-${i}`, isoDay(i)]));
    const kept = mergeAsked(many, {}, 5);
    assert.deepEqual(Object.keys(kept).sort(), ['q-15', 'q-16', 'q-17', 'q-18', 'q-19']);
    assert.equal(Object.keys(recordAsked({ old: isoDay(0) }, BUILT_IN_QUESTIONS.slice(0, 3), isoDay(9), 2)).length, 2);
  });
});

describe('session questions', () => {
  it('focus and learning questions rotate through the whole pool before any comes back', () => {
    for (const role of ['focus', 'learning'] as const) {
      const pool = SESSION_QUESTIONS.filter((q) => q.role === role);
      let lastAsked: Record<string, string> = {};
      const seen: string[] = [];
      for (let day = 0; day < pool.length; day++) {
        const q = sessionQuestion(role, lastAsked, seededRandom(day));
        seen.push(q.id);
        lastAsked = recordAsked(lastAsked, [q], isoDay(day));
      }
      assert.equal(new Set(seen).size, pool.length, `${role}: ${seen.join(', ')}`);
    }
  });

  it('"And what else?" fits the stage it follows and is not asked twice in one session', () => {
    const first = whatElseQuestion('reality', {}, seededRandom());
    assert.ok(first.role === 'what-else' && first.follows === 'reality');
    const second = whatElseQuestion('reality', {}, seededRandom(), [first.id]);
    assert.notEqual(second.id, first.id);
    const options = whatElseQuestion('options', {}, seededRandom());
    assert.ok(options.role === 'what-else' && options.follows === 'options');
  });
});
