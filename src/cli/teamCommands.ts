/**
 * The commands that read several repositories (--root A --root B, --roots-file FILE):
 * `report` and `history` with a breakdown by team, and `export` (any number of roots).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkCoaching } from '../core/store/corpus';
import { toLocalIso, today } from '../core/calendar';
import { parseFormat, parsePeriod, parseSince, type Args } from './args';
import { EXPORT_FORMATS, writeExport } from './export';
import { HISTORY_FORMATS, TEAMS_HISTORY_SCHEMA, SINCE_ALWAYS, historyData, historyMarkdown, historyStyleFor, historyText, repositoryHistory } from './history';
import { jsonDocument, problemLine, terminalDocument, writeLines, type Write } from './output';
import { repositoryAt } from './roots';
import { groupByTeam, readRepositories, type ReadRepository } from './teams';
import { TeamsInsights, teamsHtml, teamsJson, teamsMarkdown } from './teamsReport';
import type { Translate } from '../core/util/catalogue';
import { translate } from '../core/util/german';

export interface TeamIo {
  stdout: Write;
  stderr: Write;
  cwd: string;
  now: Date;
  env?: NodeJS.ProcessEnv;
  /** As main.ts's Io: history prints plain text to a terminal. */
  stdoutIsTTY?: boolean;
  /** The language everything printed is in. */
  t: Translate;
}

export type TeamCommand = (args: Args, io: TeamIo, roots: readonly string[]) => Promise<number>;

/** Each repository's problems as warnings, the path prefixed with its repository. */
function warnProblems(io: TeamIo, read: readonly ReadRepository[]): void {
  for (const r of read) {
    writeLines(io.stderr, checkCoaching(r.corpus, []).problems.map((p) => io.t('warning: {0}', problemLine({ ...p, path: `${r.repository}/${p.path}` }, io.t))));
  }
}

/** Writes `text` to --out, or to stdout (escaped for a terminal unless it is JSON). */
async function emit(args: Args, io: TeamIo, text: string, json: boolean): Promise<void> {
  const out = args.flags.get('out');
  if (typeof out === 'string') {
    await fs.writeFile(path.resolve(io.cwd, out), text);
    writeLines(io.stderr, [io.t('Wrote {0}', out)]);
  } else io.stdout(json ? text : terminalDocument(text));
}

export const teamsReportCommand: TeamCommand = async (args, io, roots) => {
  const period = parsePeriod(args, io.now);
  const format = parseFormat(args, ['md', 'json', 'html'] as const);
  const repos = roots.map(repositoryAt);
  const insights = new TeamsInsights(repos, period, today(io.now));
  const read = await readRepositories(repos, io.env, insights.read);
  warnProblems(io, read);
  const teams = groupByTeam(read);
  const report = await insights.report(teams);
  const generatedAt = toLocalIso(io.now);
  const text = format === 'json' ? teamsJson(report) : format === 'html' ? teamsHtml(report, generatedAt, io.t) : teamsMarkdown(report, generatedAt, io.t);
  await emit(args, io, text, format === 'json');
  return 0;
};

export const teamsHistoryCommand: TeamCommand = async (args, io, roots) => {
  const format = args.flags.has('format') ? parseFormat(args, HISTORY_FORMATS) : historyStyleFor(io.stdoutIsTTY);
  const sinceFlag = args.flags.get('since');
  const since = typeof sinceFlag === 'string' ? parseSince(sinceFlag, today(io.now)) : SINCE_ALWAYS;
  const repos = roots.map(repositoryAt);
  const histories = [];
  for (const repo of repos) {
    const h = await repositoryHistory(repo.root, since, today(io.now), io.env);
    writeLines(io.stderr, h.warnings.map((w) => io.t('warning: {0}', `${repo.repository}: ${translate(w, io.t.language)}`)));
    histories.push({ team: repo.team, repository: repo.repository, history: h });
  }
  histories.sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  if (format === 'json') {
    io.stdout(jsonDocument({ schema: TEAMS_HISTORY_SCHEMA, teams: histories.map(({ team, repository, history }) => ({ team, repository, ...historyData(history) })) }));
    return 0;
  }
  const title = io.t('Retro Coach history across {0} repositories', histories.length);
  const heading = (team: string, repository: string) => io.t('History of team {0} ({1})', team, repository);
  if (format === 'text') {
    const lines = histories.flatMap(({ team, repository, history }) => ['', ...historyText(history, heading(team, repository), io.t)]);
    io.stdout(terminalDocument(`${title}\n${'='.repeat(title.length)}\n${lines.join('\n')}\n`));
    return 0;
  }
  const lines = histories.flatMap(({ team, repository, history }) => ['', ...historyMarkdown(history, heading(team, repository), io.t).map((l) => (/^#{1,5} /.test(l) ? `#${l}` : l))]);
  io.stdout(terminalDocument(`# ${title}\n${lines.join('\n')}\n`));
  return 0;
};

export const exportCommand: TeamCommand = async (args, io, roots) => {
  parseFormat(args, EXPORT_FORMATS);
  const read = await readRepositories(roots.map(repositoryAt), io.env);
  warnProblems(io, read);
  const out = args.flags.get('out');
  const target = typeof out === 'string' ? path.resolve(io.cwd, out) : undefined;
  const count = await writeExport(read, target, io.stdout);
  const from = io.t.plural(read.length, 'from {0} repository', 'from {0} repositories');
  const done = target
    ? io.t.plural(count, 'Exported {0} reflection {1} to {2}.', 'Exported {0} reflections {1} to {2}.', from, String(out))
    : io.t.plural(count, 'Exported {0} reflection {1}.', 'Exported {0} reflections {1}.', from);
  writeLines(io.stderr, [done]);
  return 0;
};
