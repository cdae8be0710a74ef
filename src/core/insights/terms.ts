/**
 * Words of an answer as comparable terms: lower-case runs of Unicode letters and digits,
 * without stop words and coaching filler, lightly stemmed so "tests", "testing" and
 * "tested" meet. Deliberately small: no dictionary, no language detection, the same
 * result on every machine.
 */

/** Common English words and the filler of spoken answers ("really", "just", "think"). */
const STOP_WORDS = new Set(`
a about above after again against all almost already also although always am among an and another any anyone anything nothing
are around as at away back be because been before being below between both but by can cannot could
did do does doing done down during each either else enough etc even ever every everyone everything few for from
further had has have having he her here hers him his how however i if in into is it its itself
me more most much must my myself neither no nor not now of off often on once one only or other our ours out over own
per quite rather same she should since so some someone something sometimes still such than that the their theirs them
then there these they this those though through thus to too under until up upon us very was we were what whatever when
where whether which while who whom whose why will with within without would yet you your yours yourself
im ive id ill dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt havent hasnt hadnt thats theres
lets youre theyre weve
really just think thought get gets got getting gotten like actually basically maybe perhaps probably bit lot lots thing
things stuff kind sort pretty many make makes made making want wanted need needs needed feel feels felt try tried trying
know knew going go goes went gone come came say said see seem seems way ok okay yes yeah well right able
`.split(/\s+/).filter(Boolean));

const MIN_TERM_CHARS = 2;
const VOWEL = /[aeiouy]/;

/** Removes one common suffix, with guards so short words keep their meaning ("bus", "string", "speed"). */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  // "merge", "merged" and "merging" all end as "merg".
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "stopped" → "stopp" → "stop"; l, s and z double in their stems ("install", "pass", "buzz"). */
function undouble(w: string): string {
  return /([b-df-hj-km-rtvwy])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** One term of a text: its stem for matching and the word as written, for labels. */
export interface Term {
  stem: string;
  word: string;
}

/** Unicode-normalised so look-alike forms meet; apostrophes inside words are dropped ("don't" → "dont"). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/(\p{L})['’](?=\p{L})/gu, '$1');
}

export function terms(text: string): Term[] {
  const result: Term[] = [];
  for (const match of normalizeText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (word.length < MIN_TERM_CHARS || /^\p{N}+$/u.test(word) || STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    if (STOP_WORDS.has(stemmed)) continue;
    result.push({ stem: stemmed, word });
  }
  return result;
}
