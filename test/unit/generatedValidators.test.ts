import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { SCHEMA_FORMATS } from '../../src/core/model/schemaFormats';
import { codePointLength } from '../../src/core/util/codePoints';

const ROOT = path.join(__dirname, '..', '..', '..');
const GENERATOR = path.join(ROOT, 'test', 'schema', 'generateValidators.mjs');

// The generator is an ES module (it runs with plain node); a dynamic import loads it from CommonJS.
type Generator = { generate(root: string): Record<string, string> };
const loadGenerator = () => import(GENERATOR) as Promise<Generator>;

// ajv-formats and ajv's runtime are what editors and the differential test use; the core has its own copies.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fullFormats } = require('ajv-formats/dist/formats') as { fullFormats: Record<'date' | 'date-time', { validate(s: string): boolean }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ucs2length = (require('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('the validators generated from schemas/*.schema.json', () => {
  it('are exactly what the schemas generate today (run node test/schema/generateValidators.mjs after changing a schema)', async function () {
    this.timeout(20_000);
    const { generate } = await loadGenerator();
    for (const [file, text] of Object.entries(generate(ROOT))) {
      assert.equal(readFileSync(path.join(ROOT, file), 'utf8'), text, `${file} is stale: run node test/schema/generateValidators.mjs`);
    }
  });

  describe('the formats they call agree with ajv-formats', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const date = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const offset = fc.oneof(fc.constantFrom('Z', 'z', ''), fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([s, h, m]) => `${s}${h}:${m}`));
    const time = fc.tuple(digits(2), digits(2), digits(2), fc.constantFrom('', '.5', '.123'), offset).map(([h, m, s, f, o]) => `${h}:${m}:${s}${f}${o}`);
    const nearMisses = fc.constantFrom('2026-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '');

    it('date: real days only, leap years included, on any four-digit year', () => {
      fc.assert(fc.property(fc.oneof(date, nearMisses, fc.string()), (s) => SCHEMA_FORMATS.date.validate(s) === fullFormats.date.validate(s)), { numRuns: 3000 });
    });

    it('date-time: real times with an offset, leap seconds only at 23:59 UTC', () => {
      const dateTime = fc.tuple(fc.oneof(date, nearMisses), fc.constantFrom('T', 't', ' ', 'x'), time).map(([d, sep, t]) => `${d}${sep}${t}`);
      const edges = fc.constantFrom('2026-12-31T23:59:60Z', '2026-12-31T23:59:60+01:00', '2027-01-01T00:59:60+01:00', '2026-11-25T25:00:00Z', '2026-11-25T10:12:00+24:00', '2026-11-25T10:12:00');
      fc.assert(fc.property(fc.oneof(dateTime, edges, fc.string()), (s) => SCHEMA_FORMATS['date-time'].validate(s) === fullFormats['date-time'].validate(s)), { numRuns: 3000 });
    });
  });

  it('count text in code points, as ajv (and JSON Schema) do', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => codePointLength(s) === ucs2length(s)), { numRuns: 2000 });
    assert.equal(codePointLength('😀'.repeat(3)), 3);
  });
});
