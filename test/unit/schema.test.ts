import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_PULSE_DIMENSIONS } from '../../src/core/model/generated/schemaFacts';
import { PULSE_DIMENSIONS } from '../../src/core/coach/quickCaptures';
import { COUNTED_KINDS } from '../../src/core/insights/counting';
import { isShortId, newShortId, slugify } from '../../src/core/model/ids';
import { isIsoWithOffset, toLocalIso } from '../../src/core/calendar';
import { seededRandom } from './fixtures';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'reflection.schema.json'), 'utf8'));

describe('schemas/reflection.schema.json agrees with the code', () => {
  const p = schema.properties;
  // The enums and limits themselves are read from the schemas (generated/schemaFacts.ts); these are the facts code adds to them.
  it('the built-in pulse dimensions are the ones config.schema.json offers, each a valid pulse key', () => {
    assert.deepEqual(PULSE_DIMENSIONS.map((d) => d.id), [...BUILT_IN_PULSE_DIMENSIONS]);
    for (const d of PULSE_DIMENSIONS) assert.match(d.id, new RegExp(p.pulse.propertyNames.pattern, 'u'));
  });
  it('counts every kind of file the schema knows: the counted kinds and follow-ups', () => {
    assert.deepEqual([...COUNTED_KINDS, 'follow-up'].sort(), [...p.kind.enum].sort());
  });
  it('its id and created patterns accept what the code writes', () => {
    const random = seededRandom();
    for (let i = 0; i < 50; i++) {
      const id = newShortId(random);
      assert.ok(new RegExp(p.id.pattern).test(id) && isShortId(id), id);
    }
    for (const offset of [0, 60, -480, 330, -150]) {
      const created = toLocalIso(new Date('2026-11-25T10:12:00Z'), offset);
      assert.ok(new RegExp(p.created.pattern).test(created) && isIsoWithOffset(created), created);
    }
  });
});

describe('ids and times', () => {
  it('writes local time with the offset', () => {
    assert.equal(toLocalIso(new Date('2026-11-25T10:12:05Z'), 60), '2026-11-25T11:12:05+01:00');
    assert.equal(toLocalIso(new Date('2026-11-25T01:00:00Z'), -480), '2026-11-24T17:00:00-08:00');
    assert.equal(toLocalIso(new Date('2026-11-25T10:00:00Z'), 330), '2026-11-25T15:30:00+05:30');
    assert.equal(toLocalIso(new Date('2026-11-25T10:00:00Z'), -150), '2026-11-25T07:30:00-02:30');
  });
  it('slugs are short, ASCII and never empty', () => {
    assert.equal(slugify('Ünïcødé builds: 45 min, every time!'), 'unicode-builds-45-min-every');
    assert.equal(slugify('日本語'), 'reflection');
    assert.equal(slugify('', 'technical'), 'technical');
    assert.ok(slugify('a'.repeat(100)).length <= 40);
  });
});
