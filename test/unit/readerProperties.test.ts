import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { isCollection, isPair, parseDocument, stringify } from 'yaml';
import { ACTION_STATUSES, FRICTION_KINDS, LIMITS, REFLECTION_KINDS, REFLECTION_SCHEMA, TRIGGER_KINDS, VISIBILITIES, type Reflection } from '../../src/core/model/reflection';
import { loadUntrustedYaml, parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { validateReflection } from '../../src/core/model/validate';
import { isContextPath } from '../../src/core/model/codeContext';
import { parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';
import { decodeUtf8 } from '../../src/core/store/safeRead';
import { readReflections } from '../../src/core/store/corpus';
import { MAX_NESTING, findExcessNesting } from '../../src/core/util/nesting';
import { MAX_PROBLEMS_PER_FILE } from '../../src/core/util/problemCap';
import { clip } from '../../src/core/util/clip';

/** Pieces that are hard for YAML: indicators, quotes, look-alikes of other types, odd whitespace, controls. */
const TRICKY = [
  ': ', ' #', '- ', '? ', '[', ']', '{', '}', ',', '&a', '*a', '!tag', '!!binary', '|', '>', '%', '@', '`', "'", '"', '\\', '---', '...',
  'yes', 'no', 'null', '~', 'true', '0x1F', '1e3', '.inf', '2026-11-25', '<<', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\ufeff', 'é', '😀', '👩‍👩‍👧', 'עברית',
];
const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 6 }));

/** Text up to `max` UTF-16 units, often right at the limit, never cut inside a surrogate pair. */
function text(max: number, required: boolean): fc.Arbitrary<string> {
  const free = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const full = fc.tuple(fc.constantFrom('x', 'é', '😀', '\n', ': '), free).map(([fill, tail]) => fill.repeat(max) + tail);
  return fc.oneof({ arbitrary: free, weight: 4 }, { arbitrary: full, weight: 1 })
    .map((s) => clip(required && !s.trim() ? `x${s}` : s, max))
    .filter((s) => !required || s.trim().length > 0);
}

const shortId = fc.stringMatching(/^[0-9a-hjkmnp-tv-z]{4,16}$/);
const actionId = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const created = fc.tuple(date, fc.integer({ min: 0, max: 86_399 }), fc.constantFrom('Z', '+01:00', '-05:30', '+14:00'))
  .map(([day, s, zone]) => `${day}T${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${zone}`);

