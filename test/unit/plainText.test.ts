import * as assert from 'node:assert/strict';
import { MAX_ECHO_CHARS, escapeControls, escapeJsonControls, plainLine } from '../../src/core/util/plainText';
import { MAX_PROBLEMS_PER_FILE, capProblems } from '../../src/core/util/problemCap';

/** Characters a terminal or log viewer acts on, or that reorder what it shows. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('plain lines for terminals and logs', () => {
  it('escapes control, C1 and bidirectional characters and newlines visibly, keeping the rest', () => {
    assert.equal(escapeControls('a\nb\r\tc\u001b[31m\u009b\u202e\u2066\u200f\u2028é😀'), 'a\\nb\\r\\tc\\u{1b}[31m\\u{9b}\\u{202e}\\u{2066}\\u{200f}\\u{2028}é😀');
    for (let code = 0; code < 0x2100; code++) assert.doesNotMatch(escapeControls(String.fromCharCode(code)), RAW_CONTROL, `U+${code.toString(16)}`);
  });

  it('defuses CI workflow commands anywhere on a line and a line that starts with ::', () => {
    assert.doesNotMatch(escapeControls('see ##[error]x and ##vso[task.logissue]y'), /##(vso)?\[/i);
    assert.doesNotMatch(plainLine('  ::error file=a::forged'), /^\s*::/);
    assert.doesNotMatch(plainLine('path:1:1: x\n::error::forged'), /\n/);
  });

  it('is idempotent, so escaping twice shows the same line', () => {
    const once = plainLine('::x ##[y] \u001b \\u{1b} \n');
    assert.equal(plainLine(once), once);
  });

  it('cuts an echoed value at MAX_ECHO_CHARS with an ellipsis, before escaping', () => {
    const line = plainLine('x'.repeat(MAX_ECHO_CHARS * 3));
    assert.equal(line.length, MAX_ECHO_CHARS);
    assert.ok(line.endsWith('…'));
  });

  it('escapes JSON text so it still parses to the same value', () => {
    const value = { 'k\u202e': 'v\u009b\u2028 ##[error] \u001b' };
    const json = escapeJsonControls(JSON.stringify(value, null, 2));
    assert.doesNotMatch(json, /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    assert.doesNotMatch(json, /##\[/);
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('the per-file problem cap', () => {
  const make = (at: { line: number; col: number }, message: string, omitted: number) => ({ line: at.line, col: at.col, message, omitted });
  const problems = (n: number): { line: number; col: number; message: string; omitted?: number }[] =>
    Array.from({ length: n }, (_, i) => ({ line: i + 1, col: 1, message: `p${i}` }));

  it('keeps MAX_PROBLEMS_PER_FILE problems and counts the rest in one line at the first left out', () => {
    const capped = capProblems(problems(50), make);
    assert.equal(capped.length, MAX_PROBLEMS_PER_FILE + 1);
    assert.deepEqual(capped[MAX_PROBLEMS_PER_FILE], { line: MAX_PROBLEMS_PER_FILE + 1, col: 1, message: '… and 30 more problems in this file; fix the ones above and check again.', omitted: 30 });
    assert.equal(capProblems(problems(MAX_PROBLEMS_PER_FILE), make).length, MAX_PROBLEMS_PER_FILE, 'exactly the cap adds no line');
  });

  it('keeps the count when a capped list is capped again with more problems added', () => {
    const again = capProblems([...capProblems(problems(50), make), ...problems(3)], make);
    assert.equal(again.length, MAX_PROBLEMS_PER_FILE + 1);
    assert.equal(again[MAX_PROBLEMS_PER_FILE].omitted, 33);
  });
});
