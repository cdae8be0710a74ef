import * as assert from 'node:assert/strict';
import { MAX_NESTING, findExcessNesting } from '../../src/core/util/nesting';
import { loadUntrustedYaml, parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';
import { sampleReflection } from './fixtures';

const NESTED = new RegExp(`nested deeper than ${MAX_NESTING} levels`);

describe('the nesting bound on raw YAML text', () => {
  const deeper = MAX_NESTING + 1;

  it('finds flow sequences, flow mappings, block sequences and indentation nested one level too deep', () => {
    const cases: Record<string, string> = {
      'flow sequences': `${'['.repeat(deeper)}${']'.repeat(deeper)}`,
      'flow mappings': `${'{a: '.repeat(deeper)}1${'}'.repeat(deeper)}`,
      'compact block sequences': `${'- '.repeat(deeper)}x`,
      'indented mappings': Array.from({ length: deeper }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n') + ' x',
      'sequences of mappings': Array.from({ length: deeper }, (_, i) => `${'  '.repeat(i)}- a${i}:`).join('\n') + ' x',
    };
    for (const [what, text] of Object.entries(cases)) assert.ok(findExcessNesting(text), `${what} should be found`);
  });

  it('accepts the same shapes at exactly the limit', () => {
    const level = MAX_NESTING - 1; // the line's own mapping or the document level counts too
    assert.equal(findExcessNesting(`a: ${'['.repeat(level)}${']'.repeat(level)}`), undefined);
    assert.equal(findExcessNesting(`${'- '.repeat(MAX_NESTING)}x`), undefined);
  });

  it('names the line where the limit is passed', () => {
    const text = `schema: x\nid: y\nfriction: ${'['.repeat(100)}`;
    assert.equal(findExcessNesting(text)?.line, 3);
  });

  it('does not count brackets, dashes or indentation inside text: quoted, block and plain scalars, and comments', () => {
    const runs = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -';
    const text = [
      `double: "${runs}"`,
      `single: '${runs} it''s'`,
      `plain: see ${runs}`,
      `# ${runs}`,
      'block: |',
      ...Array.from({ length: 40 }, (_, i) => `  ${' '.repeat(i)}- ${runs}`),
      'folded: >-',
      `  ${runs}`,
      'multi: "first line',
      `  ${runs}"`,
      'flow: [a, "b ]]]] ", \'c [[[[\', d#e, f # a comment',
      ']',
    ].join('\n');
    assert.equal(findExcessNesting(text), undefined);
    assert.equal(loadUntrustedYaml(text).ok, true, 'and the parser agrees it is shallow');
  });

  it('reports deep nesting in reflections and both team files as a problem with its line, never an engine message', () => {
    const deep = `${'['.repeat(5000)}`;
    const reflection = parseReflection(`schema: retro-coach/reflection/v1\nexchanges: ${deep}`);
    for (const problems of [
      reflection.ok ? [] : reflection.problems,
      parseTeamConfig(`questions: merge\nfriction: ${deep}`).problems,
      parseTeamQuestions(`questions: ${deep}`).problems,
    ]) {
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0].message, NESTED);
      assert.ok(problems[0].line >= 1);
      assert.doesNotMatch(problems[0].message, /call stack|RangeError|memory/i);
    }
  });
});

describe('loading untrusted YAML', () => {
  const problemsOf = (text: string) => {
    const loaded = loadUntrustedYaml(text);
    return loaded.ok ? [] : loaded.problems.map((p) => p.message);
  };

  it('refuses tags that make something other than plain data, and keeps plain core tags', () => {
    for (const tag of ['!!binary aGVsbG8=', '!!timestamp 2001-12-14', '!custom x', '!<tag:example.com,2026:x> y']) {
      assert.match(problemsOf(`a: ${tag}`).join(), /Retro Coach files use no tags/, tag);
    }
    assert.match(problemsOf('a: !!omap\n  - b: 1').join(), /'!!omap'/);
    assert.match(problemsOf('a: !!set\n  ? b').join(), /'!!set'/);
    const plain = loadUntrustedYaml('a: !!str 12\nb: !!int "3"');
    assert.deepEqual(plain.ok ? plain.value : plain.problems, { a: '12', b: 3 });
  });

  it('refuses keys that are lists or mappings before they are turned into text', () => {
    assert.match(problemsOf('{[a]: 1}').join(), /keys must be plain text/);
    assert.match(problemsOf(`${'{'.repeat(20)}${'}'.repeat(20)}`).join(), /keys must be plain text/);
  });

  it('says in plain words what is wrong with several documents, duplicate keys and alias bombs', () => {
    assert.match(problemsOf('a: 1\n---\nb: 2').join(), /more than one YAML document/);
    assert.match(problemsOf('a: 1\na: 2').join(), /appears twice/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 10 }, (_, i) => `k${i}: &k${i} [${Array(9).fill(i ? `*k${i - 1}` : '*a').join(', ')}]`)];
    assert.match(problemsOf(bomb.join('\n')).join(), /too many aliases/);
  });

  it('reports at most 20 problems of a file, then one line counting the rest', () => {
    const broken = Array.from({ length: 60 }, () => 'same: key').join('\n');
    const problems = problemsOf(broken);
    assert.equal(problems.length, 21);
    assert.match(problems[20], /^… and \d+ more problems in this file/);
  });

  it('reads what Retro Coach writes, unchanged', () => {
    const reflection = sampleReflection();
    assert.deepEqual(parseReflection(serializeReflection(reflection)), { ok: true, reflection });
  });
});
