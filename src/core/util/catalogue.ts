/**
 * The core's one message catalogue: the German for every sentence the core makes (a
 * `Message` template, see message.ts), keyed by its English template. The CLI translates
 * with it directly (`translate`, language from `--lang`, `LC_ALL`, `LC_MESSAGES` or `LANG`);
 * the extension translates through `vscode.l10n.t`, whose German bundle
 * (l10n/bundle.l10n.de.json) carries these same entries, copied by test/l10n/writeBundles.ts
 * and checked against this table by a unit test.
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

/** Sentences of the session state machine, shown as the panel's error line. */
const SESSION_DE: Catalogue = {
  '{0}': '{0}',
  'There is no question waiting for an answer.': 'Gerade wartet keine Frage auf eine Antwort.',
  '“And what else?” fits after a reality or options answer, at most {0} times a session.': '„Und was noch?“ passt nach einer Antwort zur Realität oder zu Optionen, höchstens {0}-mal pro Sitzung.',
  'Write your answer first; “And what else?” then asks for more.': 'Schreib zuerst deine Antwort; „Und was noch?“ fragt dann nach mehr.',
  'This is the first question.': 'Das ist die erste Frage.',
  'There is nothing to go back to.': 'Es gibt nichts, wohin du zurückgehen kannst.',
  'The session has moved on since the follow-up was asked for.': 'Die Sitzung ist weitergegangen, seit die Anschlussfrage angefordert wurde.',
  'This reflection is already saved.': 'Diese Reflexion ist schon gespeichert.',
  'The friction is already chosen for this session.': 'Die Art der Reibung ist für diese Sitzung schon gewählt.',
  'No questions are available for this kind of friction.': 'Für diese Art von Reibung gibt es keine Fragen.',
  'Pick the kind of friction that fits best.': 'Wähl die Art von Reibung, die am besten passt.',
  'This session has no closing question.': 'Diese Sitzung hat keine Abschlussfrage.',
  'Unknown field.': 'Unbekanntes Feld.',
  'The next step is not being asked right now.': 'Nach dem nächsten Schritt wird gerade nicht gefragt.',
  'Write the next step, or choose “No next step”.': 'Schreib den nächsten Schritt auf oder wähl „Kein nächster Schritt“.',
  '“{0}” is not a date; use YYYY-MM-DD or leave it empty.': '„{0}“ ist kein Datum; schreib JJJJ-MM-TT (YYYY-MM-DD) oder lass das Feld leer.',
  'Only a reviewed session can be saved.': 'Speichern geht erst nach dem Überblick.',
  'Finish the questions first.': 'Beantworte zuerst die Fragen.',
  'Answer at least one question before saving.': 'Beantworte vor dem Speichern mindestens eine Frage.',
};

/** German for every core sentence, by English template. */
export const GERMAN: Catalogue = Object.freeze({ ...SESSION_DE });

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en: {}, de: GERMAN };

/** A core sentence in `language`; a template without a translation stays English, never lost. */
export function translate(message: Message, language: Language): string {
  return fillTemplate(CATALOGUES[language][message.template] ?? message.template, message.args);
}
