import * as assert from 'node:assert/strict';
import { FRICTION_KINDS, GROW_STAGES } from '../../src/core/model/reflection';
import { BUILT_IN_QUESTIONS, RETIRED_QUESTION_IDS, SESSION_QUESTIONS, questionById } from '../../src/core/questions/bank';
import { ALL_SIGNAL_OPENERS } from '../../src/core/coach/openers';
import { lintQuestionText, lintQuestions, MAX_QUESTION_LENGTH, type QuestionLintProblem } from '../../src/core/questions/lint';
import { roleOf, type Question } from '../../src/core/questions/question';

/** A question with a valid id and text; override what the test is about. */
function question(overrides: Partial<Question> = {}): Question {
  return { id: 'technical-goal-99', text: 'What would done look like?', kind: 'technical', stage: 'goal', ...overrides };
}

function problemsOf(questions: readonly Question[], rule: QuestionLintProblem['rule']): QuestionLintProblem[] {
  return lintQuestions(questions).filter((p) => p.rule === rule);
}

const rulesFor = (text: string): string[] => lintQuestionText(text).map((p) => p.rule);
const grow = BUILT_IN_QUESTIONS.filter((q) => roleOf(q) === 'grow');
/** Words that point at something the person may not have named yet. */
const DANGLING = /\b(?:this|that|these|those)\b(?!\s+(?:week|sprint|month|quarter|year)\b)|\binstead\b|\bwhich option\b/i;

describe('built-in question bank', () => {
  it('passes lintQuestions with zero problems, and so do the session questions', () => {
    assert.deepEqual(lintQuestions(BUILT_IN_QUESTIONS), []);
    for (const q of SESSION_QUESTIONS) assert.deepEqual(lintQuestionText(q.text), [], q.id);
  });

  it('has at least 6 GROW questions for every friction kind × stage (96 or more)', () => {
    for (const kind of FRICTION_KINDS) {
      for (const stage of GROW_STAGES) {
        const count = grow.filter((q) => q.kind === kind && q.stage === stage).length;
        assert.ok(count >= 6, `${kind}/${stage} has ${count} questions`);
      }
    }
    assert.ok(grow.length >= 96, `${grow.length} GROW questions`);
  });

  it('has at least 6 appreciative questions per kind, asked as reality questions', () => {
    for (const kind of FRICTION_KINDS) {
      const working = BUILT_IN_QUESTIONS.filter((q) => q.kind === kind && roleOf(q) === 'appreciative');
      assert.ok(working.length >= 6, `${kind}: ${working.length}`);
      assert.ok(working.every((q) => q.stage === 'reality' && q.id.startsWith(`${kind}-working-`)));
    }
  });

  it('has the focus, "And what else?" and learning questions of a session', () => {
    const texts = (role: string) => SESSION_QUESTIONS.filter((q) => q.role === role).map((q) => q.text);
    assert.ok(texts('focus').includes("What's on your mind right now?"));
    assert.ok(texts('focus').includes("What's the real challenge here for you?"));
    assert.ok(texts('learning').includes('What was most useful in this for you?'));
    for (const follows of ['reality', 'options'] as const) {
      const variants = SESSION_QUESTIONS.filter((q) => q.role === 'what-else' && q.follows === follows).map((q) => q.text);
      assert.ok(variants.includes('And what else?') && variants.length >= 3, `${follows}: ${variants.join(' | ')}`);
    }
  });

  it('has unique ids across the bank, the session questions and the signal openers', () => {
    const ids = [...BUILT_IN_QUESTIONS, ...SESSION_QUESTIONS, ...ALL_SIGNAL_OPENERS].map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const q of grow) assert.match(q.id, new RegExp(`^${q.kind}-${q.stage}-\\d{2}$`));
  });

  it('keeps every original question id, or lists it as retired and never reuses it', () => {
    const original = FRICTION_KINDS.flatMap((kind) => GROW_STAGES.flatMap((stage) => ['01', '02', '03'].map((n) => `${kind}-${stage}-${n}`)));
    const retired = new Set(RETIRED_QUESTION_IDS);
    for (const id of original) assert.ok(questionById(id) !== undefined || retired.has(id), `${id} vanished without being retired`);
    for (const id of retired) assert.equal(questionById(id), undefined, `${id} is retired but back in the bank`);
  });

  it('never refers at the goal stage to something the person has not named yet', () => {
    for (const q of grow.filter((x) => x.stage === 'goal')) assert.doesNotMatch(q.text, DANGLING, q.id);
    for (const q of BUILT_IN_QUESTIONS) assert.doesNotMatch(q.text, /\binstead\b|\bwhich option\b/i, q.id);
  });

  it('asks for neither a bare number, nor a choice from a menu, nor presumes the answer', () => {
    for (const q of BUILT_IN_QUESTIONS) {
      assert.doesNotMatch(q.text, /^how (?:many|much)\b|\bin hours or\b/i, `${q.id} asks for a number`);
      assert.doesNotMatch(q.text, /:\s*[\w-]+(?:,\s*[\w -]+)+,?\s+or\s/i, `${q.id} is a menu`);
      assert.doesNotMatch(q.text, /\bblock in your calendar\b|\bto whom\b/i, q.id);
    }
  });

  it('addresses the person in every question', () => {
    for (const q of BUILT_IN_QUESTIONS) assert.match(q.text, /\byou(?:r|rs|'ll|'re)?\b/i, `${q.id} is not addressed to the person`);
  });

  it('does not start every question with the same word', () => {
    const openers = new Set(BUILT_IN_QUESTIONS.map((q) => q.text.split(/\s+/)[0].toLowerCase()));
    assert.ok(openers.size >= 5, `openers: ${[...openers].join(', ')}`);
  });

  it('is frozen', () => {
    assert.ok(Object.isFrozen(BUILT_IN_QUESTIONS) && Object.isFrozen(BUILT_IN_QUESTIONS[0]));
    assert.ok(Object.isFrozen(SESSION_QUESTIONS) && Object.isFrozen(SESSION_QUESTIONS[0]));
  });

  it('finds bank and session questions by id, and nothing else', () => {
    for (const each of [...BUILT_IN_QUESTIONS, ...SESSION_QUESTIONS]) assert.equal(questionById(each.id), each);
    for (const id of ['technical-goal-00', '', 'constructor', '__proto__', 'technical-reality-02']) assert.equal(questionById(id), undefined, id);
  });
});

