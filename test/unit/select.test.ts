import * as assert from 'node:assert/strict';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { recordAsked, selectQuestions, stagePlan } from '../../src/core/questions/select';
import type { Question } from '../../src/core/questions/question';
import { seededRandom } from './fixtures';

describe('question selection', () => {
  it('walks goal → reality → options → will, with 3 to 5 questions', () => {
    assert.deepEqual(stagePlan(3), ['goal', 'reality', 'will']);
    assert.deepEqual(stagePlan(4), ['goal', 'reality', 'options', 'will']);
    assert.deepEqual(stagePlan(5), ['goal', 'reality', 'reality', 'options', 'will']);
    assert.deepEqual(stagePlan(1), stagePlan(3));
    assert.deepEqual(stagePlan(99), stagePlan(5));
    for (const count of [3, 4, 5]) {
      const picked = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'cultural', count, lastAsked: {}, random: seededRandom() });
      assert.deepEqual(picked.map((q) => q.stage), stagePlan(count));
      assert.equal(new Set(picked).size, count, 'no question twice');
      assert.ok(picked.every((q) => q.kind === 'cultural'));
    }
  });

  it('prefers the least recently asked questions', () => {
    const goals = BUILT_IN_QUESTIONS.filter((q) => q.kind === 'technical' && q.stage === 'goal');
    const lastAsked: Record<string, string> = {};
    goals.forEach((q, i) => { lastAsked[q.id] = `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`; });
    for (let seed = 0; seed < 20; seed++) {
      const [goal] = selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'technical', lastAsked, random: seededRandom(seed) });
      assert.equal(goal.id, goals[0].id, 'the oldest one wins whatever the randomness');
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

  it('"not sure" draws from every kind; a thin bank falls back to other kinds rather than skipping a stage', () => {
    const kinds = new Set<string>();
    for (let seed = 0; seed < 30; seed++) for (const q of selectQuestions({ bank: BUILT_IN_QUESTIONS, kind: 'unsure', lastAsked: {}, random: seededRandom(seed) })) kinds.add(q.kind);
    assert.equal(kinds.size, 4);
    const thin: Question[] = [
      { id: 'a', text: 'What would done look like?', kind: 'technical', stage: 'goal' },
      { id: 'b', text: 'What is in the way?', kind: 'procedural', stage: 'reality' },
      { id: 'c', text: 'What will you do first?', kind: 'technical', stage: 'will' },
    ];
    assert.deepEqual(selectQuestions({ bank: thin, kind: 'technical', lastAsked: {}, random: seededRandom() }).map((q) => q.id), ['a', 'b', 'c']);
  });

  it('recordAsked stamps asked questions and stays bounded', () => {
    const qs = BUILT_IN_QUESTIONS.slice(0, 3);
    const map = recordAsked({ old: '2020-01-01T00:00:00Z' }, qs, '2026-11-25T10:00:00Z', 2);
    assert.equal(Object.keys(map).length, 2);
    assert.ok(!('old' in map));
  });
});
