/**
 * The question lint's rule families as data: each pattern with the advice shown when it
 * matches. Patterns run on text whose apostrophes are normalised to `'`; each is anchored on a
 * word or bounded, so a long input costs linear time. Every family has counter-examples in
 * test/unit/questions.test.ts: add one there with every pattern added here.
 */

export type PhraseFamily = 'blaming' | 'therapy-speak' | 'leading' | 'closed-question';

export interface PhraseRule {
  family: PhraseFamily;
  pattern: RegExp;
  /** Follows the matched words in the message: what is wrong and what to ask instead. */
  advice: string;
}

const blame = (pattern: RegExp, advice = "looks for someone to blame; ask about the situation, e.g. 'What made this hard?'"): PhraseRule => ({ family: 'blaming', pattern, advice });
const therapy = (pattern: RegExp, advice: string): PhraseRule => ({ family: 'therapy-speak', pattern, advice });
const leading = (pattern: RegExp, advice: string): PhraseRule => ({ family: 'leading', pattern, advice });

const DEFEND = "asks the person to defend the past; ask what happened or what they want next, e.g. 'What got in the way?'";
const FEELINGS = "interrogates feelings, which is therapy, not coaching; ask about the work and the next step, e.g. 'What does this cost you?'";
const PAST_LIFE = "reaches into the person's past life; coaching stays with the work and where they want to get to.";
const BODY = "asks about the body, which is therapy, not coaching; ask about the work, e.g. 'What is taking your energy?'";
const PRESUMES = 'presumes the answer; ask openly and let the person find their own.';

export const PHRASE_RULES: readonly PhraseRule[] = [
  // ── blaming: defending the past, finding a culprit ──────────────────────────────────
  blame(/\bwhy\s+(?:did|didn't|did\s+not)\s+you\b/i, DEFEND),
  blame(/\bwhy\b[^?？.!]{0,80}?(?:\bnot\b|n't\b|\bnever\b|\balways\b|\bnobody\b|\bno\s+one\b)/i, DEFEND),
  blame(/\bwhose\s+fault\b/i),
  blame(/\byour\s+(?:own\s+)?fault\b/i),
  blame(/\bwho(?:\s+is|'s|\s+was)\s+to\s+blame\b/i),
  blame(/\bwho\s+(?:broke|messed\s+up|screwed\s+up|dropped\s+the\s+ball)\b/i),
  blame(/\bexcuses?\b/i, "treats the answer as an excuse; ask what got in the way, e.g. 'What made this hard?'"),
  blame(/\bwhat\s+were\s+you\s+thinking\b/i, DEFEND),
  blame(/\bwrong\s+with\s+you\b/i, "judges the person; ask about the situation, e.g. 'What is not working for you?'"),

  // ── therapy-speak: feelings, childhood, trauma, body, inner critic, healing ─────────
  therapy(/\bhow\s+(?:does|did|do|would|will|is|was)\s+(?:that|this|it)\s+make\s+you\s+feel\b/i, FEELINGS),
  therapy(/\bhow\s+(?:do|did|does|are|were)\s+you\s+feel(?:ing)?\b/i, FEELINGS),
  therapy(/\bwhat\s+(?:are|were|do|did)\s+you\s+feel(?:ing)?\b/i, FEELINGS),
  therapy(/\byour\s+(?:feelings|emotions)\b/i, FEELINGS),
  therapy(/\bit(?:'s|\s+is)\s+(?:okay|ok|alright|all\s+right|fine|normal)\s+to\b/i, 'reassures instead of asking; drop it and ask a direct, open question.'),
  therapy(/\bhold(?:ing)?\s+space\b/i, 'is therapy vocabulary; ask a direct, open question about the work.'),
  therapy(/\bchildhood\b|\bas\s+a\s+(?:child|kid)\b|\bgrowing\s+up\b|\byour\s+(?:parents|mother|father|upbringing)\b/i, PAST_LIFE),
  therapy(/\b(?:re)?trauma\w*/i, 'is clinical vocabulary; coaching is not therapy, so ask about the work and what would help.'),
  therapy(/\b(?:in|with)\s+your\s+body\b|\bwhere\s+in\s+your\s+body\b|\byour\s+(?:chest|stomach|gut|shoulders|breath|breathing|heart\s+rate)\b/i, BODY),
  therapy(/\binner\s+(?:critic|child|voice|self|work)\b|\bself[-\s]talk\b/i, 'is therapy vocabulary; ask what the person wants to do next.'),
  therapy(/(?<!self-)\bheal(?:s|ed|ing)?\b/i, 'is therapy vocabulary; ask what would help the work move again.'),

  // ── leading: the question carries its own answer ────────────────────────────────────
  leading(/\bshould(?:n't|\s+not)?\s+(?:you\s+|we\s+|they\s+|I\s+)?have\b|\bshould've\b/i, 'judges what already happened; ask what the person would do next time.'),
  // "just" as in "just drop it" minimises; "the branch you just left" only tells the time.
  leading(/\bjust\b(?!\s+(?:now|\w+ed|left|did|made|saw|got|had|came|went|wrote|ran|built|took|said|heard|found|lost|spent|began|broke)\b)/i, "makes it sound easy or small; drop 'just'."),
  leading(/\bwouldn't\s+it\s+be\s+(?:better|easier|smarter|nicer|simpler)\b|\bisn't\s+it\s+(?:better|obvious|clear|true|time)\b/i, PRESUMES),
  leading(/\bdon't\s+you\s+(?:think|agree|feel)\b|\bwouldn't\s+you\s+(?:agree|say)\b/i, PRESUMES),
  leading(/\bobviously\b|\bsurely\b|\bof\s+course\b/i, PRESUMES),

  // ── closed questions that do not start with an auxiliary: tags and "or not" ─────────
  {
    family: 'closed-question',
    pattern: /,\s*(?:right|correct|yes|no|ok|okay|true|agreed|yeah|(?:is|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't)\s+(?:it|you|they|we|that|he|she))\s*[?？]\s*$/i,
    advice: "is a tag that asks for agreement; drop it and ask 'What…' or 'How…'.",
  },
  { family: 'closed-question', pattern: /\bor\s+not\s*[?？]\s*$/i, advice: "offers a yes/no choice; ask 'What…' or 'How…'." },
];

/** First words that make a question closed (yes/no, or "any" that a "no" ends). Apostrophes normalised. */
export const CLOSED_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'was', 'were',
  'do', 'does', 'did',
  'can', 'could', 'should', 'would', 'will', "won't",
  'have', 'has', 'had',
  'shall', 'may', 'might', 'must',
  "isn't", "aren't", "don't", "doesn't", "didn't",
  "can't", "couldn't", "shouldn't", "wouldn't", "haven't", "hasn't",
  'any', 'anything', 'anyone', 'anybody', 'anywhere',
]);

/** Words that may come before the real first word ("So, is it…?", "And do you…?"). */
export const FILLER_OPENERS: ReadonlySet<string> = new Set(['and', 'so', 'but', 'now', 'then', 'ok', 'okay', 'well', 'also', 'honestly']);
