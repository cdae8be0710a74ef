import * as assert from 'node:assert/strict';
import { BUILT_IN_QUESTIONS } from '../../src/core/questions/bank';
import { DEFAULT_TEAM_CONFIG, combineBank, parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';

describe('team configuration in .coaching', () => {
  it('reads config.yaml, keeping good fields and reporting bad ones with their line', () => {
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
    const at = (needle: RegExp) => problems.find((p) => needle.test(p.message));
    assert.equal(at(/'defaultVisibility' must be/)?.line, 3);
    assert.equal(at(/'friction' must list/)?.line, 4);
    assert.equal(at(/pulse dimension/)?.line, 8);
    assert.equal(at(/Unknown setting 'colour'/)?.line, 9);
    assert.ok(problems.every((p) => p.severity === 'warning'));
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
    const yesNo = problems.find((p) => p.severity === 'warning');
    assert.match(yesNo?.message ?? '', /yes\/no|Will/);
    assert.equal(yesNo?.line, 4);
    const left = problems.find((p) => p.severity === 'error');
    assert.match(left?.message ?? '', /left out/);
    assert.equal(left?.line, 5);
    assert.ok(!problems.some((p) => /coverage/i.test(p.message)), 'a partial team bank is not a coverage problem');
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
