import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ACTION_STATUSES, FRICTION_KINDS, LIMITS, REFLECTION_KINDS, REFLECTION_SCHEMA, TRIGGER_KINDS, VISIBILITIES } from '../../src/core/model/reflection';
import { isShortId, newShortId, slugify } from '../../src/core/model/ids';
import { isIsoWithOffset, toLocalIso } from '../../src/core/calendar';
import { seededRandom } from './fixtures';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'reflection.schema.json'), 'utf8'));

describe('schemas/reflection.schema.json agrees with the code', () => {
  const p = schema.properties;
  it('has the same format id, enums and limits as the validator', () => {
    assert.equal(p.schema.const, REFLECTION_SCHEMA);
    assert.deepEqual(p.visibility.enum, [...VISIBILITIES]);
    assert.deepEqual(p.friction.items.enum, [...FRICTION_KINDS]);
    assert.deepEqual(p.trigger.properties.kind.enum, [...TRIGGER_KINDS]);
    assert.equal(p.actions.items.properties.status.const, 'open');
    assert.deepEqual(p.updates.items.properties.status.enum, [...ACTION_STATUSES]);
    assert.deepEqual(p.kind.enum, [...REFLECTION_KINDS]);
    assert.equal(p.updates.maxItems, LIMITS.updates);
    assert.equal(p.pulse.maxProperties, LIMITS.pulseDimensions);
    assert.deepEqual(schema.required, ['schema', 'id', 'kind', 'created', 'visibility', 'friction', 'trigger', 'exchanges', 'actions']);
    assert.equal(p.exchanges.maxItems, LIMITS.exchanges);
    assert.equal(p.actions.maxItems, LIMITS.actions);
    assert.equal(p.exchanges.items.properties.answer.maxLength, LIMITS.answerChars);
    assert.equal(p.author.maxLength, LIMITS.ownerChars);
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
