/**
 * `retro-coach`: the same core as the extension, for coaches and CI without VS Code.
 * main() takes its streams, working directory and clock as arguments so tests drive it.
 * Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkCoaching } from '../core/store/corpus';
import { readForCli } from './corpus';
import { teamDocuments, teamInsights, type TeamInsights } from '../core/insights/index';
import { retroSummaryMarkdown, type SummaryOptions } from '../core/insights/summaryMarkdown';
import { readTeamFiles } from '../core/model/teamConfig';
import { toLocalIso, today } from '../core/calendar';
import { UsageError, parseArgs, parseFormat, parsePeriod, parseSince, type Args } from './args';
import { HISTORY_FORMATS, SINCE_ALWAYS, historyMarkdown, historyStyleFor, historyText, repositoryHistory } from './history';
import { isMultiRoot, rootPaths } from './roots';
import { exportCommand, teamsHistoryCommand, teamsReportCommand, type TeamCommand } from './teamCommands';
import { reportHtml } from './html';
import { areasMarkdown } from './areas';
import { jsonDocument, problemLine, terminalDocument, writeLines } from './output';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  now: Date;
  /** The process environment: where the persistent cache lives (none: nothing kept between runs). */
  env?: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal a person reads: `history` then prints plain text rather than Markdown. */
  stdoutIsTTY?: boolean;
}

const HELP: Record<string, string> = {
  main: `Usage: retro-coach <command> [options]

Commands:
  validate   Check every .coaching file; one line per problem as path:line:col: message
  report     Team insights for a period, as Markdown, JSON or a self-contained HTML page
  history    The story in git: timeline, action lifecycles, participation, recurring blockers
  index      The parsed documents and problems, as JSON, for tooling
  export     Every team-visible reflection as JSON lines, for DuckDB, BigQuery or Spark

Run retro-coach <command> --help for its options.
Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.`,
  validate: `Usage: retro-coach validate [--root DIR]

Checks every reflection, follow-up, config.yaml and questions.yaml under DIR/.coaching
(default: the current directory). Prints one line per problem, path:line:col: message,
the form editors and CI understand. Private reflections are checked too.
Exit codes: 0 all valid, 1 problems found, 2 no .coaching folder or bad options.`,
  report: `Usage: retro-coach report [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                          [--until DATE] [--format md|json|html] [--out FILE]

The Team Review's insights for a period (default: the last 4 weeks until today): friction
by week, recurring blockers, open actions by owner, follow-through, pulse and participation.
Private reflections are never included; anonymous ones name nobody.
--format md (default) for the retro, json (stable, with a schema field) for scripts,
html for one self-contained page to mail or attach. --out writes to FILE instead of stdout.
Several --root options, or --roots-file (one path per line, # comments), report across
repositories: all teams together, then a breakdown by team (config.yaml's team, else the
repository folder's name); JSON then has the schema retro-coach/teams-report/v1.`,
  history: `Usage: retro-coach history [--root DIR]... [--roots-file FILE] [--since DATE|4w|14d|2m]
                           [--format text|md|json]

The timeline from git: when each reflection and follow-up was added, changed, renamed or
deleted and by whom (never for anonymous or private files), action lifecycles (opened to
done or dropped, days taken), weekly participation, and blockers that recur across months.
Outside a git repository it falls back to file times, with a warning. Default: everything.
--format text (the default in a terminal) is plain text, md (the default when piped or
redirected) Markdown to keep or paste, json (with a schema field) for scripts.
Several --root options or --roots-file: one history per repository, with its team.`,
  export: `Usage: retro-coach export [--format jsonl] [--root DIR]... [--roots-file FILE] [--out FILE]

One reflection per line as JSON: the reflection's fields with its schema
(retro-coach/reflection/v1), plus team, repository and path. Private reflections are never
exported; anonymous ones have no author. --out writes FILE (replaced whole, never inside
.coaching/); otherwise stdout. Load it with DuckDB: SELECT * FROM read_json('export.jsonl').`,
  index: `Usage: retro-coach index --json [--root DIR]

Prints {"schema":"retro-coach/index/v1","documents":[...],"problems":[...]} with every
parsed document (path and content) and every problem. Private reflections are included.`,
};

type Command = (args: Args, io: Io, root: string) => Promise<number>;

async function coachingExists(root: string): Promise<boolean> {
  return (await fs.stat(path.join(root, '.coaching')).catch(() => undefined))?.isDirectory() ?? false;
}

/** Every reflection (private ones too), and every problem the extension would show for them. */
async function checkAll(root: string, env: NodeJS.ProcessEnv | undefined) {
  const corpus = await readForCli(root, true, env);
  return { corpus, problems: checkCoaching(corpus, readTeamFiles(root).problems).problems };
}

