import * as assert from 'node:assert/strict';
import { MAX_PHRASE_CHARS, MAX_CJK_PHRASE_CHARS, MAX_RESPONSE_CHARS } from '../../src/core/coach/respond';
import * as replies from '../../src/core/coach/respond/replies';
import { REPLIES_DE } from '../../src/core/coach/respond/replies.de';
import { chooseKindEvent, signalSessionEvent } from '../../src/core/coach/sessionPlan';
import { SIGNAL_OPENERS } from '../../src/core/coach/openers';
import { BLOCKER_QUESTIONS, blockerReflection } from '../../src/core/coach/quickCaptures';
import { LIMITS } from '../../src/core/model/reflection';
import { parseTeamQuestions } from '../../src/core/model/teamConfig';
import { builtInTexts, inLanguage, questionTranslations } from '../../src/core/questions/bankLanguage';
import { useGermanQuestions } from '../fixtures/germanQuestions';
import { BUILT_IN_QUESTIONS, questionById } from '../../src/core/questions/bank';
import { fillTemplate } from '../../src/core/util/message';
import { placeholders } from '../l10n/extract';

const REPLY_FAMILIES = [replies.SKIPPED, replies.NOT_KNOWING, replies.NOT_KNOWING_WILL, replies.NOTHING_ELSE, replies.NOTHING_LEARNED, replies.DISTRESS, replies.BLAME, replies.VENTING, replies.CODE_WITH_PROSE, replies.CODE_ONLY, replies.COMMITMENT, ...Object.values(replies.PLAIN)];

describe('German question bank', () => {
  let QUESTIONS_DE: Readonly<Record<string, string>>;
  before(() => { QUESTIONS_DE = useGermanQuestions(); });

  it('has German for every built-in question (bank, session, signal openers, Log Blocker) and for no unknown id', () => {
    const ids = [...builtInTexts().keys()].sort();
    assert.deepEqual(Object.keys(QUESTIONS_DE).sort(), ids);
  });

  it('asks every German question as a question within the saved question length', () => {
    for (const [id, text] of Object.entries(QUESTIONS_DE)) {
      assert.match(text, /\?$/, id);
      assert.ok(text.length <= LIMITS.questionChars, id);
      assert.notEqual(text, builtInTexts().get(id), `${id} is translated, not copied`);
    }
  });

  it('gives a built-in question its German text and keeps its id', () => {
    const question = questionById('technical-goal-01')!;
    assert.deepEqual(inLanguage(question, 'de'), { ...question, text: QUESTIONS_DE['technical-goal-01'] });
    assert.equal(inLanguage(question, 'en'), question);
    assert.equal(inLanguage(question, undefined), question);
  });

  it('leaves a team question alone even when it reuses a built-in id', () => {
    const team = { ...BUILT_IN_QUESTIONS[0], text: 'Our own words for this?' };
    assert.equal(inLanguage(team, 'de'), team);
  });

  it('plans a German session: every question in German, ids as in English', () => {
    const sources = { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: () => 0 };
    const english = chooseKindEvent('technical', sources);
    const german = chooseKindEvent('technical', { ...sources, locale: 'de' });
    assert.ok(english.type === 'chooseKind' && german.type === 'chooseKind');
    assert.deepEqual(german.questions.map((q) => q.id), english.questions.map((q) => q.id));
    for (const q of [...german.questions, german.learning!]) assert.equal(q.text, QUESTIONS_DE[q.id], q.id);
  });

  it('asks a signal session’s opener in German', () => {
    const opening = SIGNAL_OPENERS['task-failed'][0];
    const event = signalSessionEvent(opening, { kind: 'task-failed' }, { bank: BUILT_IN_QUESTIONS, lastAsked: {}, random: () => 0, locale: 'de' });
    assert.ok(event.type === 'chooseKind');
    assert.deepEqual(event.questions[0], { id: opening.id, text: QUESTIONS_DE[opening.id], stage: opening.stage });
  });

  it('refuses a translation table that names an unknown id or holds a broken text, saying which', () => {
    assert.deepEqual(questionTranslations({ 'no-such-question': 'Was?' }), { error: 'it names “no-such-question”, which is not a built-in question id' });
    assert.deepEqual(questionTranslations({ 'technical-goal-01': 'Zwei\nZeilen?' }), { error: 'the text of “technical-goal-01” is not a non-empty line of text' });
    assert.deepEqual(questionTranslations(['technical-goal-01']), { error: 'it is not an object of question id → text' });
    assert.ok('table' in questionTranslations({ 'technical-goal-01': 'Wohin?' }));
  });

  it('saves a blocker with the questions as asked in German, under the same ids', () => {
    const asked = { blocker: inLanguage(BLOCKER_QUESTIONS.blocker, 'de'), unblock: inLanguage(BLOCKER_QUESTIONS.unblock, 'de') };
    const reflection = blockerReflection({ kind: null, blocker: 'Die CI hängt', unblock: 'Ein Runner mehr' }, { id: '2026-11-29-blocker-abc', created: '2026-11-29T10:00:00+01:00', visibility: 'team' }, asked);
    assert.deepEqual(reflection.exchanges.map((e) => [e.question, e.text]), [
      ['blocker-in-the-way', 'Was steht dir im Weg?'],
      ['blocker-unblock', 'Was würde dich wieder freimachen?'],
    ]);
  });
});

