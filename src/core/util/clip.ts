/**
 * Shortening text to a limit. Lengths are characters as JSON Schema counts them, Unicode code
 * points (see codePoints.ts), the unit of every limit the schemas, the validator and the
 * webview guards check (LIMITS, the protocols): a clipped value always passes them. A cut
 * never falls inside a surrogate pair, so an emoji is kept or dropped whole, never left as
 * half a character.
 */
import { codePointEnd, codePointLength, fitsCodePoints } from './codePoints';

/** The mark of text that was cut. */
export const ELLIPSIS = '…';

export interface ClipOptions {
  /**
   * Appended when the text is cut (counted within `max`), after dropping the whitespace the
   * cut leaves at the end. Without it the text is cut silently.
   */
  ellipsis?: string;
}

/** `text` if it fits in `max` code points, else its longest start that does (with the ellipsis, if one is given). */
export function clip(text: string, max: number, opts: ClipOptions = {}): string {
  const limit = Math.max(0, Math.floor(max));
  if (fitsCodePoints(text, limit)) return text;
  const ellipsis = opts.ellipsis ?? '';
  const ellipsisLength = codePointLength(ellipsis);
  if (ellipsisLength > limit) return clip(ellipsis, limit);
  const kept = text.slice(0, codePointEnd(text, limit - ellipsisLength));
  return ellipsis ? `${kept.trimEnd()}${ellipsis}` : kept;
}
