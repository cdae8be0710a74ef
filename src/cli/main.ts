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
import { UsageError, parseArgs, parseFormat, parseLanguage, parsePeriod, parseSince, unknownLanguage, type Args } from './args';
import type { Translate } from '../core/util/catalogue';
import { translate, translator } from '../core/util/german';
import { MessageError, msg } from '../core/util/message';
import { helpTexts } from './help';
import { HISTORY_FORMATS, SINCE_ALWAYS, historyData, historyMarkdown, historyStyleFor, historyText, repositoryHistory } from './history';
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

/** What a command is handed: the streams and clock, and the language everything it prints is in. */
type Run = Io & { t: Translate };

type Command = (args: Args, io: Run, root: string) => Promise<number>;

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
  writeLines(io.stdout, problems.map((p) => problemLine(p, io.t)));
  const valid = io.t('{0} file(s) valid.', corpus.documents.length);
  writeLines(io.stderr, [problems.length ? io.t('{0} problem(s) in .coaching; {1}', problems.length, valid) : valid]);
  return problems.length ? 1 : 0;
};

/** The retro summary, then friction by area (which the Markdown export leaves to the Team Review). */
function markdownReport(insights: TeamInsights, opts: SummaryOptions, t: Translate): string {
  return retroSummaryMarkdown(insights, opts) + areasMarkdown(insights.areas, opts.linkFrom, t);
}

const report: Command = async (args, io, root) => {
  const { from, to } = parsePeriod(args, io.now);
  const format = parseFormat(args, ['md', 'json', 'html'] as const);
  const corpus = await readForCli(root, false, io.env);
  writeLines(io.stderr, checkCoaching(corpus, []).problems.map((p) => io.t('warning: {0}', problemLine(p, io.t))));
  const period = { from, to };
  const insights = teamInsights(teamDocuments(corpus.documents), period, today(io.now));
  const generatedAt = toLocalIso(io.now);
  const out = args.flags.get('out');
  const text = format === 'json'
    ? jsonDocument(insights)
    : format === 'html'
      ? reportHtml(insights, io.t('Retro report {0} to {1}', from, to), generatedAt, io.t)
      : markdownReport(insights, { period, generatedAt, linkFrom: typeof out === 'string' ? path.relative(root, path.dirname(path.resolve(io.cwd, out))).split(path.sep).join('/') : '', t: io.t }, io.t);
  if (typeof out === 'string') {
    await fs.writeFile(path.resolve(io.cwd, out), text);
    writeLines(io.stderr, [io.t('Wrote {0}', out)]);
  } else io.stdout(format === 'json' ? text : terminalDocument(text));
  return 0;
};

const history: Command = async (args, io, root) => {
  const format = args.flags.has('format') ? parseFormat(args, HISTORY_FORMATS) : historyStyleFor(io.stdoutIsTTY);
  const sinceFlag = args.flags.get('since');
  const since = typeof sinceFlag === 'string' ? parseSince(sinceFlag, today(io.now)) : SINCE_ALWAYS;
  const story = await repositoryHistory(root, since, today(io.now), io.env);
  writeLines(io.stderr, story.warnings.map((w) => io.t('warning: {0}', translate(w, io.t.language))));
  if (format === 'json') io.stdout(jsonDocument(historyData(story)));
  else io.stdout(terminalDocument(`${(format === 'text' ? historyText : historyMarkdown)(story, io.t('Retro Coach history'), io.t).join('\n')}\n`));
  return 0;
};

const index: Command = async (args, io, root) => {
  if (!args.flags.has('json')) throw new UsageError(msg('index prints JSON; run retro-coach index --json.'));
  const { corpus, problems } = await checkAll(root, io.env);
  io.stdout(jsonDocument({ schema: 'retro-coach/index/v1', documents: corpus.documents, problems }));
  return 0;
};

const COMMANDS: Record<string, Command> = { validate, report, history, index };
/** Commands that read several repositories; `export` always goes through here, with one root or many. */
const TEAM_COMMANDS: Record<string, TeamCommand> = { report: teamsReportCommand, history: teamsHistoryCommand, export: exportCommand };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { language, invalid } = parseLanguage(argv, io.env ?? {});
  const t = translator(language);
  try {
    if (invalid !== undefined) throw unknownLanguage(invalid);
    return await run(parseArgs(argv), { ...io, t });
  } catch (err) {
    if (err instanceof MessageError) {
      writeLines(io.stderr, [t('retro-coach: {0}', translate(err.text, language)), t('Run retro-coach --help for usage.')]);
      return 2;
    }
    // A RangeError from the core names an impossible argument; its sentence is the core's own.
    if (err instanceof RangeError) {
      writeLines(io.stderr, [t('retro-coach: {0}', err.message), t('Run retro-coach --help for usage.')]);
      return 2;
    }
    throw err;
  }
}

async function run(args: Args, io: Run): Promise<number> {
  const { t } = io;
  const help = helpTexts(t);
  if (!args.command || (args.command === 'help')) {
    (args.command ? io.stdout : io.stderr)(`${help.main}\n`);
    return args.command || args.flags.has('help') ? 0 : 2;
  }
  if (args.flags.has('help')) {
    if (!help[args.command]) throw new UsageError(msg("Unknown command '{0}'.", args.command));
    io.stdout(`${help[args.command]}\n`);
    return 0;
  }
  const command = COMMANDS[args.command];
  const teamCommand = TEAM_COMMANDS[args.command];
  if (!command && !teamCommand) throw new UsageError(msg("Unknown command '{0}'. Commands: validate, report, history, index, export.", args.command));
  const multi = isMultiRoot(args);
  if (multi && !teamCommand) throw new UsageError(msg('{0} reads one repository; run it once per --root.', args.command));
  const roots = await rootPaths(args, io.cwd);
  const missing: string[] = [];
  for (const root of roots) if (!(await coachingExists(root))) missing.push(root);
  if (missing.length) {
    writeLines(io.stderr, missing.map((root) => t('No .coaching folder in {0}. Run this in a repository that uses Retro Coach, or pass --root DIR.', root)));
    return 2;
  }
  return multi || !command ? teamCommand(args, io, roots) : command(args, io, roots[0]);
}
