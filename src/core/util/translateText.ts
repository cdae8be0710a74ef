/**
 * Translates an English sentence the core has already written out, for the places where a
 * sentence reaches the edge as text rather than as a `Message`: a file's problems travel
 * through the store, the workers and the index as plain strings. Each such sentence was made
 * from a catalogue template (a `Message` written out by `formatMessage`), so the template is found
 * again by its literal words, its arguments read back from between them, and the German
 * filled in. An argument that is itself a phrase the core wrote (advice, a list) is
 * translated the same way; a quoted value, a key or a single word (a file's own text, an
 * enum value to type) stays exactly as written. A reading that leaves an unquoted phrase
 * unexplained is no reading, and text no template explains stays English: nothing is ever
 * lost or half translated, only left untranslated. Templates of sentences still written as
 * plain text elsewhere are listed in catalogue.problems.de.ts (WRITTEN_ELSEWHERE). The
 * catalogue is the caller's: the CLI's German, or the extension's l10n bundle (vscode.l10n.bundle),
 * which carries the same entries.
 */
import type { Catalogue } from './catalogue';
import { fillTemplate } from './message';

/** Longer text is no sentence of the core's (the CLI cuts lines at 2,000): left as it is, so matching stays cheap. */
const MAX_CHARS = 2_000;
/** Phrases inside phrases: a sentence, its advice, a list in the advice. */
const MAX_DEPTH = 3;

interface Pattern {
  template: string;
  /** How many characters of the template are its own words: the most specific template wins. */
  literal: number;
  prefix: string;
  suffix: string;
  /** No words at either end ("{0} or {1}"): it joins values inside a phrase and is never a sentence of its own. */
  joint: boolean;
  regex: RegExp;
  /** The placeholder index of each capture group, in order. */
  slots: number[];
  /** Per capture group: the template quotes it ('{0}', "{1}"), so it is a value from the file, never a phrase. */
  quoted: boolean[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(template: string): Pattern {
  const parts = template.split(/\{(\d+)\}/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const slots = parts.filter((_, i) => i % 2 === 1).map(Number);
  const quoted = words.slice(0, -1).map((before) => /['"]$/.test(before));
  const source = parts.map((part, i) => (i % 2 === 0 ? escapeRegex(part) : '([\\s\\S]+?)')).join('');
  const [prefix, suffix] = [words[0], words[words.length - 1]];
  return { template, literal: words.join('').length, prefix, suffix, joint: !prefix && !suffix, regex: new RegExp(`^${source}$`), slots, quoted };
}

/** Each catalogue's templates with placeholders and words of their own, most specific first; made once per catalogue. */
const patternsOf = new WeakMap<Catalogue, Pattern[]>();

function allPatterns(catalogue: Catalogue): Pattern[] {
  let patterns = patternsOf.get(catalogue);
  if (!patterns) {
    patterns = Object.keys(catalogue)
      .filter((template) => /\{\d+\}/.test(template))
      .map(patternOf)
      .filter((p) => p.literal > 1)
      .sort((a, b) => b.literal - a.literal || (a.template < b.template ? -1 : 1));
    patternsOf.set(catalogue, patterns);
  }
  return patterns;
}

/** Words with spaces that are not a value shown in quotes ('…' or "…"): they can only be a phrase of the core's. */
const isPhrase = (arg: string) => arg.includes(' ') && !/^'[^']*'$|^"[^"]*"$/.test(arg);

/**
 * The German arguments of `p` matched in `text`, or undefined when the match is no reading of
 * the sentence: an unquoted phrase in it that no template explains means the words were cut
 * in the wrong places (or the sentence is one the catalogue does not know).
 */
function argumentsOf(catalogue: Catalogue, p: Pattern, match: RegExpExecArray, depth: number): string[] | undefined {
  const args: string[] = [];
  for (const [i, slot] of p.slots.entries()) {
    const raw = match[i + 1];
    if (args[slot] !== undefined) continue;
    if (p.quoted[i] || !isPhrase(raw)) args[slot] = raw;
    else {
      const said = translated(catalogue, raw, depth + 1);
      if (said === raw && !p.joint) return undefined;
      args[slot] = said;
    }
  }
  return args;
}

function translated(catalogue: Catalogue, text: string, depth: number): string {
  const exact = catalogue[text];
  if (exact !== undefined) return exact;
  if (depth >= MAX_DEPTH || text.length > MAX_CHARS) return text;
  for (const p of allPatterns(catalogue)) {
    if ((depth === 0 && p.joint) || !text.startsWith(p.prefix) || !text.endsWith(p.suffix)) continue;
    const match = p.regex.exec(text);
    const args = match ? argumentsOf(catalogue, p, match, depth) : undefined;
    if (args) return fillTemplate(catalogue[p.template], args);
  }
  return text;
}

/**
 * An English sentence of the core's in the language of `catalogue` (English template → that
 * language: the CLI's German, or the extension's l10n bundle); without a catalogue (English),
 * or for a sentence no template made, the text comes back as it is.
 */
export function translateText(text: string, catalogue: Catalogue | undefined): string {
  return catalogue ? translated(catalogue, text, 0) : text;
}
