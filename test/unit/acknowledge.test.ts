import * as assert from 'node:assert/strict';
import { GROW_STAGES, type GrowStage } from '../../src/core/model/reflection';
import { acknowledge, keyPhrase, MAX_PHRASE_CHARS, MAX_PHRASE_WORDS } from '../../src/core/coach/acknowledge';
import { seededRandom as seeded } from './fixtures';

const zero = (): number => 0;

/** The echoed phrase inside the typographic quotes. */
function quoted(line: string): string {
  const match = /“(.*)”/.exec(line);
  assert.ok(match, `no quoted phrase in: ${line}`);
  return match[1];
}

describe('acknowledge', () => {
  it("contains the person's own words", () => {
    for (const stage of GROW_STAGES) {
      for (const r of [0, 0.3, 0.6, 0.99]) {
        const line = acknowledge('The CI pipeline takes forty minutes', stage, () => r);
        assert.ok(line.includes('The CI pipeline takes forty minutes'), line);
      }
    }
  });

  it('drops trailing punctuation and collapses whitespace', () => {
    assert.equal(quoted(acknowledge('  ship   the\tfix  by   Friday!!  ', 'will', zero)), 'ship the fix by Friday');
    assert.equal(keyPhrase('Pair with Sam;'), 'Pair with Sam');
  });

  it('cuts long answers on a word boundary with "…"', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    const phrase = quoted(acknowledge(long, 'reality', zero));
    assert.equal(phrase, 'one two three four five six seven eight nine ten eleven twelve…');
    assert.ok(phrase.replace('…', '').split(' ').length <= MAX_PHRASE_WORDS);
  });

  it(`keeps the phrase within ${MAX_PHRASE_CHARS} characters, cutting between words`, () => {
    const long = 'Refactoring authentication middleware configuration requires coordinating infrastructure stakeholders everywhere immediately';
    const phrase = keyPhrase(long);
    assert.ok(Array.from(phrase).length <= MAX_PHRASE_CHARS, `${phrase.length}: ${phrase}`);
    assert.ok(phrase.endsWith('…'));
    const words = phrase.slice(0, -1).split(' ');
    for (const word of words) assert.ok(long.split(' ').includes(word), `"${word}" was cut mid-word`);
  });

  it('cuts a single over-long word (a URL, say) to the bound', () => {
    const phrase = keyPhrase(`https://example.com/${'a'.repeat(300)}`);
    assert.equal(Array.from(phrase).length, MAX_PHRASE_CHARS);
    assert.ok(phrase.endsWith('…'));
  });

  it('leaves short answers uncut', () => {
    assert.equal(keyPhrase('Talk to Priya about the review queue'), 'Talk to Priya about the review queue');
  });

  it('uses the first line of a multi-line answer', () => {
    const line = acknowledge('Flaky integration tests\nAlso the staging DB is slow\nAnd reviews', 'reality', zero);
    assert.equal(quoted(line), 'Flaky integration tests');
    assert.ok(!line.includes('staging'));
  });

  it('uses the first sentence of a multi-sentence answer', () => {
    assert.equal(keyPhrase('Reviews sit for days. Nobody owns them! Really?'), 'Reviews sit for days');
    assert.equal(keyPhrase('Is it the cache? Probably.'), 'Is it the cache');
    assert.equal(keyPhrase('\r\n\r\n  Merge conflicts every morning\r\nand more'), 'Merge conflicts every morning');
  });

  it('does not split inside version numbers or file names', () => {
    assert.equal(keyPhrase('Upgrade Node.js to 20.11 first. Then the rest.'), 'Upgrade Node.js to 20.11 first');
  });

  it('gives a skip line for an empty or whitespace-only answer', () => {
    for (const answer of ['', '   ', '\n\t\n', '\u0000\u0007']) {
      const line = acknowledge(answer, 'options', zero);
      assert.equal(line, "Skipped — that's fine, let's keep going.");
    }
    for (const r of [0, 0.5, 0.99]) {
      const line = acknowledge('  ', 'goal', () => r);
      assert.ok(line.length > 0);
      assert.ok(!line.includes('“'), line);
    }
  });

  it('is deterministic under a fixed random function', () => {
    const answers = ['Fix the flaky test', 'Ask Dana for a review by Thursday', '', 'Nobody decides anything'];
    const run = (): string[] => {
      const random = seeded(42);
      return GROW_STAGES.flatMap((stage) => answers.map((answer) => acknowledge(answer, stage, random)));
    };
    assert.deepEqual(run(), run());
    assert.equal(acknowledge('Fix it', 'will', () => 0.5), acknowledge('Fix it', 'will', () => 0.5));
  });

  it('uses random to choose among several templates per stage', () => {
    for (const stage of GROW_STAGES) {
      const lines = new Set([0, 0.25, 0.5, 0.75, 0.999].map((r) => acknowledge('Same answer', stage, () => r)));
      assert.ok(lines.size >= 3, `${stage}: ${[...lines].join(' | ')}`);
    }
  });

  it('gives different templates for different stages', () => {
    const byStage = new Map<GrowStage, string>();
    for (const stage of GROW_STAGES) byStage.set(stage, acknowledge('Same answer', stage, zero));
    assert.equal(new Set(byStage.values()).size, GROW_STAGES.length);
    // And no template is shared between stages at all.
    const all = GROW_STAGES.map((stage) => new Set([0, 0.25, 0.5, 0.75].map((r) => acknowledge('X y', stage, () => r))));
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        for (const line of all[i]) assert.ok(!all[j].has(line), `shared: ${line}`);
      }
    }
  });

  it('removes control characters', () => {
    const line = acknowledge('Fix\u0000 the\u0007 build\u001b[31m\u202e now', 'will', zero);
    // eslint-disable-next-line no-control-regex -- the test is about control characters
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(line), JSON.stringify(line));
    assert.ok(line.includes('Fix the build[31m now'), line);
  });

  it('keeps the coaching tone: no praise, no judgement', () => {
    for (const stage of GROW_STAGES) {
      for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
        const line = acknowledge('Talk to the team lead', stage, () => r);
        assert.doesNotMatch(line, /great|awesome|amazing|excellent|perfect|wonderful|!|should|feel/i, line);
      }
    }
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, {}, '\ud800', 'a'.repeat(1_000_000), '.'.repeat(100_000), '\n'.repeat(100_000)];
    const randoms: Array<() => number> = [
      () => NaN,
      () => -1,
      () => 1,
      () => Infinity,
      () => {
        throw new Error('boom');
      },
    ];
    for (const answer of odd) {
      for (const random of randoms) {
        assert.doesNotThrow(() => {
          const line = acknowledge(answer as string, 'goal', random);
          assert.equal(typeof line, 'string');
          assert.ok(line.length > 0);
        });
      }
    }
    assert.doesNotThrow(() => acknowledge('Fine', 'nonsense' as GrowStage, zero));
    assert.doesNotThrow(() => acknowledge('Fine', 'constructor' as GrowStage, zero));
    assert.doesNotThrow(() => acknowledge('Fine', 'goal', null as unknown as () => number));
  });

  it('treats punctuation-only answers like empty ones', () => {
    assert.equal(acknowledge('...', 'reality', zero), acknowledge('', 'reality', zero));
  });
});
