import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import type { Reflection } from '../../src/core/model/reflection';
import { sampleReflection } from './fixtures';

function roundTrip(reflection: Reflection): Reflection {
  const result = parseReflection(serializeReflection(reflection));
  if (!result.ok) assert.fail(`did not parse back: ${JSON.stringify(result.problems)}`);
  return result.reflection;
}

describe('reflection YAML', () => {
  it('round-trips a reflection unchanged', () => {
    const reflection = sampleReflection();
    assert.deepEqual(roundTrip(reflection), reflection);
  });

  it('round-trips answers with unicode, YAML-special characters and odd whitespace', () => {
    const answers = [
      'Ünïcødé ✓ — 日本語のテキスト 🚧',
      ': starts with a colon',
      '# looks like a comment',
      '- looks like a list item',
      '| looks like a block scalar',
      '> folded?',
      'key: value # with a comment',
      '"quoted" and \'single\'',
      '   leading spaces\nand a second line',
      'trailing newline kept\n',
      'two trailing newlines\n\n',
      'tabs\tinside\tand CRLF\r\nline',
      'yes',
      'null',
      '123',
      '2026-11-25',
      '&anchor *alias !!tag %directive @reserved `backtick',
      '---\n...\nlooks like document markers',
      '\n\nstarts with blank lines',
    ];
    const reflection = sampleReflection({
      exchanges: answers.map((answer, i) => ({ question: `technical-goal-0${i % 3 + 1}`, text: `Q${i}: what about ${answer.slice(0, 10)}?`, answer })),
    });
    assert.deepEqual(roundTrip(reflection), reflection);
  });

  it('writes a header comment, stable key order and block scalars for multi-line answers', () => {
    const text = serializeReflection(sampleReflection());
    assert.match(text, /^# Retro Coach reflection \(retro-coach\/reflection\/v1\)/);
    const keys = text.split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.split(':')[0]);
    assert.deepEqual(keys, ['schema', 'id', 'kind', 'created', 'author', 'visibility', 'friction', 'trigger', 'exchanges', 'actions']);
    assert.match(text, /answer: \|-?\n\s+Two hours a day\.\n\s+Mostly waiting\./);
    assert.ok(!/\n\s*answer: "Two hours/.test(text), 'multi-line answers are not flow-quoted');
  });

  it('round-trips pulse ratings and action updates, in documented order', () => {
    const pulse = sampleReflection({ kind: 'pulse', pulse: { focus: 4, flow: 2, clarity: 5 }, actions: [] });
    assert.deepEqual(roundTrip(pulse), pulse);
    const followUp = sampleReflection({
      kind: 'follow-up',
      exchanges: [],
      actions: [],
      updates: [{ action: 'abcd1234-a1', status: 'done', note: 'Merged on Tuesday.\nCI is at 9 minutes.' }, { action: 'abcd1234-a2', status: 'dropped' }],
    });
    assert.deepEqual(roundTrip(followUp), followUp);
    const keys = serializeReflection({ ...followUp, pulse: { focus: 3 } }).split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.split(':')[0]);
    assert.deepEqual(keys.slice(-3), ['pulse', 'actions', 'updates']);
  });

  it('never writes an author into an anonymous reflection', () => {
    const text = serializeReflection(sampleReflection({ visibility: 'anonymous', author: 'Ada Tester' }));
    assert.ok(!text.includes('Ada Tester'.split(' ')[0]) || !/^author:/m.test(text));
    assert.ok(!/^author:/m.test(text));
    assert.equal(parse(text).author, undefined);
  });

  it('omits absent optional fields instead of writing nulls', () => {
    const text = serializeReflection(sampleReflection({ author: undefined, actions: [{ id: 'k3j9x2ab-a1', text: 'Ask for help', status: 'open' }] }));
    assert.ok(!/null|~/.test(text));
    assert.ok(!/owner:|due:|^author:/m.test(text));
  });
});

describe('parseReflection on bad input', () => {
  const valid = serializeReflection(sampleReflection());

  function problems(text: string) {
    const result = parseReflection(text);
    assert.equal(result.ok, false, 'should be refused');
    return result.ok ? [] : result.problems;
  }

  it('reports YAML syntax errors with their line', () => {
    const [p] = problems('schema: retro-coach/reflection/v1\nid: [unclosed\n');
    assert.match(p.message, /^YAML syntax/);
    assert.doesNotMatch(p.message, /at line \d+/, 'the position is given once, by line and col');
    assert.ok(p.line >= 2, `line ${p.line}`);
  });

  it('refuses files over the size limit before parsing them', () => {
    const [p] = problems(`${valid}# ${'x'.repeat(300 * 1024)}\n`);
    assert.match(p.message, /limited to/);
  });

  it('refuses exponential alias expansion', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const ps = problems(bomb.join('\n'));
    assert.ok(ps.length >= 1);
  });

  it('points at the line of a wrong field and says what to do', () => {
    const text = valid.replace('visibility: team', 'visibility: everyone');
    const [p] = problems(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('visibility:')) + 1;
    assert.equal(p.line, line);
    assert.match(p.message, /^visibility: 'visibility' must be one of 'team', 'anonymous', 'private'/);
  });

  it('names missing fields, unknown fields and bad dates', () => {
    const text = valid.replace(/\n {4}due: .*/, '\n    due: next week').replace(/^friction:/m, 'frictoin:');
    const messages = problems(text).map((p) => p.message).join('\n');
    assert.match(messages, /Unknown field 'frictoin'/);
    assert.match(messages, /'friction' must be a list/);
    assert.match(messages, /'due' must be a date like 2026-12-01, not 'next week'/);
  });

  it('refuses out-of-range pulse ratings, unknown update statuses and edited action statuses', () => {
    const pulse = serializeReflection(sampleReflection({ kind: 'pulse', pulse: { focus: 4 } })).replace('focus: 4', 'focus: 7');
    assert.match(problems(pulse)[0].message, /pulse\.focus: 'focus' must be a whole number from 1 to 5, not number 7/);
    const followUp = serializeReflection(sampleReflection({ kind: 'follow-up', updates: [{ action: 'abcd1234-a1', status: 'done' }] })).replace('status: done', 'status: finished');
    assert.match(problems(followUp).map((p) => p.message).join('\n'), /updates\[0\]\.status: 'status' must be one of 'open', 'done', 'dropped'/);
    const edited = valid.replace(/status: open/, 'status: done');
    assert.match(problems(edited)[0].message, /later changes go in a follow-up file/);
    assert.match(problems(serializeReflection(sampleReflection({ kind: 'pulse' })))[0].message, /pulse check needs its 'pulse' ratings/);
  });

  it('refuses a newer format version with advice to update', () => {
    const [p] = problems(valid.replace(/^schema: .*$/m, 'schema: retro-coach/reflection/v2'));
    assert.match(p.message, /update Retro Coach/);
  });

  it('refuses an anonymous reflection that names its author', () => {
    const text = valid.replace('visibility: team', 'visibility: anonymous');
    assert.match(problems(text).map((p) => p.message).join('\n'), /anonymous reflection must not name its author/);
  });

  it('refuses non-mapping documents and empty files', () => {
    assert.match(problems('- a\n- b\n')[0].message, /must be a YAML mapping/);
    assert.match(problems('')[0].message, /must be a YAML mapping/);
  });
});
