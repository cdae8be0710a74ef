import { isGrowStage, type GrowStage } from '../model/reflection';

/** Most words of the answer echoed back. */
export const MAX_PHRASE_WORDS = 12;
/** Most characters (code points) of the echoed phrase, including a trailing "…". */
export const MAX_PHRASE_CHARS = 90;

/** How much of an answer is looked at when finding the phrase. */
const SCAN_CHARS = 20_000;

type Template = (phrase: string) => string;

/**
 * Stage-aware acknowledgments. They reflect the person's own words back, plainly: no praise,
 * no judgement, no therapy-speak. They don't announce the next stage, because the next question
 * may come from the same one.
 */
const TEMPLATES: Readonly<Record<GrowStage, readonly Template[]>> = {
  goal: [
    (p) => `“${p}” — that's the target.`,
    (p) => `So the place you want to get to: “${p}”.`,
    (p) => `Aiming for “${p}”. Let's keep that in view.`,
    (p) => `“${p}” — that's what done looks like. Holding onto it.`,
  ],
  reality: [
    (p) => `So right now: “${p}”. Naming it plainly helps.`,
    (p) => `“${p}” — that's where things stand today.`,
    (p) => `Heard: “${p}”. That's the ground you're starting from.`,
    (p) => `“${p}” — that's on the table now.`,
  ],
  options: [
    (p) => `“${p}” is one way through. Let's make it concrete.`,
    (p) => `One option on the table: “${p}”.`,
    (p) => `Noted as a possible move: “${p}”.`,
    (p) => `“${p}” — that goes on the list of ways forward.`,
  ],
  will: [
    (p) => `“${p}” — noted as your commitment.`,
    (p) => `Your next step: “${p}”. It's written down.`,
    (p) => `Committed: “${p}”. That one's yours.`,
    (p) => `“${p}” — that's the next move, on the record.`,
  ],
};

/** For an answer with nothing to echo (empty, whitespace, or only punctuation). */
const SKIP_LINES: readonly string[] = [
  "Skipped — that's fine, let's keep going.",
  "No answer this time — that's fine. On to the next one.",
  'Nothing to add here — moving on.',
];

/** Used only if a caller passes something that is not a GROW stage; never shown in normal use. */
const NEUTRAL: readonly Template[] = [(p) => `Noted: “${p}”.`];

// C0/C1 control characters except tab and line breaks (which the splitter handles), plus
// zero-width and bidirectional formatting characters that could garble how the text displays.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** A sentence ends at . ! ? or … followed by whitespace or the end, or at a line break. */
const SENTENCE_END = /[.!?…]+(?=\s|$)|[\n\r\u2028\u2029\u0085]/;
const EDGE_NOISE_START = /^[\s"'“”‘’„«»‹›\-–—•*>:;,]+/u;
const EDGE_NOISE_END = /[\s"'“”‘’„«»‹›\-–—•*:;,.!?…]+$/u;

/**
 * A short acknowledgment of `answer` for the given stage, echoing a key phrase in the
 * person's own words. `random` (0 ≤ r < 1) picks the template, so a fixed function gives a
 * fixed result. Never throws, whatever it is given.
 */
export function acknowledge(answer: string, stage: GrowStage, random: () => number): string {
  let phrase = '';
  try {
    phrase = keyPhrase(answer);
  } catch {
    phrase = '';
  }
  if (phrase === '') return SKIP_LINES[pick(SKIP_LINES.length, random)];
  const templates = isGrowStage(stage) ? TEMPLATES[stage] : NEUTRAL;
  return templates[pick(templates.length, random)](phrase);
}

/**
 * The part of an answer worth echoing: its first sentence (or line), with control characters
 * removed, whitespace collapsed and surrounding punctuation dropped; cut on a word boundary
 * with "…" if longer than {@link MAX_PHRASE_WORDS} words or {@link MAX_PHRASE_CHARS} characters.
 * Empty when there is nothing to echo.
 */
export function keyPhrase(answer: string): string {
  // Only the start can be echoed; the cap keeps the work small for pathological input
  // (reflections already bound answers to LIMITS.answerChars).
  const text = typeof answer === 'string' ? answer.slice(0, SCAN_CHARS) : '';
  const cleaned = text.replace(INVISIBLE, '');
  const sentence = firstSentence(cleaned);
  const collapsed = sentence.replace(/\s+/g, ' ').replace(EDGE_NOISE_START, '').replace(EDGE_NOISE_END, '');
  if (!/[\p{L}\p{N}]/u.test(collapsed)) return '';
  return bound(collapsed);
}

/** The first sentence or line that has any letters or digits in it. */
function firstSentence(text: string): string {
  let rest = text;
  // Bounded loop: each pass consumes at least one character.
  while (rest.length > 0) {
    const match = SENTENCE_END.exec(rest);
    const end = match ? match.index : rest.length;
    const candidate = rest.slice(0, end);
    if (/[\p{L}\p{N}]/u.test(candidate)) return candidate;
    if (!match) return '';
    rest = rest.slice(end + Math.max(1, match[0].length));
  }
  return '';
}

function bound(phrase: string): string {
  const words = phrase.split(' ');
  if (words.length <= MAX_PHRASE_WORDS && Array.from(phrase).length <= MAX_PHRASE_CHARS) return phrase;

  const budget = MAX_PHRASE_CHARS - 1; // room for "…"
  const kept: string[] = [];
  let length = 0;
  for (const word of words.slice(0, MAX_PHRASE_WORDS)) {
    const wordLength = Array.from(word).length;
    const next = length + (kept.length > 0 ? 1 : 0) + wordLength;
    if (next > budget) break;
    kept.push(word);
    length = next;
  }
  // A single word longer than the budget (a URL, a stack frame): cut inside it.
  let cut = kept.length > 0 ? kept.join(' ') : Array.from(words[0]).slice(0, budget).join('');
  cut = cut.replace(EDGE_NOISE_END, '');
  if (cut === '') cut = Array.from(phrase).slice(0, budget).join('');
  return `${cut}…`;
}

/** An index in [0, length) from `random`, whatever it returns or throws. */
function pick(length: number, random: () => number): number {
  let r = 0;
  try {
    r = typeof random === 'function' ? Number(random()) : 0;
  } catch {
    r = 0;
  }
  if (!Number.isFinite(r)) r = 0;
  return Math.min(length - 1, Math.max(0, Math.floor(r * length)));
}
