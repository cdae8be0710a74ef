import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCanonicalReflection } from '../../src/core/model/fastParse';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { buildReflection } from '../fixtures/reflections';
import { sampleReflection } from './fixtures';
import { reflectionArb } from './readerProperties.test';

/** What the parser of record (`yaml` and validation) makes of the text: the reflection, or undefined when it refuses it. */
function ofRecord(text: string) {
  const parsed = parseReflection(text);
  return parsed.ok ? parsed.reflection : undefined;
}

/** Small edits that keep a file almost canonical: a character in, a character out, a line doubled or re-indented. */
const EDIT_PIECES = [' ', '  ', '\n', '#', ': ', '- ', '"', "'", '|', '|-', '|+', '>', '[', ']', '{', '}', '&a ', '*a', '!!str ', '\\', '\t', '\r', 'x', '0', 'é', '\u2028', '\ufeff', '---\n'];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...EDIT_PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2) }),
);

function apply(text: string, e: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; piece?: string; length?: number; by?: number }): string {
  const at = e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + e.piece + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + (e.length ?? 1));
  const lines = text.split('\n');
  const n = e.at % lines.length;
  if (e.kind === 'double') lines.splice(n, 0, lines[n]);
  else lines[n] = (e.by ?? 0) > 0 ? ' '.repeat(e.by ?? 0) + lines[n] : lines[n].replace(new RegExp(`^ {0,${-(e.by ?? 0)}}`), '');
  return lines.join('\n');
}

describe('the fast reader of canonical reflections', function () {
  // Thousands of files through both parsers: seconds, not milliseconds.
  this.timeout(120_000);

  it('reads what Retro Coach writes for an ordinary reflection, without falling back', () => {
    const reflection = sampleReflection({ pulse: { energy: 3 }, context: { branch: 'main', task: 'RC-12', paths: ['src/a.ts'] }, updates: [{ action: 'x-a1', status: 'done', note: 'Shipped it.' }] });
    const text = serializeReflection(reflection);
    assert.ok(parseCanonicalReflection(text), 'the fast path answered');
    assert.deepEqual(parseCanonicalReflection(text), ofRecord(text));
  });

  it('gives exactly what yaml and validation give for thousands of random reflections, or falls back', () => {
    let answered = 0;
    fc.assert(fc.property(reflectionArb, fc.boolean(), (reflection, withModeline) => {
      const text = serializeReflection(reflection, withModeline ? { schemaPath: '../../schema/reflection.schema.json' } : {});
      const fast = parseCanonicalReflection(text);
      if (fast === undefined) return;
      answered++;
      assert.deepEqual(fast, ofRecord(text));
    }), { numRuns: 3000 });
    // The generator leans on YAML-hard text, yet most files must still take the fast path, or it saves nothing.
    assert.ok(answered > 300, `the fast path answered ${answered} of 3000`);
  });

  it('after a small edit of a canonical file either gives what yaml and validation give or falls back', () => {
    const plain = fc.constantFrom(
      serializeReflection(sampleReflection()),
      serializeReflection(buildReflection({ nextStep: { text: 'Pair on it', owner: 'Sam', due: '2026-12-02' }, pulse: { focus: 2 }, exchanges: [{ question: 'q', text: 'Why?\nReally.', answer: 'Because\n\nit is.\n' }] })),
    );
    fc.assert(fc.property(fc.oneof(plain, reflectionArb.map((r) => serializeReflection(r))), fc.array(edit, { minLength: 1, maxLength: 3 }), (canonical, edits) => {
      const text = edits.reduce(apply, canonical);
      const fast = parseCanonicalReflection(text);
      if (fast !== undefined) assert.deepEqual(fast, ofRecord(text));
    }), { numRuns: 3000 });
  });
});