describe('lintQuestionText, by rule family', () => {
  const fires = (rule: string, texts: string[]) => {
    for (const text of texts) assert.ok(rulesFor(text).includes(rule), `${rule} should fire: ${text} → ${rulesFor(text).join(', ')}`);
  };
  const passes = (texts: string[]) => {
    for (const text of texts) assert.deepEqual(rulesFor(text), [], text);
  };

  it('finds nothing wrong with good questions', () => {
    passes(['What would done look like?', 'How will you know it worked?', 'Who could you ask, and when?', 'What would done look like？']);
  });

  describe('closed-question', () => {
    it('fires for auxiliary openers, "Any…", fillers before them, tags and "or not"', () => {
      fires('closed-question', [
        'Do you need help?', 'is this blocking you?', 'CAN you fix it today?', "Won't that take too long?", 'Shouldn’t the build be faster?',
        'Have you tried restarting?', '  "Could you ship it?', '“Is it done?', 'Any blockers left?', 'Anything else on your mind?',
        'Anyone you could ask?', 'So, is it done?', 'And do you agree with the plan?', 'The review helped, right?',
        'You tried the fix, didn’t you?', 'It is slow, isn’t it?', 'Will you raise it or not?',
      ]);
    });

    it('names the word and suggests an open rephrasing', () => {
      const [problem] = lintQuestionText('Do you need help?');
      assert.equal(problem.rule, 'closed-question');
      assert.match(problem.message, /'Do'/);
      assert.match(problem.message, /What|How/);
    });

    it('does not fire on whole other words or a comma that is no tag', () => {
      passes(['Island hopping aside, what would you change?', 'Doing nothing, what happens?', 'Anyway, what would help?', "What's right for you?", 'Which of these is blocking you most?', 'Where, right now, does it hurt the work most?']);
    });
  });

  describe('blaming', () => {
    it('fires for why + negation or absolutes, culprits, excuses and judgement', () => {
      fires('blaming', [
        'Why did you skip the tests?', "Why didn't you ask for a review?", 'Why did not you ask?', 'Why is the build never green?',
        'Why does nobody answer?', 'Why do you always wait?', 'So, whose fault was the outage?', "Who's to blame here?", 'Who broke the build?',
        'What is your excuse this time?', 'What were you thinking?', 'What is wrong with you today?', 'How is it your fault?',
      ]);
    });

    it('allows non-blaming uses of similar words', () => {
      passes(['What did you learn from it?', 'Why does this matter to you?', 'What would you do without blame?', 'What made the build break?', 'Who noticed the failure first?']);
    });
  });

  describe('therapy-speak', () => {
    it('fires for feelings-interrogation, reassurance, childhood, trauma, body, inner critic and healing', () => {
      fires('therapy-speak', [
        'How does that make you feel?', 'How do you feel about the sprint?', 'What are you feeling right now?', 'What do your emotions say?',
        "It's okay to be stuck, what next?", 'It is ok to pause: what would help?', 'What from your childhood shows up here?', 'What did you learn as a child about conflict?',
        'What trauma does the outage bring back?', 'Where in your body do you notice the stress?', 'What is the tension in your shoulders telling you?',
        'What does your inner critic say?', 'What would help you heal from the release?', 'What is your self-talk during reviews?',
      ]);
    });

    it('allows plain questions that share words with it', () => {
      passes([
        'How would a good week feel different?', 'What would give you breathing room?', 'What would a health check of the pipeline show?',
        'What would self-healing tests change for you?', 'What triggered the failing build?', 'What makes the task hard for you?',
      ]);
    });
  });

  describe('leading', () => {
    it('fires for hindsight, "just", and questions that carry their answer', () => {
      fires('leading', ['What should you have done?', 'What could you just drop?', 'Wouldn’t it be better to ask Sam?', 'Surely you see the problem?', 'Obviously the build is slow, so what now?', "Don't you think a rewrite helps?"]);
    });

    it('allows "should" without hindsight, "just" that only tells the time, and words that contain "just"', () => {
      passes(['What should the process protect?', 'What did you leave on the branch you just left?', 'What have you just learned?', 'What would adjust the plan for you?', 'What would be better for you?']);
    });
  });

  describe('several-questions', () => {
    it('fires for more than one question mark, of either width', () => {
      fires('several-questions', ['What happened? What next?', 'What happened？ What next？', 'What, really?? Why?']);
      assert.match(lintQuestionText('What happened? What next?').find((p) => p.rule === 'several-questions')!.message, /2 questions/);
    });
  });

  describe('too-long', () => {
    it(`fires above ${MAX_QUESTION_LENGTH} characters and not at the limit, counting characters not UTF-16 units`, () => {
      const atLimit = `What ${'x'.repeat(MAX_QUESTION_LENGTH - 6)}?`;
      assert.equal(atLimit.length, MAX_QUESTION_LENGTH);
      passes([atLimit, `What ${'🙂'.repeat(MAX_QUESTION_LENGTH - 6)}?`]);
      const over = `What ${'x'.repeat(MAX_QUESTION_LENGTH - 5)}?`;
      assert.deepEqual(rulesFor(over), ['too-long']);
      assert.match(lintQuestionText(over)[0].message, /161/);
    });
  });

  describe('no-question-mark', () => {
    it('fires when the text does not end with "?" or "？"', () => {
      assert.deepEqual(rulesFor('What would done look like.'), ['no-question-mark']);
      assert.deepEqual(rulesFor('Tell me what done looks like'), ['no-question-mark']);
      assert.deepEqual(rulesFor('What? Tell me'), ['no-question-mark']);
    });

    it('accepts the full-width question mark and ignores trailing whitespace', () => {
      passes(['完了とはどういう状態ですか？', 'What would done look like?  \n', 'What would done look like？']);
    });
  });

  it('reports empty text, and nothing else, for blank input', () => {
    assert.deepEqual(rulesFor(''), ['empty']);
    assert.deepEqual(rulesFor('  \n\t '), ['empty']);
    assert.deepEqual(rulesFor(42 as unknown as string), ['empty']);
  });
});

