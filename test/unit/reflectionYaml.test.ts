import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { LIMITS, type Reflection } from '../../src/core/model/reflection';
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

  /** 1-based line of the first line of `text` that starts with `prefix`. */
  const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

  it('points at the key of a wrong field and says what it is and what to write instead', () => {
    const text = valid.replace('visibility: team', 'visibility: 42');
    const [p] = problems(text);
    assert.deepEqual({ line: p.line, col: p.col }, { line: lineOf(text, 'visibility:'), col: 1 });
    assert.equal(p.message, 'visibility is 42; use team, anonymous or private.');
  });

  it('names missing fields, unknown fields (at the key) and bad dates, top to bottom', () => {
    const text = valid.replace(/\n {4}due: .*/, '\n    due: next week').replace(/^friction:/m, 'frictoin:');
    const found = problems(text);
    assert.equal(found.length, 3, JSON.stringify(found));
    assert.equal(found[0].message, "The reflection has no 'friction'; write a list of technical, procedural, cultural or personal, or [] for none.");
    assert.match(found[1].message, /^Unknown field 'frictoin'; the fields here are schema, id, kind, created, author, visibility, friction, trigger, .* or updates\. Check its spelling or remove it\.$/);
    assert.equal(found[2].message, "actions[0].due is 'next week'; write a real date like 2026-12-01, or remove the line.");
    assert.equal(found[1].line, lineOf(text, 'frictoin:'));
    assert.equal(found[2].line, lineOf(text, '    due:'));
    assert.equal(found[2].col, 5, 'the key of the field, not its value');
  });

  it('points at a block list entry on its own line, and at an entry that lacks a field', () => {
    const text = serializeReflection(sampleReflection({ friction: ['technical', 'procedural'] })).replace('  - procedural', '  - spiritual').replace(/ {4}answer: [^\n]*\n(?: {6}[^\n]*\n)*/, '');
    const found = problems(text);
    const kind = found.find((p) => p.message.startsWith('friction[1]'));
    assert.deepEqual({ line: kind?.line, col: kind?.col }, { line: lineOf(text, '  - spiritual'), col: 5 });
    const missing = found.find((p) => /has no 'answer'/.test(p.message));
    assert.equal(missing?.line, lineOf(text, '  - question:'), 'the entry that lacks it');
  });

  it('refuses out-of-range pulse ratings, unknown update statuses and edited action statuses', () => {
    const pulse = serializeReflection(sampleReflection({ kind: 'pulse', pulse: { focus: 4 } })).replace('focus: 4', 'focus: 7');
    assert.equal(problems(pulse)[0].message, 'pulse.focus is 7; write a whole number from 1 to 5.');
    const followUp = serializeReflection(sampleReflection({ kind: 'follow-up', updates: [{ action: 'abcd1234-a1', status: 'done' }] })).replace('status: done', 'status: finished');
    assert.match(problems(followUp).map((p) => p.message).join('\n'), /updates\[0\]\.status is 'finished'; use open, done or dropped\./);
    const edited = valid.replace(/status: open/, 'status: done');
    assert.match(problems(edited)[0].message, /later changes go in a follow-up file/);
    assert.match(problems(serializeReflection(sampleReflection({ kind: 'pulse' })))[0].message, /^The reflection has no 'pulse', which holds a pulse check's ratings; write a mapping of dimension: rating/);
  });

  it('counts lengths in characters as JSON Schema does: an emoji at the limit is one character', () => {
    const answer = (text: string) => serializeReflection(sampleReflection({ exchanges: [{ question: 'q', text: 'What?', answer: text }] }));
    assert.equal(parseReflection(answer('😀'.repeat(LIMITS.answerChars))).ok, true);
    const [p] = problems(answer('😀'.repeat(LIMITS.answerChars + 1)));
    assert.equal(p.message, 'exchanges[0].answer is 10,001 characters long; the limit is 10,000. Shorten it.');
  });

  it('refuses blank texts, null optional fields, impossible dates and years before 1000', () => {
    const blank = valid.replace(/answer: [^\n]*/, "answer: '   '");
    assert.match(problems(blank)[0].message, /^exchanges\[0\]\.answer is blank; write the answer as text, or remove the entry\.$/);
    assert.match(problems(valid.replace(/owner: .*/, 'owner:'))[0].message, /^actions\[0\]\.owner is empty; write the owner's name as text, or remove the line\.$/);
    for (const created of ['2026-13-25T10:12:00+01:00', '2026-11-25T25:00:00+01:00', '2026-02-30T10:00:00Z']) {
      assert.match(problems(valid.replace(/^created: .*/m, `created: ${created}`))[0].message, /^created is '.*', which is not a real date and time;/, created);
    }
    assert.match(problems(valid.replace(/due: .*/, 'due: 2026-02-30'))[0].message, /^actions\[0\]\.due is '2026-02-30', which is not a real date;/);
    assert.match(problems(valid.replace(/due: .*/, 'due: 0099-12-01'))[0].message, /^actions\[0\]\.due is '0099-12-01'; write a real date like 2026-12-01/);
  });

  it('refuses tags that make something other than text, lists and mappings, merge keys and second documents', () => {
    for (const [tagged, tag] of [
      [valid.replace(/^created: /m, 'created: !!timestamp '), '!!timestamp'],
      [valid.replace(/answer: /, 'answer: !!binary '), '!!binary'],
      [`${valid}pulse: !!omap\n  - focus: 9\n`, '!!omap'],
    ]) {
      const [p] = problems(tagged);
      assert.match(p.message, new RegExp(`^The tag '${tag}' makes something other than text, a list or a mapping`), tag);
      assert.equal(p.line, lineOf(tagged, tag === '!!omap' ? 'pulse:' : tag === '!!timestamp' ? 'created:' : '    answer:'), tag);
    }
    const merged = valid.replace('trigger:', 'trigger: &t').concat('<<: *t\n');
    assert.deepEqual(problems(merged).map((p) => [p.line, p.message.slice(0, 30)]), [[lineOf(merged, '<<:'), "'<<' (a merge key) copies fiel"]]);
    assert.match(problems(`${valid}---\n${valid}`)[0].message, /more than one YAML document/);
  });

  it('points a key that is not text at its own position', () => {
    const text = `${valid}pulse:\n  [a, b]: 3\n`;
    const [p] = problems(text);
    assert.deepEqual({ line: p.line, col: p.col }, { line: lineOf(text, '  [a, b]'), col: 3 });
    assert.match(p.message, /keys must be plain text/);
  });

  describe('plain words for YAML mistakes, at the line to fix, once per mistake', () => {
    const cases: Array<{ what: string; text: string; line: number; says: RegExp }> = [
      { what: 'an over-indented field', text: valid.replace('  kind: manual', '  kind: manual\n   detail: x'), line: lineOf(valid, '  kind: manual') + 1, says: /'detail:' is indented further than 'kind' above/ },
      { what: "': ' inside a value", text: valid.replace(/answer: [^\n]*/, 'answer: Two things: a and b'), line: lineOf(valid, '    answer:'), says: /contains ': '.*put the value in quotes: answer: "Two things: a and b"/i },
      { what: 'no space after a colon', text: valid.replace('kind: session', 'kind:session'), line: lineOf(valid, 'kind:'), says: /put a space after the colon of 'kind': write 'kind: session'/ },
      { what: 'an unclosed list', text: valid.replace(/friction:\n {2}- technical/, 'friction: [technical'), line: lineOf(valid, 'friction:'), says: /list opened with '\[' here is not closed; end it with '\]'/ },
      { what: 'an unclosed quote', text: valid.replace(/answer: [^\n]*/, 'answer: "never closed'), line: lineOf(valid, '    answer:'), says: /never closed; end it with "/ },
      { what: 'a block scalar that is not indented', text: valid.replace(/ {4}answer: [^\n]*/, '    answer: |\nnot indented'), line: lineOf(valid, '    answer:') + 1, says: /must be indented further than its key/ },
      { what: 'a tab as indentation', text: valid.replace('  kind: manual', '\tkind: manual'), line: lineOf(valid, '  kind: manual'), says: /indent with spaces/ },
      { what: 'a value starting with @', text: valid.replace(/answer: [^\n]*/, 'answer: @ada said so'), line: lineOf(valid, '    answer:'), says: /a value cannot start with '@'; put the value in quotes/ },
    ];
    for (const { what, text, line, says } of cases) {
      it(what, () => {
        const found = problems(text);
        assert.equal(found.length, 1, JSON.stringify(found));
        assert.equal(found[0].line, line);
        assert.match(found[0].message, /^YAML syntax: /);
        assert.match(found[0].message, says);
        assert.doesNotMatch(found[0].message, /compact mappings|Implicit keys|Nested mappings/, 'no parser jargon');
      });
    }
  });

  it('refuses a newer format version with advice to update', () => {
    const [p] = problems(valid.replace(/^schema: .*$/m, 'schema: retro-coach/reflection/v2'));
    assert.match(p.message, /update Retro Coach/);
  });

  it('refuses an anonymous reflection that names its author, at the author line', () => {
    const text = valid.replace('visibility: team', 'visibility: anonymous');
    const [p] = problems(text);
    assert.equal(p.message, "author does not belong here: an anonymous reflection names nobody; remove 'author'.");
    assert.equal(p.line, lineOf(text, 'author:'));
  });

  it('refuses non-mapping documents and empty files', () => {
    assert.equal(problems('- a\n- b\n')[0].message, 'The reflection is a list; write it as key: value lines, like the files Retro Coach writes.');
    assert.equal(problems('')[0].message, 'The reflection is empty; write it as key: value lines, like the files Retro Coach writes.');
  });
});
