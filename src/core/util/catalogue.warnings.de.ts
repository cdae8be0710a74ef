/**
 * The German of the core's warnings and refusals that the extension shows as notifications
 * and the CLI prints: the git history's gaps, the prompt policy's settings and clock
 * corrections, why anonymous reflections cannot be shared as they are.
 */
import type { Catalogue } from './catalogue';

export const WARNINGS_DE: Catalogue = {
  'This folder is not a git repository (or git is not installed): the history below uses file modification times, so it shows neither authors nor earlier versions.': 'Dieser Ordner ist kein git-Repository (oder git ist nicht installiert): Die Geschichte unten nutzt die Änderungszeiten der Dateien und zeigt daher weder Autorinnen und Autoren noch frühere Fassungen.',
  'This is a shallow clone: history before its oldest commit is missing. Run `git fetch --unshallow` for the whole story.': 'Das ist ein flacher Klon: Die Geschichte vor seinem ältesten Commit fehlt. Führ `git fetch --unshallow` aus, um alles zu sehen.',
  '{0} minutes': '{0} Minuten',
  '{0} hours': '{0} Stunden',
  '{0} days': '{0} Tage',
  '{0} {1}': '{0} {1}',
  'The system clock went back by about {0} since the last coaching prompt; Retro Coach has moved its waits back by as much.': 'Die Systemuhr ist seit dem letzten Coaching-Impuls um etwa {0} zurückgegangen; Retro Coach hat seine Wartezeiten um ebenso viel zurückverschoben.',
  'The next coaching prompt was scheduled {0} ahead, further than any setting allows; the clock seems to have changed, so it is rescheduled within {1}.': 'Der nächste Coaching-Impuls war {0} im Voraus geplant, weiter, als jede Einstellung erlaubt; die Uhr scheint sich geändert zu haben, daher ist er nun innerhalb von {1} neu geplant.',
  'Coaching prompts were snoozed for another {0}, longer than any snooze; the clock seems to have changed, so the snooze is lifted.': 'Coaching-Impulse schlummerten noch {0}, länger als jedes Schlummern; die Uhr scheint sich geändert zu haben, daher ist das Schlummern aufgehoben.',
  '{0} is {1}, not a group of settings; using the defaults': '{0} ist {1}, keine Gruppe von Einstellungen; es gelten die Standardwerte',
  '{0} {1} is not {2}; using {3}': '{0} {1} passt nicht, erwartet ist {2}; es gilt {3}',
  'a number of minutes from {0} to {1}': 'eine Zahl von Minuten von {0} bis {1}',
  'a fraction from {0} to {1} (0.2 means ±20 %)': 'ein Anteil von {0} bis {1} (0.2 heißt ±20 %)',
  'a whole number from {0} to {1} (0 turns automatic prompts off)': 'eine ganze Zahl von {0} bis {1} (0 schaltet automatische Impulse aus)',
  'a number of seconds from {0} to {1}': 'eine Zahl von Sekunden von {0} bis {1}',
  'a non-empty list of weekdays from 0 (Sunday) to 6 (Saturday)': 'eine nicht leere Liste von Wochentagen von 0 (Sonntag) bis 6 (Samstag)',
  'a time like {0}': 'eine Uhrzeit wie {0}',
  "{0}.workStart '{1}' and workEnd '{2}' leave no working hours (the end must be later on the same day); using {3}–{4}": "{0}.workStart '{1}' und workEnd '{2}' lassen keine Arbeitszeit übrig (das Ende muss am selben Tag später liegen); es gilt {3}–{4}",
  'The anonymous identity has no {0}; set retroCoach.anonymousIdentity.{0} or clear it to use the default.': 'Die anonyme Identität hat kein {0}; setz retroCoach.anonymousIdentity.{0} oder leere es, dann gilt der Standard.',
  "The anonymous identity {0} '{1}' has characters git would change (<, >, a line break, or punctuation or spaces at either end); change retroCoach.anonymousIdentity.{0}.": "Die anonyme Identität {0} '{1}' enthält Zeichen, die git ändern würde (<, >, einen Zeilenumbruch oder Satzzeichen oder Leerzeichen an einem Ende); ändere retroCoach.anonymousIdentity.{0}.",
  "{0} names its author; an anonymous reflection must not. Remove the 'author' line, then share again.": "{0} nennt ihren Autor; eine anonyme Reflexion darf das nicht. Entferne die Zeile 'author' und teile dann noch einmal.",
  "{0} keeps a trigger detail (a branch, task or file name can point at you). Remove the 'detail' line under 'trigger', then share again.": "{0} enthält ein Detail zum Auslöser (ein Branch-, Aufgaben- oder Dateiname kann auf dich hindeuten). Entferne die Zeile 'detail' unter 'trigger' und teile dann noch einmal.",
  'There are no anonymous reflections to share.': 'Es gibt keine anonymen Reflexionen zum Teilen.',
  'Not a pending anonymous reflection: {0}. Only anonymous files that are not yet committed can be shared this way.': 'Keine wartende anonyme Reflexion: {0}. Nur anonyme Dateien, die noch nicht committet sind, lassen sich so teilen.',
};
