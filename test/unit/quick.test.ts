import * as assert from 'node:assert/strict';
import { blockerReflection, pulseQuestion, pulseReflection, PULSE_DIMENSIONS } from '../../src/core/coach/quickCaptures';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';

const meta = { id: 'abcd1234', created: '2026-11-25T10:00:00+01:00', author: 'Ada Tester', visibility: 'team' as const };

describe('quick captures', () => {
  it('a blocker keeps its answers, drops an empty second one, and parses back', () => {
    const r = blockerReflection({ kind: 'technical', blocker: ' The staging DB is down ', unblock: '' }, meta);
    assert.equal(r.kind, 'blocker');
    assert.deepEqual(r.friction, ['technical']);
    assert.deepEqual(r.exchanges.map((e) => [e.question, e.answer]), [['blocker-in-the-way', 'The staging DB is down']]);
    const parsed = parseReflection(serializeReflection(r));
    assert.ok(parsed.ok, JSON.stringify(parsed));
  });

  it('a blocker needs the first answer', () => {
    assert.throws(() => blockerReflection({ kind: null, blocker: '  ', unblock: 'a coffee' }, meta), /What is in your way/);
  });

  it('anonymous quick captures carry no author', () => {
    assert.equal(blockerReflection({ kind: null, blocker: 'x', unblock: '' }, { ...meta, visibility: 'anonymous' }).author, undefined);
  });

  it('a pulse check keeps valid ratings only and asks about the lowest', () => {
    const r = pulseReflection({ ratings: { focus: 4, flow: 2, clarity: 9, energy: 3.5, bogus: 1 }, answer: 'Fewer hand-offs' }, meta);
    assert.deepEqual(r.pulse, { focus: 4, flow: 2 });
    assert.equal(r.exchanges[0].question, 'pulse-raise-flow');
    assert.match(r.exchanges[0].text, /flow of work is the lowest at 2/);
    assert.ok(parseReflection(serializeReflection(r)).ok);
    assert.throws(() => pulseReflection({ ratings: {}, answer: 'x' }, meta), /at least one rating/);
  });

  it('the open question falls back when nothing is rated and covers all five dimensions', () => {
    assert.equal(pulseQuestion({}).id, 'pulse-open');
    assert.deepEqual(PULSE_DIMENSIONS.map((d) => d.id), ['focus', 'flow', 'clarity', 'collaboration', 'energy']);
  });
});
