import * as assert from 'node:assert/strict';
import { FRICTION_KINDS, GROW_STAGES } from '../../src/core/model/reflection';
import { BUILT_IN_QUESTIONS, questionById } from '../../src/core/questions/bank';
import { lintQuestions, MAX_QUESTION_LENGTH, type QuestionLintProblem } from '../../src/core/questions/lint';
import type { Question } from '../../src/core/questions/question';

/** A question with a valid id and text; override what the test is about. */
function question(overrides: Partial<Question> = {}): Question {
  return { id: 'technical-goal-99', text: 'What would done look like?', kind: 'technical', stage: 'goal', ...overrides };
}

/** Problems of one rule, ignoring coverage (single-question inputs never cover the grid). */
function problemsOf(questions: readonly Question[], rule: QuestionLintProblem['rule']): QuestionLintProblem[] {
  return lintQuestions(questions).filter((p) => p.rule === rule);
}

function rulesFor(text: string): string[] {
  return lintQuestions([question({ text })])
    .filter((p) => p.rule !== 'missing-coverage')
    .map((p) => p.rule);
}

describe('built-in question bank', () => {
  it('passes lintQuestions with zero problems', () => {
    assert.deepEqual(lintQuestions(BUILT_IN_QUESTIONS), []);
  });

  it('has at least 40 questions', () => {
    assert.ok(BUILT_IN_QUESTIONS.length >= 40, `only ${BUILT_IN_QUESTIONS.length} questions`);
  });

  it('has at least 3 questions for every friction kind × GROW stage', () => {
    for (const kind of FRICTION_KINDS) {
      for (const stage of GROW_STAGES) {
        const count = BUILT_IN_QUESTIONS.filter((q) => q.kind === kind && q.stage === stage).length;
        assert.ok(count >= 3, `${kind}/${stage} has ${count} questions`);
      }
    }
  });

  it('has unique ids of the form <kind>-<stage>-<nn> that match the kind and stage', () => {
    const ids = BUILT_IN_QUESTIONS.map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const q of BUILT_IN_QUESTIONS) {
      assert.match(q.id, /^[a-z]+-[a-z]+-\d{2}$/);
      assert.ok(q.id.startsWith(`${q.kind}-${q.stage}-`), q.id);
    }
  });

  it('keeps every question short, second person and ending in "?"', () => {
    for (const q of BUILT_IN_QUESTIONS) {
      assert.ok(q.text.length <= MAX_QUESTION_LENGTH, q.id);
      assert.ok(q.text.endsWith('?'), q.id);
      assert.match(q.text, /\byou(r|'ll|'re)?\b/i, `${q.id} is not addressed to the person`);
    }
  });

  it('does not start every question with the same word', () => {
    const openers = new Set(BUILT_IN_QUESTIONS.map((q) => q.text.split(/\s+/)[0].toLowerCase()));
    assert.ok(openers.size >= 5, `openers: ${[...openers].join(', ')}`);
  });

  it('is frozen', () => {
    assert.ok(Object.isFrozen(BUILT_IN_QUESTIONS));
    assert.ok(Object.isFrozen(BUILT_IN_QUESTIONS[0]));
  });

  it('finds questions by id', () => {
    const first = BUILT_IN_QUESTIONS[0];
    assert.equal(questionById(first.id), first);
    const q = questionById('technical-goal-01');
    assert.ok(q);
    assert.equal(q.kind, 'technical');
    assert.equal(q.stage, 'goal');
    for (const each of BUILT_IN_QUESTIONS) assert.equal(questionById(each.id), each);
  });

  it('returns undefined for unknown ids', () => {
    assert.equal(questionById('technical-goal-00'), undefined);
    assert.equal(questionById(''), undefined);
    assert.equal(questionById('constructor'), undefined);
    assert.equal(questionById('__proto__'), undefined);
  });
});