/** A file path a code context may name, from segments that are hard for YAML (quotes, indicators, look-alikes of other types). */
const contextPath = fc.array(fc.constantFrom('src', 'a b', 'é😀', '.github', 'x: y', '#tag', '- dash', "it's", '"q"', '[b]', 'yes', '1e3', 'null', '~', 'a.ts'), { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join('/'))
  .filter(isContextPath);

/** A reflection the validator accepts: any field, with unicode, several lines and YAML syntax in every text (also used by fastParse.test.ts). */
export const reflectionArb: fc.Arbitrary<Reflection> = fc.record({
  id: shortId,
  kind: fc.constantFrom(...REFLECTION_KINDS),
  created,
  author: fc.option(text(LIMITS.ownerChars, false), { nil: undefined }),
  visibility: fc.constantFrom(...VISIBILITIES),
  friction: fc.uniqueArray(fc.constantFrom(...FRICTION_KINDS)),
  trigger: fc.record({ kind: fc.constantFrom(...TRIGGER_KINDS), detail: fc.option(text(LIMITS.detailChars, false), { nil: undefined }) }, { requiredKeys: ['kind'] }),
  context: fc.option(fc.record({
    branch: text(LIMITS.contextNameChars, true),
    task: text(LIMITS.contextNameChars, true),
    paths: fc.uniqueArray(contextPath, { maxLength: LIMITS.contextPaths }),
  }, { requiredKeys: [] }), { nil: undefined }),
  exchanges: fc.array(fc.record({ question: text(64, true), text: text(LIMITS.questionChars, true), answer: text(LIMITS.answerChars, true) }), { maxLength: 3 }),
  pulse: fc.option(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,31}$/), fc.integer({ min: 1, max: 5 }), { minKeys: 1, maxKeys: LIMITS.pulseDimensions }), { nil: undefined }),
  actions: fc.uniqueArray(fc.record({
    id: actionId, text: text(LIMITS.actionChars, true), owner: fc.option(text(LIMITS.ownerChars, false), { nil: undefined }),
    due: fc.option(date, { nil: undefined }), status: fc.constant('open' as const),
  }, { requiredKeys: ['id', 'text', 'status'] }), { maxLength: 3, selector: (a) => a.id }),
  updates: fc.option(fc.array(fc.record({ action: actionId, status: fc.constantFrom(...ACTION_STATUSES), note: fc.option(text(LIMITS.noteChars, false), { nil: undefined }) }, { requiredKeys: ['action', 'status'] }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
}, { requiredKeys: ['id', 'kind', 'created', 'visibility', 'friction', 'trigger', 'exchanges', 'actions'] }).map((r) => {
  const reflection = { schema: REFLECTION_SCHEMA, ...r } as Reflection;
  if (reflection.visibility === 'anonymous') {
    delete reflection.author;
    delete reflection.context;
  }
  if (reflection.kind === 'pulse' && !reflection.pulse) reflection.pulse = { focus: 3 };
  return reflection;
});

/** Drops keys whose value is undefined, as a YAML round trip does. */
const defined = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Nesting depth of a parsed YAML document: every list and mapping is one level. */
function treeDepth(text: string): number {
  let max = 0;
  const pending: [unknown, number][] = [[parseDocument(text, { logLevel: 'silent' }).contents, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (isPair(node)) pending.push([node.key, depth], [node.value, depth]);
    else if (isCollection(node)) {
      max = Math.max(max, depth + 1);
      for (const item of node.items) pending.push([item, depth + 1]);
    }
  }
  return max;
}

function problemsOf(result: { ok: true } | { ok: false; problems: { line: number; col: number; message: string }[] }) {
  return result.ok ? [] : result.problems;
}

/** No exception, at most the capped number of problems, each with a real position and a message. */
function assertBounded(problems: readonly { line: number; col: number; message: string }[]): void {
  assert.ok(problems.length <= MAX_PROBLEMS_PER_FILE + 1, `${problems.length} problems`);
  for (const p of problems) assert.ok(p.line >= 1 && p.col >= 1 && p.message.length > 0, JSON.stringify(p));
}

describe('reader properties (fast-check)', function () {
  this.timeout(20_000);

  it('any reflection the store can write parses back equal', () => {
    fc.assert(fc.property(reflectionArb, (reflection) => {
      fc.pre(validateReflection(reflection).problems.length === 0);
      const yaml = serializeReflection(reflection, { schemaPath: '../../../schema/reflection.schema.json' });
      fc.pre(Buffer.byteLength(yaml) <= LIMITS.fileBytes); // the store refuses what no reader would read
      const bytes = Buffer.from(yaml, 'utf8');
      const decoded = decodeUtf8(bytes);
      assert.ok(decoded.ok);
      const parsed = parseReflection(decoded.text);
      assert.deepEqual(parsed, { ok: true, reflection: defined(reflection) });
    }), { numRuns: 150 });
  });

  it('arbitrary bytes never throw past the problem list, whichever reader takes them', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3_000 }), (bytes) => {
      const decoded = decodeUtf8(bytes);
      if (!decoded.ok) return assert.ok(decoded.line >= 1);
      assertBounded(problemsOf(parseReflection(decoded.text)));
      assertBounded(parseTeamConfig(decoded.text).problems);
      assertBounded(parseTeamQuestions(decoded.text).problems);
    }), { numRuns: 300 });
  });

  it('arbitrary YAML tokens never throw, stay within the problem cap, and the raw scan never counts fewer levels than the parser builds', () => {
    const token = fc.constantFrom('[', ']', '{', '}', '- ', '? ', ': ', ':', ',', '\n', '\n  ', '\n    ', '  ', '"', "'", '#', ' #', '|', '>', '&a ', '*a', '!!str ', '!!binary ', 'x', 'k: ', '\\', '---\n', '\r\n', '\t');
    fc.assert(fc.property(fc.array(token, { maxLength: 120 }).map((t) => t.join('')), (yaml) => {
      const loaded = loadUntrustedYaml(yaml);
      assertBounded(problemsOf(loaded));
      const doc = parseDocument(yaml, { logLevel: 'silent' });
      if (!doc.errors.length && !findExcessNesting(yaml, MAX_NESTING)) assert.ok(treeDepth(yaml) <= MAX_NESTING);
      // Wherever the parser accepts the text, the scan's count is at least the real depth.
      if (!doc.errors.length) {
        const depth = treeDepth(yaml);
        assert.ok(depth === 0 || findExcessNesting(yaml, depth - 1) !== undefined, `scan counted fewer than ${depth} levels`);
      }
    }), { numRuns: 1_000 });
  });

  it('arbitrarily nested lists and mappings load when within MAX_NESTING and are refused with a line when deeper', () => {
    const nested = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'large', withCrossShrink: true }, fc.constantFrom('x', 1, 'a: b', '- c', '[d]'), tie('list'), tie('map')),
      list: fc.array(tie('value'), { minLength: 1, maxLength: 2 }),
      map: fc.dictionary(fc.constantFrom('a', 'b c', '- d', '[e]', '"f"'), tie('value'), { minKeys: 1, maxKeys: 2 }),
    }));
    const chain = fc.tuple(fc.integer({ min: 1, max: MAX_NESTING + 12 }), fc.boolean(), nested.value)
      .map(([depth, flow, leaf]) => ({ depth, flow, leaf }));
    fc.assert(fc.property(chain, fc.constantFrom('block', 'flow'), ({ depth, flow, leaf }, style) => {
      let value: unknown = leaf;
      for (let i = 0; i < depth; i++) value = (i + (flow ? 1 : 0)) % 2 ? [value] : { k: value };
      const yaml = style === 'flow' ? JSON.stringify(value) : stringify(value);
      const levels = treeDepth(yaml);
      const loaded = loadUntrustedYaml(yaml);
      if (levels <= MAX_NESTING - 1) {
        assert.ok(loaded.ok, JSON.stringify(problemsOf(loaded)));
        assert.deepEqual(loaded.value, JSON.parse(JSON.stringify(value)));
      }
      if (levels > MAX_NESTING) {
        assert.equal(loaded.ok, false);
        assert.match(problemsOf(loaded)[0].message, /nested deeper than/);
      }
    }), { numRuns: 300 });
  });

  it('a corpus read never exceeds its file and byte budgets, and says when it stopped', async () => {
    const files = fc.array(fc.uint8Array({ maxLength: 1_500 }), { minLength: 1, maxLength: 8 });
    await fc.assert(fc.asyncProperty(files, fc.integer({ min: 0, max: 6_000 }), fc.integer({ min: 1, max: 8 }), async (contents, maxBytes, maxFiles) => {
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-budget-'));
      try {
        const dir = path.join(root, '.coaching', 'reflections');
        await fs.mkdir(dir, { recursive: true });
        await Promise.all(contents.map((bytes, i) => fs.writeFile(path.join(dir, `f${i}.yaml`), bytes)));
        const corpus = await readReflections(root, { includePrivate: false, maxBytes, maxFiles });
        const touched = new Set([...corpus.documents.map((d) => d.path), ...corpus.problems.map((p) => p.path)].filter((p) => p !== '.coaching'));
        const sizes = [...touched].map((p) => contents[Number(/f(\d+)\.yaml$/.exec(p)?.[1])].length);
        assert.ok(touched.size <= maxFiles, `${touched.size} files read, budget ${maxFiles}`);
        assert.ok(sizes.reduce((a, b) => a + b, 0) <= maxBytes, `read past ${maxBytes} bytes`);
        if (touched.size < contents.length) assert.ok(corpus.problems.some((p) => p.path === '.coaching' && /^Stopped after/.test(p.message)), 'no word that the read stopped');
        for (const file of touched) assertBounded(corpus.problems.filter((p) => p.path === file));
      } finally {
        await fs.rm(root, { recursive: true, force: true });
      }
    }), { numRuns: 40 });
  });
});
