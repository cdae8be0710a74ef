import * as assert from 'node:assert/strict';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { DEFAULT_TEAM_CONFIG, combineBank, parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';

describe('team configuration in .coaching', () => {
  const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

  it('reads config.yaml, keeping good fields and reporting bad ones at their key with their value', () => {
    const text = [
      'schema: retro-coach/config/v1',
      'questions: replace',
      'defaultVisibility: everyone',
      'friction: [technical, procedural, spiritual]',
      'pulse:',
      '  - focus',
      '  - { id: sleep, label: sleep, low: exhausted, high: rested }',
      '  - 42',
      'colour: blue',
    ].join('\n');
    const { config, problems } = parseTeamConfig(text);
    assert.equal(config.questions, 'replace');
    assert.equal(config.defaultVisibility, undefined);
    assert.deepEqual(config.friction, ['technical', 'procedural']);
    assert.deepEqual(config.pulse.map((d) => d.id), ['focus', 'sleep']);
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [
      [3, 'defaultVisibility is \'everyone\'; use team, anonymous or private.'],
      [4, "friction[2] is 'spiritual'; use technical, procedural, cultural or personal."],
      [8, 'pulse[2] is 42; use focus, flow, clarity, collaboration or energy, or a mapping with id, label, low and high.'],
      [9, "Unknown field 'colour'; the fields here are schema, team, questions, defaultVisibility, friction or pulse. Check its spelling or remove it."],
    ].sort((a, b) => Number(a[0]) - Number(b[0])));
    assert.ok(problems.every((p) => p.severity === 'warning'));
  });

  it('reports pulse dimensions that are too long, not text or repeated, instead of cutting or converting them', () => {
    const text = [
      'pulse:',
      `  - { id: sleep, label: ${'😴'.repeat(41)} }`,
      '  - { id: mood, label: Mood, low: 1, high: [great] }',
      '  - { id: calm, label: Calm }',
      '  - calm',
      '  - { id: calm, label: Calm again }',
    ].join('\n');
    const { config, problems } = parseTeamConfig(text);
    assert.deepEqual(config.pulse, [{ id: 'calm', label: 'Calm', low: 'low', high: 'high' }]);
    const messages = problems.map((p) => `${p.line}: ${p.message}`);
    assert.ok(messages.includes('2: pulse[0].label is 41 characters long; the limit is 40. Shorten it.'), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('3: pulse[1].low is 1; write what a 1 means')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('3: pulse[1].high is a list;')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith("6: pulse[4] is 'calm', which an earlier entry already names")), messages.join('\n'));
  });

  it('an empty or broken config.yaml leaves the defaults, with the syntax error located', () => {
    assert.deepEqual(parseTeamConfig('').config, DEFAULT_TEAM_CONFIG);
    const broken = parseTeamConfig('questions: [merge\n');
    assert.deepEqual(broken.config, DEFAULT_TEAM_CONFIG);
    assert.match(broken.problems[0].message, /^YAML syntax/);
    assert.equal(broken.problems[0].severity, 'error');
  });

  it('reads questions.yaml, leaving out malformed entries and linting the rest as warnings', () => {
    const text = [
      'schema: retro-coach/questions/v1',
      'questions:',
      '  - { id: team-goal-01, text: "What would a calm release day look like for you?", kind: procedural, stage: goal }',
      '  - { id: team-will-01, text: "Will you fix it today?", kind: technical, stage: will }',
      '  - { id: team-bad-01, text: "No kind", stage: will }',
    ].join('\n');
    const { questions, problems } = parseTeamQuestions(text);
    assert.deepEqual(questions.map((q) => q.id), ['team-goal-01', 'team-will-01']);
    const yesNo = problems.find((p) => p.severity === 'warning' && /yes\/no/.test(p.message));
    assert.match(yesNo?.message ?? '', /Will/);
    assert.equal(yesNo?.line, 4);
    const left = problems.filter((p) => p.severity === 'error');
    assert.deepEqual(left.map((p) => [p.line, p.message]), [
      [5, "questions[2] has no 'kind'; use technical, procedural, cultural or personal. This question is left out."],
      [5, "questions[2].text is 'No kind'; write one open question, at most 160 characters, ending with '?'."],
    ]);
    assert.ok(!problems.some((p) => /coverage/i.test(p.message)), 'a partial team bank is not a coverage problem');
  });

  it('reports unknown keys in questions.yaml at the key, and a repeated question id at the repeat', () => {
    const text = [
      'questions:',
      '  - id: team-goal-01',
      '    text: What would a calm release day look like for you?',
      '    kind: procedural',
      '    stage: goal',
      '    hint: ask it slowly',
      '  - id: team-goal-01',
      '    text: What would a calm deploy look like for you?',
      '    kind: technical',
      '    stage: goal',
      'owner: platform team',
    ].join('\n');
    const { questions, problems } = parseTeamQuestions(text);
    assert.deepEqual(questions.map((q) => q.text), ['What would a calm release day look like for you?']);
    const at = (re: RegExp) => problems.find((p) => re.test(p.message));
    assert.deepEqual([at(/Unknown field 'hint' in questions\[0\]/)?.line, at(/Unknown field 'hint'/)?.col, at(/Unknown field 'hint'/)?.severity], [lineOf(text, '    hint:'), 5, 'warning']);
    assert.equal(at(/Unknown field 'owner'/)?.line, lineOf(text, 'owner:'));
    const repeat = at(/already uses/);
    assert.equal(repeat?.line, 7, 'the repeat, not the first question');
    assert.equal(repeat?.message, "questions[1].id is 'team-goal-01', which questions[0] already uses; give each question its own id. This question is left out.");
    assert.equal(repeat?.severity, 'error');
  });

  it('merges with the built-in bank (team ids win), replaces it, and drops disabled kinds', () => {
    const team = [{ id: 'technical-goal-01', text: 'What would done look like for your team this week?', kind: 'technical' as const, stage: 'goal' as const }];
    const merged = combineBank(BUILT_IN_QUESTIONS, team, DEFAULT_TEAM_CONFIG);
    assert.equal(merged.length, BUILT_IN_QUESTIONS.length);
    assert.equal(merged.find((q) => q.id === 'technical-goal-01')?.text, team[0].text);
    assert.deepEqual(combineBank(BUILT_IN_QUESTIONS, team, { ...DEFAULT_TEAM_CONFIG, questions: 'replace' }), team);
    assert.ok(combineBank(BUILT_IN_QUESTIONS, [], { ...DEFAULT_TEAM_CONFIG, friction: ['cultural'] }).every((q) => q.kind === 'cultural'));
    assert.equal(combineBank(BUILT_IN_QUESTIONS, [], { ...DEFAULT_TEAM_CONFIG, questions: 'replace' }).length, BUILT_IN_QUESTIONS.length, 'replace with no team questions keeps the built-ins');
  });
});
