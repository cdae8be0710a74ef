/**
 * The CLI's German (src/cli): errors, usage, validate's summary, history and export lines,
 * keyed by the English template. Flags, commands, paths and file formats stay as typed.
 */
import type { Catalogue } from './catalogue';

const USAGE_DE: Catalogue = {
  [`Usage: retro-coach <command> [options]

Commands:
  validate   Check every .coaching file; one line per problem as path:line:col: message
  report     Team insights for a period, as Markdown, JSON or a self-contained HTML page
  history    The story in git: timeline, action lifecycles, participation, recurring blockers
  index      The parsed documents and problems, as JSON, for tooling
  export     Every team-visible reflection as JSON lines, for DuckDB, BigQuery or Spark

Run retro-coach <command> --help for its options.
--lang en|de prints messages and reports in English or German; without it the language
comes from LC_ALL, LC_MESSAGES or LANG (de_DE.UTF-8 and other de_* mean German, anything
else English). JSON keys and values stay as they are in any language.
Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.`]: `Aufruf: retro-coach <Befehl> [Optionen]

Befehle:
  validate   Prüft jede Datei in .coaching; eine Zeile pro Problem als Pfad:Zeile:Spalte: Meldung
  report     Team-Einblicke für einen Zeitraum, als Markdown, JSON oder eigenständige HTML-Seite
  history    Die Geschichte in git: Zeitleiste, Verlauf der Aktionen, Beteiligung, wiederkehrende Blocker
  index      Die gelesenen Dokumente und Probleme als JSON, für Werkzeuge
  export     Jede fürs Team sichtbare Reflexion als JSON-Zeilen, für DuckDB, BigQuery oder Spark

retro-coach <Befehl> --help zeigt die Optionen eines Befehls.
--lang en|de gibt Meldungen und Berichte auf Englisch oder Deutsch aus; ohne die Option kommt
die Sprache aus LC_ALL, LC_MESSAGES oder LANG (de_DE.UTF-8 und andere de_* heißen Deutsch,
alles andere Englisch). JSON-Schlüssel und -Werte bleiben in jeder Sprache, wie sie sind.
Exit-Codes: 0 Erfolg, 1 Probleme gefunden (validate), 2 Aufruffehler oder kein Ordner .coaching.`,
  [`Usage: retro-coach validate [--root DIR] [--lang en|de]

Checks every reflection, follow-up, config.yaml and questions.yaml under DIR/.coaching
(default: the current directory). Prints one line per problem, path:line:col: message,
the form editors and CI understand. Private reflections are checked too.
Exit codes: 0 all valid, 1 problems found, 2 no .coaching folder or bad options.`]: `Aufruf: retro-coach validate [--root ORDNER] [--lang en|de]

Prüft jede Reflexion, jede Nachbereitung, config.yaml und questions.yaml unter ORDNER/.coaching
(Standard: das aktuelle Verzeichnis). Gibt eine Zeile pro Problem aus, Pfad:Zeile:Spalte: Meldung,
in der Form, die Editoren und CI verstehen. Private Reflexionen werden ebenfalls geprüft.
Exit-Codes: 0 alles gültig, 1 Probleme gefunden, 2 kein Ordner .coaching oder falsche Optionen.`,
  [`Usage: retro-coach report [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                          [--until DATE] [--format md|json|html] [--out FILE] [--lang en|de]

The Team Review's insights for a period (default: the last 4 weeks until today): friction
by week, recurring blockers, open actions by owner, follow-through, pulse and participation.
Private reflections are never included; anonymous ones name nobody.
--format md (default) for the retro, json (stable, with a schema field) for scripts,
html for one self-contained page to mail or attach. --out writes to FILE instead of stdout.
--lang de writes the Markdown and HTML report in German (default: from LANG, see retro-coach --help).
Several --root options, or --roots-file (one path per line, # comments), report across
repositories: all teams together, then a breakdown by team (config.yaml's team, else the
repository folder's name); JSON then has the schema retro-coach/teams-report/v1.`]: `Aufruf: retro-coach report [--root ORDNER]... [--roots-file DATEI] [--since DATUM|4w|14d|2m]
                          [--until DATUM] [--format md|json|html] [--out DATEI] [--lang en|de]

Die Einblicke des Team-Rückblicks für einen Zeitraum (Standard: die letzten 4 Wochen bis heute):
Reibung pro Woche, wiederkehrende Blocker, offene Aktionen nach Verantwortlichen, Umsetzung,
Stimmung und Beteiligung. Private Reflexionen sind nie enthalten; anonyme nennen niemanden.
--format md (Standard) für die Retro, json (stabil, mit einem Feld schema) für Skripte,
html für eine eigenständige Seite zum Mailen oder Anhängen. --out schreibt in DATEI statt auf stdout.
--lang de schreibt den Markdown- und HTML-Bericht auf Deutsch (Standard: aus LANG, siehe retro-coach --help).
Mehrere --root-Optionen oder --roots-file (ein Pfad pro Zeile, # für Kommentare) berichten über
Repositorys hinweg: alle Teams zusammen, dann aufgeschlüsselt nach Team (team aus config.yaml,
sonst der Name des Repository-Ordners); das JSON hat dann das Schema retro-coach/teams-report/v1.`,
  [`Usage: retro-coach history [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                           [--format text|md|json] [--lang en|de]

The timeline from git: when each reflection and follow-up was added, changed, renamed or
deleted and by whom (never for anonymous or private files), action lifecycles (opened to
done or dropped, days taken), weekly participation, and blockers that recur across months.
Outside a git repository it falls back to file times, with a warning. Default: everything.
--format text (the default in a terminal) is plain text, md (the default when piped or
redirected) Markdown to keep or paste, json (with a schema field) for scripts.
Several --root options or --roots-file: one history per repository, with its team.`]: `Aufruf: retro-coach history [--root ORDNER]... [--roots-file DATEI] [--since DATUM|4w|14d|2m]
                           [--format text|md|json] [--lang en|de]

Die Zeitleiste aus git: wann jede Reflexion und Nachbereitung hinzugefügt, geändert, umbenannt
oder gelöscht wurde und von wem (nie bei anonymen oder privaten Dateien), der Verlauf der Aktionen
(von geöffnet bis erledigt oder verworfen, mit der Dauer in Tagen), die Beteiligung pro Woche und
Blocker, die über Monate wiederkehren. Außerhalb eines git-Repositorys nimmt es die Zeiten der
Dateien, mit einer Warnung. Standard: alles.
--format text (Standard im Terminal) ist reiner Text, md (Standard, wenn umgeleitet oder in eine
Pipe geschrieben) Markdown zum Aufheben oder Einfügen, json (mit einem Feld schema) für Skripte.
Mehrere --root-Optionen oder --roots-file: eine Geschichte pro Repository, mit seinem Team.`,
  [`Usage: retro-coach export [--format jsonl] [--root DIR]... [--roots-file FILE] [--out FILE]

One reflection per line as JSON: the reflection's fields with its schema
(retro-coach/reflection/v1), plus team, repository and path. Private reflections are never
exported; anonymous ones have no author. --out writes FILE (replaced whole, never inside
.coaching/); otherwise stdout. Load it with DuckDB: SELECT * FROM read_json('export.jsonl').`]: `Aufruf: retro-coach export [--format jsonl] [--root ORDNER]... [--roots-file DATEI] [--out DATEI]

Eine Reflexion pro Zeile als JSON: die Felder der Reflexion mit ihrem Schema
(retro-coach/reflection/v1), dazu team, repository und path. Private Reflexionen werden nie
exportiert; anonyme haben keinen Autor. --out schreibt DATEI (ganz ersetzt, nie innerhalb von
.coaching/); sonst stdout. Mit DuckDB laden: SELECT * FROM read_json('export.jsonl').`,
  [`Usage: retro-coach index --json [--root DIR]

Prints {"schema":"retro-coach/index/v1","documents":[...],"problems":[...]} with every
parsed document (path and content) and every problem. Private reflections are included.`]: `Aufruf: retro-coach index --json [--root ORDNER]

Gibt {"schema":"retro-coach/index/v1","documents":[...],"problems":[...]} aus, mit jedem
gelesenen Dokument (Pfad und Inhalt) und jedem Problem. Private Reflexionen sind enthalten.`,
};

