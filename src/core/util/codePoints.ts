/**
 * How long a text is, in the one unit every limit of Retro Coach uses: characters as JSON
 * Schema counts them (RFC 8259), that is Unicode code points. An emoji such as 😀 is one
 * character here, though it is two UTF-16 code units in `String#length`. The schemas, the
 * validator generated from them, `clip` and the webview guards all count this way, so a
 * limit means the same thing wherever it is checked.
 */

/** Whether the UTF-16 code unit starts a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return length;
}

/** Whether `text` has at most `max` code points; never counts past what it needs to know. */
export function fitsCodePoints(text: string, max: number): boolean {
  if (text.length <= max) return true;
  // Each code point is at most two code units, so a longer text cannot fit.
  if (text.length > 2 * max) return false;
  return codePointLength(text) <= max;
}

/** The UTF-16 index just after the first `count` code points of `text` (its length when it has fewer). */
export function codePointEnd(text: string, count: number): number {
  let end = 0;
  for (let n = 0; n < count && end < text.length; n++) {
    end += isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1;
  }
  return end;
}
