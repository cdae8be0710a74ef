/**
 * The text of a prompt notification: what Retro Coach noticed, then the opening question.
 * The notification's lead-in already says what happened, so a question that starts with a
 * lead-in of its own ("That was a long debugging session. What…?") loses it here; the panel
 * still asks the question as written.
 */

/** A sentence that states rather than asks: it ends at . ! … and a space, or at a full-width 。 ！. */
const STATEMENT = /^[^.!?…。！？]*(?:[.!…]+\s+|[。！]+\s*)/u;

export function promptText(leadIn: string, question: string): string {
  let rest = question.trim();
  // Bounded: each pass removes at least one character; a question is never removed whole.
  for (let match = STATEMENT.exec(rest); match && match[0].length < rest.length; match = STATEMENT.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return leadIn.trim() ? `${leadIn.trim()} ${rest}` : rest;
}
