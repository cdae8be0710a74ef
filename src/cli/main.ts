/**
 * `retro-coach`: the same core as the extension, for coaches and CI without VS Code.
 * main() takes its streams, working directory and clock as arguments so tests drive it.
 * Exit codes: 0 success, 1 problems found (validate), 2 usage error or no .coaching folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readReflections, type Corpus } from '../core/corpus';
import { teamInsights } from '../core/insights';
import { retroSummaryMarkdown } from '../core/summary';
import { CONFIG_FILE, QUESTIONS_FILE, parseTeamConfig, parseTeamQuestions, type TeamFileProblem } from '../core/teamConfig';
import { toLocalIso } from '../core/time';
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

function today(io: Io): string {
  return toLocalIso(io.now).slice(0, 10);
}

const report: Command = async (args, io, root) => {
  const to = typeof args.flags.get('until') === 'string' ? parseSince(args.flags.get('until') as string, today(io)) : today(io);
  const from = parseSince(typeof args.flags.get('since') === 'string' ? (args.flags.get('since') as string) : '4w', to);
  if (to < from) throw new UsageError(`--until ${to} is before --since ${from}.`);
  const format = (args.flags.get('format') ?? 'md') as string;
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`--format must be md, json or html, not '${format}'.`);
  const corpus: Corpus = await readReflections(root, { includePrivate: false });
  for (const p of corpus.problems) io.stderr(`warning: ${p.path}:${p.line}:${p.col}: ${p.message}\n`);
  const period = { from, to };
  const insights = teamInsights(corpus.documents, period, today(io));
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

const index: Command = async (args, io, root) => {
  if (!args.flags.has('json')) throw new UsageError('index prints JSON; run retro-coach index --json.');
  const corpus = await readReflections(root, { includePrivate: true });
  io.stdout(`${JSON.stringify({ schema: 'retro-coach/index/v1', documents: corpus.documents, problems: [...corpus.problems, ...(await teamFileProblems(root))] }, null, 2)}\n`);
  return 0;
};

const COMMANDS: Record<string, Command> = { validate, report, index };

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
    if (!command) throw new UsageError(`Unknown command '${args.command}'. Commands: validate, report, index.`);
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