const MESSAGES_DE: Catalogue = {
  'retro-coach: {0}': 'retro-coach: {0}',
  'retro-coach: unexpected error: {0}': 'retro-coach: unerwarteter Fehler: {0}',
  'Run retro-coach --help for usage.': 'retro-coach --help zeigt, wie der Aufruf geht.',
  '--{0} needs a value.': '--{0} braucht einen Wert.',
  "'{0}' is not a date (2026-11-01) or a span (4w, 14d, 2m).": "'{0}' ist weder ein Datum (2026-11-01) noch eine Spanne (4w, 14d, 2m).",
  '--until {0} is before --since {1}.': '--until {0} liegt vor --since {1}.',
  "--format must be {0} or {1}, not '{2}'.": "--format muss {0} oder {1} sein, nicht '{2}'.",
  "--format must be {0}, not '{1}'.": "--format muss {0} sein, nicht '{1}'.",
  "--lang must be en or de, not '{0}'.": "--lang muss en oder de sein, nicht '{0}'.",
  "--out {0} is inside {1}; write the export somewhere else, .coaching/ holds the team's reflections.": '--out {0} liegt in {1}; schreib den Export woandershin, in .coaching/ liegen die Reflexionen des Teams.',
  'index prints JSON; run retro-coach index --json.': 'index gibt JSON aus; ruf retro-coach index --json auf.',
  "Unknown command '{0}'.": "Unbekannter Befehl '{0}'.",
  "Unknown command '{0}'. Commands: validate, report, history, index, export.": "Unbekannter Befehl '{0}'. Befehle: validate, report, history, index, export.",
  '{0} reads one repository; run it once per --root.': '{0} liest ein Repository; ruf es einmal pro --root auf.',
  'No .coaching folder in {0}. Run this in a repository that uses Retro Coach, or pass --root DIR.': 'Kein Ordner .coaching in {0}. Ruf das in einem Repository auf, das Retro Coach nutzt, oder gib --root ORDNER an.',
  '{0}:{1}: a path holds a control character; write one plain path per line.': '{0}:{1}: ein Pfad enthält ein Steuerzeichen; schreib einen einfachen Pfad pro Zeile.',
  '{0} lists {1} repositories; at most {2} at once. Split the list.': '{0} nennt {1} Repositorys; höchstens {2} auf einmal. Teil die Liste auf.',
  '--roots-file {0} is not a file.': '--roots-file {0} ist keine Datei.',
  '--roots-file {0} is larger than {1} KB; it should list one repository path per line.': '--roots-file {0} ist größer als {1} KB; sie sollte einen Repository-Pfad pro Zeile nennen.',
  'Could not read --roots-file {0} ({1}); check the path.': '--roots-file {0} ließ sich nicht lesen ({1}); prüf den Pfad.',
  '--roots-file needs a file name.': '--roots-file braucht einen Dateinamen.',
  '--roots-file {0} lists no repository.': '--roots-file {0} nennt kein Repository.',
  'warning: {0}': 'Warnung: {0}',
  '{0} file(s) valid.': '{0} Datei(en) gültig.',
  '{0} problem(s) in .coaching; {1}': '{0} Problem(e) in .coaching; {1}',
  'Wrote {0}': '{0} geschrieben',
  'from {0} repository': 'aus {0} Repository',
  'from {0} repositories': 'aus {0} Repositorys',
  'Exported {0} reflection {1}.': '{0} Reflexion {1} exportiert.',
  'Exported {0} reflections {1}.': '{0} Reflexionen {1} exportiert.',
  'Exported {0} reflection {1} to {2}.': '{0} Reflexion {1} nach {2} exportiert.',
  'Exported {0} reflections {1} to {2}.': '{0} Reflexionen {1} nach {2} exportiert.',
};

