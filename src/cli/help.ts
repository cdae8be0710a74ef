/**
 * The CLI's usage texts, one per command, in the reader's language. Each is one literal
 * template, so the catalogue's test finds it and checks its German.
 */
import type { Translate } from '../core/util/catalogue';

export function helpTexts(t: Translate): Readonly<Record<string, string>> {
  return {
    main: t(`Usage: retro-coach <command> [options]

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
Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.`),
    validate: t(`Usage: retro-coach validate [--root DIR] [--lang en|de]

Checks every reflection, follow-up, config.yaml and questions.yaml under DIR/.coaching
(default: the current directory). Prints one line per problem, path:line:col: message,
the form editors and CI understand. Private reflections are checked too.
Exit codes: 0 all valid, 1 problems found, 2 no .coaching folder or bad options.`),
    report: t(`Usage: retro-coach report [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                          [--until DATE] [--format md|json|html] [--out FILE] [--lang en|de]

The Team Review's insights for a period (default: the last 4 weeks until today): friction
by week, recurring blockers, open actions by owner, follow-through, pulse and participation.
Private reflections are never included; anonymous ones name nobody.
--format md (default) for the retro, json (stable, with a schema field) for scripts,
html for one self-contained page to mail or attach. --out writes to FILE instead of stdout.
--lang de writes the Markdown and HTML report in German (default: from LANG, see retro-coach --help).
Several --root options, or --roots-file (one path per line, # comments), report across
repositories: all teams together, then a breakdown by team (config.yaml's team, else the
repository folder's name); JSON then has the schema retro-coach/teams-report/v1.`),
    history: t(`Usage: retro-coach history [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                           [--format text|md|json] [--lang en|de]

The timeline from git: when each reflection and follow-up was added, changed, renamed or
deleted and by whom (never for anonymous or private files), action lifecycles (opened to
done or dropped, days taken), weekly participation, and blockers that recur across months.
Outside a git repository it falls back to file times, with a warning. Default: everything.
--format text (the default in a terminal) is plain text, md (the default when piped or
redirected) Markdown to keep or paste, json (with a schema field) for scripts.
Several --root options or --roots-file: one history per repository, with its team.`),
    export: t(`Usage: retro-coach export [--format jsonl] [--root DIR]... [--roots-file FILE] [--out FILE]

One reflection per line as JSON: the reflection's fields with its schema
(retro-coach/reflection/v1), plus team, repository and path. Private reflections are never
exported; anonymous ones have no author. --out writes FILE (replaced whole, never inside
.coaching/); otherwise stdout. Load it with DuckDB: SELECT * FROM read_json('export.jsonl').`),
    index: t(`Usage: retro-coach index --json [--root DIR]

Prints {"schema":"retro-coach/index/v1","documents":[...],"problems":[...]} with every
parsed document (path and content) and every problem. Private reflections are included.`),
  };
}
