/**
 * The core's one message catalogue: the German for every sentence the core and the CLI make
 * (a `Message` template, see message.ts, or a literal template handed to a `Translate`), keyed
 * by its English template. Its tables are the catalogue.*.de.ts files, merged in german.ts.
 * The CLI translates with them directly (german.ts; the language from `--lang`, `LC_ALL`,
 * `LC_MESSAGES` or `LANG`). The extension translates through `vscode.l10n`, whose German
 * bundle (l10n/bundle.l10n.de.json) carries these same entries, copied by
 * test/l10n/writeBundles.ts and checked against them by a unit test: so the extension ships the
 * German once, in its bundle, and this file holds no table, only the words to speak of them.
 */
import { fillTemplate, type Message } from './message';

export type Language = 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'de'];

export type Catalogue = Readonly<Record<string, string>>;

/** 'de', 'de-AT', 'de_DE.UTF-8' → 'de'; anything else (including 'C' and 'POSIX') → 'en'. */
export function languageOf(tag: string | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The CLI's language: `--lang` wins, then the POSIX order LC_ALL, LC_MESSAGES, LANG (the first one set). */
export function cliLanguage(env: Readonly<Record<string, string | undefined>>, flag?: string): Language {
  const tag = [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  return languageOf(tag);
}

/** How one side says a template in its language: the CLI from german.ts, the extension through vscode.l10n. */
export type Say = (template: string, args: readonly (string | number)[]) => string;

/** A message in the words of `say`, each phrase inside it said the same way; a template `say` does not know stays English. */
export function sayMessage(message: Message, say: Say): string {
  return say(message.template, message.args.map((a) => (typeof a === 'object' ? sayMessage(a, say) : a)));
}

/**
 * Sentences in one language, for code that writes many (the reports, the CLI, the pulse
 * check). Each template is written as a literal at the call, so the catalogue's test finds it.
 */
export interface Translate {
  (template: string, ...args: (string | number)[]): string;
  readonly language: Language;
  /** `n` (as `{0}`, more arguments from `{1}`) with the noun's form for it: one template for 1, one for any other number. */
  plural(n: number, one: string, many: string, ...args: (string | number)[]): string;
}

export function makeTranslate(language: Language, say: Say): Translate {
  const t = (template: string, ...args: (string | number)[]) => say(template, args);
  return Object.assign(t, { language, plural: (n: number, one: string, many: string, ...args: (string | number)[]) => t(n === 1 ? one : many, n, ...args) });
}

/** English, the default wherever no language is asked for. */
export const ENGLISH: Translate = makeTranslate('en', fillTemplate);