const HISTORY_DE: Catalogue = {
  'Retro Coach history': 'Geschichte in Retro Coach',
  'Retro Coach history across {0} repositories': 'Geschichte in Retro Coach über {0} Repositorys',
  'History of team {0} ({1})': 'Geschichte des Teams {0} ({1})',
  'Source: git log; since {0}.': 'Quelle: git log; seit {0}.',
  'Source: file times (no git); since {0}.': 'Quelle: Zeiten der Dateien (kein git); seit {0}.',
  Timeline: 'Zeitleiste',
  'Action lifecycles': 'Verlauf der Aktionen',
  'Participation by week': 'Beteiligung pro Woche',
  'Blockers that recur across months': 'Blocker, die über Monate wiederkehren',
  'None.': 'Keine.',
  added: 'hinzugefügt',
  modified: 'geändert',
  deleted: 'gelöscht',
  renamed: 'umbenannt',
  ' by {0}': ' von {0}',
  'opened {0}, still open': 'geöffnet {0}, noch offen',
  'opened {1}, done {2} after {0} day': 'geöffnet {1}, erledigt {2} nach {0} Tag',
  'opened {1}, done {2} after {0} days': 'geöffnet {1}, erledigt {2} nach {0} Tagen',
  'opened {1}, dropped {2} after {0} day': 'geöffnet {1}, verworfen {2} nach {0} Tag',
  'opened {1}, dropped {2} after {0} days': 'geöffnet {1}, verworfen {2} nach {0} Tagen',
  'added by {0} named person': 'hinzugefügt von {0} namentlich genannten Person',
  'added by {0} named people': 'hinzugefügt von {0} namentlich genannten Personen',
  '{0} reflections from {1} to {2}': '{0} Reflexionen von {1} bis {2}',
};

export const CLI_DE: Catalogue = { ...USAGE_DE, ...MESSAGES_DE, ...HISTORY_DE };
