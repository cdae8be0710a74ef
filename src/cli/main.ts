/**
 * `retro-coach`: the same core as the extension, for coaches and CI without VS Code.
 * main() takes its streams, working directory and clock as arguments so tests drive it.
 * Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readReflections, type Corpus } from '../core/store/corpus';
import { teamDocuments, teamInsights } from '../core/insights/index';
import { actionLifecycles, readHistory, weeklyActivity } from '../core/git/history';
import { escapeInline, retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { CONFIG_FILE, QUESTIONS_FILE, parseTeamConfig, parseTeamQuestions, type TeamFileProblem } from '../core/model/teamConfig';
import { toLocalIso, today } from '../core/calendar';
import { UsageError, parseArgs, parseSince, type Args } from './args';
import { reportHtml } from './html';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  now: Date;
}

const HELP: Record<string, string> = {
  main: `Usage: retro-coach <command> [options]

Commands:
  validate   Check every .coaching file; one line per problem as path:line:col: message
  report     Team insights for a period, as Markdown, JSON or a self-contained HTML page
  history    The story in git: timeline, action lifecycles, participation, recurring blockers
  index      The parsed documents and problems, as JSON, for tooling

Run retro-coach <command> --help for its options.
Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.`,
  validate: `Usage: retro-coach validate [--root DIR]

Checks every reflection, follow-up, config.yaml and questions.yaml under DIR/.coaching
(default: the current directory). Prints one line per problem, path:line:col: message,
the form editors and CI understand. Private reflections are checked too.
Exit codes: 0 all valid, 1 problems found, 2 no .coaching folder or bad options.`,
  report: `Usage: retro-coach report [--root DIR] [--since DATE|4w|14d|2m] [--until DATE]
                          [--format md|json|html] [--out FILE]

The Team Review's insights for a period (default: the last 4 weeks until today): friction
by week, recurring blockers, open actions by owner, follow-through, pulse and participation.
Private reflections are never included; anonymous ones name nobody.
--format md (default) for the retro, json (stable, with a schema field) for scripts,
html for one self-contained page to mail or attach. --out writes to FILE instead of stdout.`,
  history: `Usage: retro-coach history [--root DIR] [--since DATE|4w|14d|2m] [--format md|json]

The timeline from git: when each reflection and follow-up was added, changed, renamed or
deleted and by whom (never for anonymous or private files), action lifecycles (opened to
done or dropped, days taken), weekly participation, and blockers that recur across months.
Outside a git repository it falls back to file times, with a warning. Default: everything.`,
  index: `Usage: retro-coach index --json [--root DIR]

Prints {"schema":"retro-coach/index/v1","documents":[...],"problems":[...]} with every
parsed document (path and content) and every problem. Private reflections are included.`,
};

type Command = (args: Args, io: Io, root: string) => Promise<number>;

async function coachingExists(root: string): Promise<boolean> {
  return (await fs.stat(path.join(root, '.coaching')).catch(() => undefined))?.isDirectory() ?? false;
}

async function teamFileProblems(root: string): Promise<TeamFileProblem[]> {
  const problems: TeamFileProblem[] = [];
  for (const [file, parse] of [[CONFIG_FILE, parseTeamConfig], [QUESTIONS_FILE, parseTeamQuestions]] as const) {
    const text = await fs.readFile(path.join(root, ...file.split('/')), 'utf8').catch(() => undefined);
    if (text !== undefined) problems.push(...parse(text, file).problems);
  }
  return problems;
}

const validate: Command = async (_args, io, root) => {
  const corpus = await readReflections(root, { includePrivate: true });
  const lines = [
    ...corpus.problems.map((p) => `${p.path}:${p.line}:${p.col}: ${p.message}`),
    ...(await teamFileProblems(root)).map((p) => `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`),
  ];
  for (const line of lines) io.stdout(`${line}\n`);
  io.stderr(lines.length ? `${lines.length} problem(s) in .coaching; ${corpus.documents.length} file(s) valid.\n` : `${corpus.documents.length} file(s) valid.\n`);
  return lines.length ? 1 : 0;
};

const report: Command = async (args, io, root) => {
  const to = typeof args.flags.get('until') === 'string' ? parseSince(args.flags.get('until') as string, today(io.now)) : today(io.now);
  const from = parseSince(typeof args.flags.get('since') === 'string' ? (args.flags.get('since') as string) : '4w', to);
  if (to < from) throw new UsageError(`--until ${to} is before --since ${from}.`);
  const format = (args.flags.get('format') ?? 'md') as string;
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`--format must be md, json or html, not '${format}'.`);
  const corpus: Corpus = await readReflections(root, { includePrivate: false });
  for (const p of corpus.problems) io.stderr(`warning: ${p.path}:${p.line}:${p.col}: ${p.message}\n`);
  const period = { from, to };
  const insights = teamInsights(teamDocuments(corpus.documents), period, today(io.now));
  const generatedAt = toLocalIso(io.now);
  const out = args.flags.get('out');
  const text = format === 'json'
    ? `${JSON.stringify(insights, null, 2)}\n`
    : format === 'html'
      ? reportHtml(insights, `Retro report ${from} to ${to}`, generatedAt)
      : retroSummaryMarkdown(insights, { period, generatedAt, linkFrom: typeof out === 'string' ? path.relative(root, path.dirname(path.resolve(io.cwd, out))).split(path.sep).join('/') : '' });
  if (typeof out === 'string') {
    await fs.writeFile(path.resolve(io.cwd, out), text);
    io.stderr(`Wrote ${out}\n`);
  } else io.stdout(text);
  return 0;
};

const history: Command = async (args, io, root) => {
  const format = (args.flags.get('format') ?? 'md') as string;
  if (!['md', 'json'].includes(format)) throw new UsageError(`--format must be md or json, not '${format}'.`);
  const sinceFlag = args.flags.get('since');
  const since = typeof sinceFlag === 'string' ? parseSince(sinceFlag, today(io.now)) : '0000-01-01';
  const corpus = await readReflections(root, { includePrivate: false });
  const story = await readHistory(root, corpus.documents);
  for (const w of story.warnings) io.stderr(`warning: ${w}\n`);
  const entries = story.entries.filter((e) => e.date.slice(0, 10) >= since);
  const lifecycles = actionLifecycles(corpus.documents).filter((a) => a.opened.slice(0, 10) >= since || (a.closed ?? '') >= since);
  const activity = weeklyActivity(entries);
  const period = { from: since === '0000-01-01' ? (corpus.documents.map((d) => d.reflection.created.slice(0, 10)).sort()[0] ?? today(io.now)) : since, to: today(io.now) };
  const recurring = teamInsights(teamDocuments(corpus.documents), period, today(io.now)).recurring.filter((b) => b.firstSeen.slice(0, 7) !== b.lastSeen.slice(0, 7));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ schema: 'retro-coach/history/v1', source: story.source, warnings: story.warnings, entries, lifecycles, activity, recurringAcrossMonths: recurring }, null, 2)}\n`);
    return 0;
  }
  const md = (text: string) => escapeInline(text, 200);
  const lines = [`# Retro Coach history`, '', `Source: ${story.source === 'git' ? 'git log' : 'file times (no git)'}; since ${period.from}.`, ''];
  lines.push('## Timeline', '');
  for (const e of entries) lines.push(`- ${e.date.slice(0, 10)} ${e.change} ${md(e.from ? `${e.from} → ${e.path}` : e.path)}${e.author ? ` by ${md(e.author)}` : ''}${e.commit ? ` (${e.commit.slice(0, 8)})` : ''}`);
  lines.push('', '## Action lifecycles', '');
  for (const a of lifecycles) lines.push(`- ${md(a.text)}${a.owner ? ` (${md(a.owner)})` : ''}: opened ${a.opened.slice(0, 10)}, ${a.status === 'open' ? 'still open' : `${a.status} ${a.closed?.slice(0, 10)} after ${a.days} days`}`);
  lines.push('', '## Participation by week', '');
  for (const w of activity) lines.push(`- ${w.week}: ${w.added} added by ${w.people} named ${w.people === 1 ? 'person' : 'people'}`);
  lines.push('', '## Blockers that recur across months', '');
  if (!recurring.length) lines.push('None.');
  for (const b of recurring) lines.push(`- ${md(b.terms.join(', '))}: ${b.size} reflections from ${b.firstSeen.slice(0, 10)} to ${b.lastSeen.slice(0, 10)}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
};

const index: Command = async (args, io, root) => {
  if (!args.flags.has('json')) throw new UsageError('index prints JSON; run retro-coach index --json.');
  const corpus = await readReflections(root, { includePrivate: true });
  io.stdout(`${JSON.stringify({ schema: 'retro-coach/index/v1', documents: corpus.documents, problems: [...corpus.problems, ...(await teamFileProblems(root))] }, null, 2)}\n`);
  return 0;
};

const COMMANDS: Record<string, Command> = { validate, report, history, index };

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
    if (!command) throw new UsageError(`Unknown command '${args.command}'. Commands: validate, report, history, index.`);
    const rootFlag = args.flags.get('root');
    const root = path.resolve(io.cwd, typeof rootFlag === 'string' ? rootFlag : '.');
    if (!(await coachingExists(root))) {
      io.stderr(`No .coaching folder in ${root}. Run this in a repository that uses Retro Coach, or pass --root DIR.\n`);
      return 2;
    }
    return await command(args, io, root);
  } catch (err) {
    if (err instanceof UsageError || err instanceof RangeError) {
      io.stderr(`retro-coach: ${err.message}\nRun retro-coach --help for usage.\n`);
      return 2;
    }
    throw err;
  }
}