describe('German coach lines', () => {
  it('translate every line of replies.ts and nothing else', () => {
    assert.deepEqual(Object.keys(REPLIES_DE).sort(), [...new Set(REPLY_FAMILIES.flat())].sort());
  });

  it('keep the placeholder of each line', () => {
    for (const [key, value] of Object.entries(REPLIES_DE)) assert.deepEqual(placeholders(value), placeholders(key), key);
  });

  it('fit MAX_RESPONSE_CHARS with the longest phrase filled in', () => {
    const longest = 'x'.repeat(Math.max(MAX_PHRASE_CHARS, MAX_CJK_PHRASE_CHARS));
    for (const line of Object.values(REPLIES_DE)) assert.ok(fillTemplate(line, [longest]).length <= MAX_RESPONSE_CHARS, line);
  });
});

describe('team questions in a language of their own', () => {
  const yaml = [
    'schema: retro-coach/questions/v1',
    'lang: fr',
    'questions:',
    "  - { id: team-goal-01, text: 'Quel est ton objectif pour vendredi ?', kind: technical, stage: goal }",
    "  - { id: team-goal-02, text: 'Was willst du bis Freitag erreicht haben?', kind: technical, stage: goal, lang: de }",
  ].join('\n');

  it('reads the file’s lang for its questions, and a question’s own lang over it', () => {
    const { questions, problems } = parseTeamQuestions(yaml);
    assert.deepEqual(problems, []);
    assert.deepEqual(questions.map((q) => [q.id, q.lang]), [['team-goal-01', 'fr'], ['team-goal-02', 'de']]);
  });

  it('reports a lang that is not a language tag, with where and what to write', () => {
    const { problems } = parseTeamQuestions(yaml.replace('lang: fr', 'lang: French!'));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /lang/);
    assert.match(problems[0].message, /language tag such as de, en or pt-BR/);
  });

  it('prefers questions in the person’s language and falls back to the others', () => {
    const team = parseTeamQuestions(yaml).questions;
    const bank = [...BUILT_IN_QUESTIONS, ...team];
    const goal = (locale: string, from = bank) => {
      const event = chooseKindEvent('technical', { bank: from, lastAsked: {}, random: () => 0.99, locale });
      assert.ok(event.type === 'chooseKind');
      return event.questions.find((q) => q.stage === 'goal')!;
    };
    assert.equal(goal('fr-CA').id, 'team-goal-01', 'only the team speaks French');
    assert.ok(!goal('de').id.startsWith('team-goal-01'), 'a German speaker is not asked the French question while others fit');
    assert.ok(!goal('en').id.startsWith('team-goal-0'), 'an English speaker gets the built-ins, not the French or German team questions');
    assert.equal(goal('en', team).id, 'team-goal-02', 'with nothing in English, the fallback still asks');
  });
});