const validate: Command = async (_args, io, root) => {
  const { corpus, problems } = await checkAll(root, io.env);
  writeLines(io.stdout, problems.map(problemLine));
  const valid = `${corpus.documents.length} file(s) valid.`;
  writeLines(io.stderr, [problems.length ? `${problems.length} problem(s) in .coaching; ${valid}` : valid]);
  return problems.length ? 1 : 0;
};

/** The retro summary, then friction by area (which the Markdown export leaves to the Team Review). */
function markdownReport(insights: TeamInsights, opts: SummaryOptions): string {
  return retroSummaryMarkdown(insights, opts) + areasMarkdown(insights.areas, opts.linkFrom);
}

const report: Command = async (args, io, root) => {
  const { from, to } = parsePeriod(args, io.now);
  const format = parseFormat(args, ['md', 'json', 'html'] as const);
  const corpus = await readForCli(root, false, io.env);
  writeLines(io.stderr, checkCoaching(corpus, []).problems.map((p) => `warning: ${problemLine(p)}`));
  const period = { from, to };
  const insights = teamInsights(teamDocuments(corpus.documents), period, today(io.now));
  const generatedAt = toLocalIso(io.now);
  const out = args.flags.get('out');
  const text = format === 'json'
    ? jsonDocument(insights)
    : format === 'html'
      ? reportHtml(insights, `Retro report ${from} to ${to}`, generatedAt)
      : markdownReport(insights, { period, generatedAt, linkFrom: typeof out === 'string' ? path.relative(root, path.dirname(path.resolve(io.cwd, out))).split(path.sep).join('/') : '' });
  if (typeof out === 'string') {
    await fs.writeFile(path.resolve(io.cwd, out), text);
    writeLines(io.stderr, [`Wrote ${out}`]);
  } else io.stdout(format === 'json' ? text : terminalDocument(text));
  return 0;
};

const history: Command = async (args, io, root) => {
  const format = args.flags.has('format') ? parseFormat(args, HISTORY_FORMATS) : historyStyleFor(io.stdoutIsTTY);
  const sinceFlag = args.flags.get('since');
  const since = typeof sinceFlag === 'string' ? parseSince(sinceFlag, today(io.now)) : SINCE_ALWAYS;
  const story = await repositoryHistory(root, since, today(io.now), io.env);
  writeLines(io.stderr, story.warnings.map((w) => `warning: ${w}`));
  if (format === 'json') io.stdout(jsonDocument(story));
  else io.stdout(terminalDocument(`${(format === 'text' ? historyText : historyMarkdown)(story, 'Retro Coach history').join('\n')}\n`));
  return 0;
};

const index: Command = async (args, io, root) => {
  if (!args.flags.has('json')) throw new UsageError('index prints JSON; run retro-coach index --json.');
  const { corpus, problems } = await checkAll(root, io.env);
  io.stdout(jsonDocument({ schema: 'retro-coach/index/v1', documents: corpus.documents, problems }));
  return 0;
};

const COMMANDS: Record<string, Command> = { validate, report, history, index };
/** Commands that read several repositories; `export` always goes through here, with one root or many. */
const TEAM_COMMANDS: Record<string, TeamCommand> = { report: teamsReportCommand, history: teamsHistoryCommand, export: exportCommand };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (!args.command || (args.command === 'help')) {
      (args.command ? io.stdout : io.stderr)(`${HELP.main}\n`);
      return args.command || args.flags.has('help') ? 0 : 2;
    }
    if (args.flags.has('help')) {
      if (!HELP[args.command]) throw new UsageError(`Unknown command '${args.command}'.`);
      io.stdout(`${HELP[args.command]}\n`);
      return 0;
    }
    const command = COMMANDS[args.command];
    const teamCommand = TEAM_COMMANDS[args.command];
    if (!command && !teamCommand) throw new UsageError(`Unknown command '${args.command}'. Commands: validate, report, history, index, export.`);
    const multi = isMultiRoot(args);
    if (multi && !teamCommand) throw new UsageError(`${args.command} reads one repository; run it once per --root.`);
    const roots = await rootPaths(args, io.cwd);
    const missing: string[] = [];
    for (const root of roots) if (!(await coachingExists(root))) missing.push(root);
    if (missing.length) {
      writeLines(io.stderr, missing.map((root) => `No .coaching folder in ${root}. Run this in a repository that uses Retro Coach, or pass --root DIR.`));
      return 2;
    }
    return await (multi || !command ? teamCommand(args, io, roots) : command(args, io, roots[0]));
  } catch (err) {
    if (err instanceof UsageError || err instanceof RangeError) {
      writeLines(io.stderr, [`retro-coach: ${err.message}`, 'Run retro-coach --help for usage.']);
      return 2;
    }
    throw err;
  }
}