describe('lintQuestions', () => {
  it('finds nothing wrong with a good question', () => {
    assert.deepEqual(rulesFor('What would done look like?'), []);
    assert.deepEqual(rulesFor('How will you know it worked?'), []);
    assert.deepEqual(rulesFor('Who could you ask, and when?'), []);
  });

  describe('yes-no-opener', () => {
    it('fires for questions opening with an auxiliary verb, in any case', () => {
      for (const text of [
        'Do you need help?',
        'is this blocking you?',
        'CAN you fix it today?',
        "Won't that take too long?",
        "Don't you think so?",
        'Shouldn’t the build be faster?', // typographic apostrophe
        'Have you tried restarting?',
        'Must it be done today?',
      ]) {
        assert.deepEqual(rulesFor(text), ['yes-no-opener'], text);
      }
    });

    it('looks past leading quotes and whitespace', () => {
      assert.deepEqual(rulesFor('  "Could you ship it?'), ['yes-no-opener']);
      assert.deepEqual(rulesFor('“Is it done?'), ['yes-no-opener']);
    });

    it('names the word and suggests an open rephrasing', () => {
      const [problem] = problemsOf([question({ text: 'Do you need help?' })], 'yes-no-opener');
      assert.ok(problem);
      assert.equal(problem.id, 'technical-goal-99');
      assert.match(problem.message, /'Do'/);
      assert.match(problem.message, /What|How/);
    });

    it('only looks at the whole first word', () => {
      assert.deepEqual(rulesFor('Island hopping aside, what would you change?'), []);
      assert.deepEqual(rulesFor('Doing nothing, what happens?'), []);
      assert.deepEqual(rulesFor('Which of these is blocking you most?'), []);
      assert.deepEqual(rulesFor('Where do you want to be?'), []);
    });
  });

  describe('too-long', () => {
    it(`fires above ${MAX_QUESTION_LENGTH} characters and not at the limit`, () => {
      const atLimit = `What ${'x'.repeat(MAX_QUESTION_LENGTH - 6)}?`;
      assert.equal(atLimit.length, MAX_QUESTION_LENGTH);
      assert.deepEqual(rulesFor(atLimit), []);
      const over = `What ${'x'.repeat(MAX_QUESTION_LENGTH - 5)}?`;
      assert.deepEqual(rulesFor(over), ['too-long']);
      const [problem] = problemsOf([question({ text: over })], 'too-long');
      assert.match(problem.message, /161/);
    });

    it('counts characters, not UTF-16 units', () => {
      const emoji = `What ${'🙂'.repeat(MAX_QUESTION_LENGTH - 6)}?`;
      assert.deepEqual(rulesFor(emoji), []);
    });
  });

  describe('no-question-mark', () => {
    it('fires when the text does not end with "?"', () => {
      assert.deepEqual(rulesFor('What would done look like.'), ['no-question-mark']);
      assert.deepEqual(rulesFor('Tell me what done looks like'), ['no-question-mark']);
      assert.deepEqual(rulesFor('What? Tell me'), ['no-question-mark']);
    });

    it('ignores trailing whitespace', () => {
      assert.deepEqual(rulesFor('What would done look like?  \n'), []);
    });
  });

  describe('blaming', () => {
    it('fires for blaming phrasings', () => {
      for (const text of [
        'Why did you skip the tests?',
        "Why didn't you ask for a review?",
        'Why didn’t you ask?',
        'Why did not you ask?',
        'So, whose fault was the outage?',
        'Who is to blame for the slip?',
        "Who's to blame here?",
      ]) {
        assert.deepEqual(rulesFor(text), ['blaming'], text);
      }
    });

    it('allows non-blaming uses of similar words', () => {
      assert.deepEqual(rulesFor('What did you learn from it?'), []);
      assert.deepEqual(rulesFor('Why does this matter to you?'), []);
      assert.deepEqual(rulesFor('What would you do without blame?'), []);
    });
  });

  describe('therapy-speak', () => {
    it('fires for therapy-speak phrasings', () => {
      for (const text of [
        'How does that make you feel?',
        'And how did that make you feel?',
        "It's okay to be stuck, what next?",
        'It’s okay to rest, what will you drop?',
        'It is ok to pause: what would help?',
        'Your feelings are valid, so what now?',
      ]) {
        assert.deepEqual(rulesFor(text), ['therapy-speak'], text);
      }
    });

    it('allows plain questions about feelings of the work', () => {
      assert.deepEqual(rulesFor('How would a good week feel different?'), []);
      assert.deepEqual(rulesFor('What makes this task hard for you?'), []);
    });
  });

  describe('duplicate-id', () => {
    it('fires once for each repeat of an id', () => {
      const problems = problemsOf(
        [question({ id: 'a' }), question({ id: 'b' }), question({ id: 'a' }), question({ id: 'a' })],
        'duplicate-id',
      );
      assert.equal(problems.length, 2);
      assert.ok(problems.every((p) => p.id === 'a'));
      assert.match(problems[0].message, /'a'/);
    });

    it('does not fire for distinct ids', () => {
      assert.deepEqual(problemsOf([question({ id: 'a' }), question({ id: 'b' })], 'duplicate-id'), []);
    });
  });

  describe('bad-id', () => {
    it('fires for ids that are not lowercase letters, digits and dashes', () => {
      for (const id of ['', 'Technical-goal-01', '-leading-dash', 'has space', 'under_score', 'x'.repeat(65), 'émoji', 'a/b']) {
        assert.equal(problemsOf([question({ id })], 'bad-id').length, 1, JSON.stringify(id));
      }
    });

    it('accepts well-formed ids', () => {
      for (const id of ['technical-goal-01', 'a', '9', 'x'.repeat(64), 'team-q-2']) {
        assert.deepEqual(problemsOf([question({ id })], 'bad-id'), [], id);
      }
    });

    it('labels a question without an id by its position', () => {
      const [problem] = problemsOf([question(), question({ id: '' })], 'bad-id');
      assert.equal(problem.id, '#2');
    });
  });

  describe('empty', () => {
    it('fires for empty or whitespace-only text, and nothing else does', () => {
      assert.deepEqual(rulesFor(''), ['empty']);
      assert.deepEqual(rulesFor('  \n\t '), ['empty']);
    });
  });

  describe('missing-coverage', () => {
    it('reports every uncovered kind × stage cell of a partial bank', () => {
      const partial = BUILT_IN_QUESTIONS.filter((q) => !(q.kind === 'cultural' && q.stage === 'will') && q.stage !== 'options');
      const problems = lintQuestions(partial);
      assert.ok(problems.every((p) => p.rule === 'missing-coverage'));
      const expected = [...FRICTION_KINDS.map((kind) => `${kind}/options`), 'cultural/will'].sort();
      assert.deepEqual(problems.map((p) => p.id).sort(), expected);
      assert.ok(problems.every((p) => p.message.length > 0));
    });

    it('reports all 16 cells for an empty list', () => {
      const problems = lintQuestions([]);
      assert.equal(problems.length, FRICTION_KINDS.length * GROW_STAGES.length);
      assert.ok(problems.some((p) => p.id === 'personal/reality'));
    });

    it('is satisfied by one question per cell', () => {
      const one = FRICTION_KINDS.flatMap((kind) =>
        GROW_STAGES.map((stage) => question({ id: `${kind}-${stage}-01`, kind, stage })),
      );
      assert.deepEqual(lintQuestions(one), []);
    });

    it('does not count a question with empty text as coverage', () => {
      const one = FRICTION_KINDS.flatMap((kind) =>
        GROW_STAGES.map((stage) => question({ id: `${kind}-${stage}-01`, kind, stage })),
      );
      one[0] = { ...one[0], text: ' ' };
      const coverage = problemsOf(one, 'missing-coverage');
      assert.deepEqual(coverage.map((p) => p.id), [`${one[0].kind}/${one[0].stage}`]);
    });
  });

  describe('robustness', () => {
    it('never throws on odd input', () => {
      const odd = [
        null,
        undefined,
        42,
        'just a string',
        {},
        { id: 7, text: 8, kind: 'nope', stage: null },
        { id: 'x', text: '\u0000\u202e?' },
        { id: 'y', text: 'a'.repeat(1_000_000) },
        { id: 'z', text: `${'why '.repeat(10_000)}did you?` },
        { id: '\n\u0000'.repeat(100), text: 'What?' },
        { id: 'constructor', text: '🙂🙂🙂?', kind: '__proto__', stage: 'toString' },
      ] as unknown as Question[];
      let problems: QuestionLintProblem[] = [];
      assert.doesNotThrow(() => {
        problems = lintQuestions(odd);
      });
      assert.ok(problems.length > 0);
      for (const p of problems) {
        assert.equal(typeof p.id, 'string');
        assert.equal(typeof p.message, 'string');
        assert.ok(p.message.length < 400, p.message.slice(0, 100));
      }
      assert.doesNotThrow(() => lintQuestions(null as unknown as Question[]));
      assert.doesNotThrow(() => lintQuestions('nope' as unknown as Question[]));
    });
  });
});