describe('lintQuestions', () => {
  it('reports each repeat of an id once, and nothing for distinct ids', () => {
    const problems = problemsOf([question({ id: 'a' }), question({ id: 'b' }), question({ id: 'a' }), question({ id: 'a' })], 'duplicate-id');
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => p.id === 'a'));
    assert.deepEqual(problemsOf([question({ id: 'a' }), question({ id: 'b' })], 'duplicate-id'), []);
  });

  it('reports ids that are not lowercase letters, digits and dashes, labelling a missing one by position', () => {
    for (const id of ['', 'Technical-goal-01', '-leading-dash', 'has space', 'under_score', 'x'.repeat(65), 'émoji', 'a/b']) {
      assert.equal(problemsOf([question({ id })], 'bad-id').length, 1, JSON.stringify(id));
    }
    for (const id of ['technical-goal-01', 'a', '9', 'x'.repeat(64), 'team-q-2']) assert.deepEqual(problemsOf([question({ id })], 'bad-id'), [], id);
    assert.equal(problemsOf([question(), question({ id: '' })], 'bad-id')[0].id, '#2');
  });

  it('prefixes text problems with the question id', () => {
    const [problem] = lintQuestions([question({ text: 'Do you need help?' })]).filter((p) => p.rule === 'closed-question');
    assert.equal(problem.id, 'technical-goal-99');
  });

  it('reports every kind × stage no GROW question covers; appreciative questions and empty text do not cover', () => {
    const partial = BUILT_IN_QUESTIONS.filter((q) => !(q.kind === 'cultural' && q.stage === 'will') && q.stage !== 'options');
    const problems = lintQuestions(partial);
    assert.ok(problems.every((p) => p.rule === 'missing-coverage'));
    assert.deepEqual(problems.map((p) => p.id).sort(), [...FRICTION_KINDS.map((kind) => `${kind}/options`), 'cultural/will'].sort());
    const onlyWorking = lintQuestions(BUILT_IN_QUESTIONS.filter((q) => q.stage !== 'reality' || roleOf(q) === 'appreciative'));
    assert.deepEqual(onlyWorking.map((p) => p.id).sort(), FRICTION_KINDS.map((kind) => `${kind}/reality`).sort());
    const one = FRICTION_KINDS.flatMap((kind) => GROW_STAGES.map((stage) => question({ id: `${kind}-${stage}-01`, kind, stage })));
    assert.deepEqual(lintQuestions(one), []);
    one[0] = { ...one[0], text: ' ' };
    assert.deepEqual(problemsOf(one, 'missing-coverage').map((p) => p.id), [`${one[0].kind}/${one[0].stage}`]);
  });

  it('never throws on odd input, and keeps every message short and printable', () => {
    const odd = [
      null, undefined, 42, 'just a string', {}, { id: 7, text: 8, kind: 'nope', stage: null }, { id: 'x', text: '\u0000\u202e?' },
      { id: 'y', text: 'a'.repeat(1_000_000) }, { id: 'z', text: `${'why '.repeat(10_000)}did you?` }, { id: '\n\u0000'.repeat(100), text: 'What?' },
      { id: 'constructor', text: '🙂🙂🙂?', kind: '__proto__', stage: 'toString' }, { id: 'w', text: `${'!'.repeat(50_000)}a` },
    ] as unknown as Question[];
    let problems: QuestionLintProblem[] = [];
    assert.doesNotThrow(() => { problems = lintQuestions(odd); });
    assert.ok(problems.length > 0);
    for (const p of problems) {
      assert.equal(typeof p.message, 'string');
      assert.ok(p.message.length < 400, p.message.slice(0, 100));
      // eslint-disable-next-line no-control-regex -- the test is about control characters
      assert.doesNotMatch(`${p.id}${p.message}`, /[\u0000-\u001f]/);
    }
    assert.doesNotThrow(() => lintQuestions(null as unknown as Question[]));
    assert.doesNotThrow(() => lintQuestions('nope' as unknown as Question[]));
  });
});
