import * as assert from 'node:assert/strict';
import { ELLIPSIS, clip } from '../../src/core/util/clip';
import { escapeHtml } from '../../src/core/util/escape';
import { errorCode, errorMessage } from '../../src/core/util/errors';
import { isObject, isOneOf } from '../../src/core/util/guards';
import { addDays, dayAfter, daysBefore, daysBetween, localDay, today } from '../../src/core/calendar';

describe('small shared facts', () => {
  describe('clip', () => {
    it('counts characters as JSON Schema does (code points, an emoji is one), the unit of every limit, and keeps text that fits as it is', () => {
      assert.equal(clip('abcdef', 6), 'abcdef');
      assert.equal(clip('abcdef', 4), 'abcd');
      assert.equal(clip('😀😀😀', 3), '😀😀😀');
      assert.equal(clip('😀😀😀😀', 3), '😀😀😀');
      assert.equal([...clip('😀'.repeat(10), 7)].length, 7);
    });

    it('never splits a surrogate pair', () => {
      assert.equal(clip('a😀b', 2), 'a😀');
      assert.equal(clip('😀😀😀', 2, { ellipsis: ELLIPSIS }), '😀…');
      assert.equal(clip('a😀😀b', 3, { ellipsis: ELLIPSIS }), 'a😀…');
      // A lone surrogate counts as one character, as JSON Schema (and ajv) count it.
      assert.equal(clip('\ud83dab', 2), '\ud83da');
    });

    it('ends cut text with the ellipsis when asked, within the limit, without whitespace before it', () => {
      assert.equal(clip('abcdef', 4, { ellipsis: ELLIPSIS }), 'abc…');
      assert.equal(clip('ab cdef', 4, { ellipsis: ELLIPSIS }), 'ab…');
      assert.equal(clip('abcdef', 6, { ellipsis: ELLIPSIS }), 'abcdef');
      assert.equal(clip('abcdef', 1, { ellipsis: ELLIPSIS }), '…');
      assert.equal(clip('abcdef', 0, { ellipsis: ELLIPSIS }), '');
    });
  });

  it('escapeHtml escapes the five HTML-significant characters, or four', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml(`it's <b>`, { apostrophe: false }), 'it\'s &lt;b&gt;');
  });

  it('errorCode and errorMessage read whatever was thrown', () => {
    assert.equal(errorCode(Object.assign(new Error('x'), { code: 'ENOENT' })), 'ENOENT');
    assert.equal(errorCode(new Error('x')), undefined);
    assert.equal(errorCode('ENOENT'), undefined);
    assert.equal(errorMessage(new Error('gone')), 'gone');
    assert.equal(errorMessage(42), '42');
  });

  it('isObject means a mapping; isOneOf a member of a fixed list', () => {
    assert.deepEqual([{}, [], null, 'x'].map(isObject), [true, false, false, false]);
    assert.ok(isOneOf(['a', 'b'], 'b'));
    assert.ok(!isOneOf(['a', 'b'], 'c') && !isOneOf(['a'], 1));
  });

  describe('calendar days', () => {
    it('localDay is the date at the given offset; today uses the machine offset', () => {
      const moment = new Date('2026-11-23T23:30:00Z');
      assert.equal(localDay(moment, 0), '2026-11-23');
      assert.equal(localDay(moment, 60), '2026-11-24');
      assert.equal(localDay(moment, -480), '2026-11-23');
      assert.equal(today(moment), localDay(moment, -moment.getTimezoneOffset()));
    });

    it('adds and counts days across months, years and leap days', () => {
      assert.equal(addDays('2026-12-31', 1), '2027-01-01');
      assert.equal(dayAfter('2028-02-28'), '2028-02-29');
      assert.equal(daysBefore('2026-03-01', 1), '2026-02-28');
      assert.equal(daysBetween('2026-10-29', '2026-11-25'), 27);
      assert.equal(daysBetween('2026-11-25', '2026-10-29'), -27);
    });
  });
});
