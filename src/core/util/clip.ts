/**
 * Shortening text to a limit. Lengths are UTF-16 code units, the unit of `String#length` and
 * so of every limit the validator checks (LIMITS, the webview protocols): a clipped value
 * always passes them. A cut never falls inside a surrogate pair, so an emoji is kept or
 * dropped whole, never left as half a character.
 */

/** The mark of text that was cut. */
export const ELLIPSIS = '…';

export interface ClipOptions {
  /**
   * Appended when the text is cut (counted within `max`), after dropping the whitespace the
   * cut leaves at the end. Without it the text is cut silently.
   */
  ellipsis?: string;
}

/** `text` if it fits in `max` code units, else its longest start that does (with the ellipsis, if one is given). */
export function clip(text: string, max: number, opts: ClipOptions = {}): string {
  const limit = Math.max(0, Math.floor(max));
  if (text.length <= limit) return text;
  const ellipsis = opts.ellipsis ?? '';
  if (ellipsis.length > limit) return clip(ellipsis, limit);
  let end = limit - ellipsis.length;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const kept = text.slice(0, end);
  return ellipsis ? `${kept.trimEnd()}${ellipsis}` : kept;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
