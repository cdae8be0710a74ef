/**
 * `retro-coach report` across repositories: the insights of all teams together, then a
 * breakdown by team, in the same three formats as a one-repository report.
 */
import { teamInsights, type Period, type TeamInsights } from '../core/insights/index';
import { TermCache } from '../core/insights/recurring';
import { escapeInline, retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';
import { sharedParsePool, type ParsePool } from '../core/worker/pool';
import { reportHtml } from './html';
import { jsonDocument } from './output';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { groupByTeam, type ReadRepository, type RepositorySource, type TeamGroup } from './teams';
import type { Repository } from './roots';

export const TEAMS_REPORT_SCHEMA = 'retro-coach/teams-report/v1';

export interface TeamsReport {
  schema: typeof TEAMS_REPORT_SCHEMA;
  period: Period;
  today: string;
  all: TeamInsights<RepositorySource>;
  teams: { team: string; repositories: string[]; insights: TeamInsights<RepositorySource> }[];
}

type Insights = TeamInsights<RepositorySource>;

/**
 * Sends each team's documents to the worker pool as soon as every repository of the team is
 * read (`read`, readRepositories' onRead), so the workers count while this thread reads the
 * rest, from its persistent cache. A team the pool would not take, or read while the workers
 * were parsing files (a cold read: they have no time to spare, and counting beside them made
 * the read slower), is left to teamsReport.
 */
export class EarlyTeamInsights {
  readonly started = new Map<string, Promise<Insights>>();
  private readonly waiting = new Map<string, number>();
  private readonly done: ReadRepository[] = [];
  private parsed: number;

  constructor(repos: readonly Repository[], private readonly period: Period, private readonly today: string, private readonly pool: ParsePool = sharedParsePool()) {
    for (const r of repos) this.waiting.set(r.team, (this.waiting.get(r.team) ?? 0) + 1);
    this.parsed = pool.filesParsedInWorkers;
  }

  readonly read = (repo: ReadRepository): void => {
    this.done.push(repo);
    const left = (this.waiting.get(repo.team) ?? 1) - 1;
    this.waiting.set(repo.team, left);
    const parsing = this.pool.filesParsedInWorkers > this.parsed;
    this.parsed = this.pool.filesParsedInWorkers;
    if (left > 0 || parsing) return;
    // The team as groupByTeam will make it: its repositories in the order they were read.
    const [team] = groupByTeam(this.done.filter((r) => r.team === repo.team));
    if (!this.pool.takesInsights(team.documents.length)) return;
    const { period, today } = this;
    const insights = this.pool.insights(team.documents, period, today, () => teamInsights(team.documents, period, today));
    // Observed here too: when a later repository cannot be read, nothing awaits this one (teamsReport still sees its error).
    insights.catch(() => undefined);
    this.started.set(team.team, insights);
  };
}

/**
 * The report's insights: each team's in the worker pool (when it is large enough to be worth
 * it; `started` holds those sent while reading) while this thread computes all teams'
 * together. The pool computes with the same function, or here when it cannot, so the report
 * is the same either way.
 */
export async function teamsReport(
  teams: readonly TeamGroup[], all: TeamGroup['documents'], period: Period, today: string,
  pool: ParsePool = sharedParsePool(), started: ReadonlyMap<string, Promise<Insights>> = new Map(),
): Promise<TeamsReport> {
  // What is counted here is counted once: each team's reflections are also all teams' reflections.
  const shared = { recurring: { terms: new TermCache() } };
  // Sent first, so the workers count while this thread does all teams.
  const perTeam = teams.map((t) => started.get(t.team) ?? pool.insights(t.documents, period, today, () => teamInsights(t.documents, period, today, shared)));
  const allInsights = teamInsights(all, period, today, shared);
  const insights = await Promise.all(perTeam);
  return {
    schema: TEAMS_REPORT_SCHEMA,
    period,
    today,
    all: allInsights,
    teams: teams.map((t, i) => ({ team: t.team, repositories: t.repositories, insights: insights[i] })),
  };
}

/** One team's numbers in a row of the breakdown. */
function breakdownRow(insights: TeamInsights): (string | number)[] {
  const ft = insights.actions.followThrough;
  const open = insights.actions.openByOwner.reduce((n, o) => n + o.actions.length, 0);
  const overdue = insights.actions.openByOwner.reduce((n, o) => n + o.overdue, 0);
  return [insights.reflections.total, insights.friction.totals.total, open, overdue, ft.rate === null ? '–' : `${Math.round(ft.rate * 100)} %`, insights.recurring.length];
}

const breakdownHeadings = (t: Translate) => [t('Team'), t('Repositories'), t('Reflections'), t('Friction'), t('Open actions'), t('Overdue'), t('Follow-through'), t('Recurring blockers')];

/** A table cell from file text: inline Markdown, and a pipe cannot end the cell. */
const cell = (text: string) => escapeInline(text, 80).replace(/\|/g, '\\|');

export function teamsMarkdown(report: TeamsReport, generatedAt: string, t: Translate = ENGLISH): string {
  const opts = { period: report.period, generatedAt, linkFrom: '', t };
  const headings = breakdownHeadings(t);
  const lines = [
    retroSummaryMarkdown(report.all, { ...opts, title: t('Retro report across {0} teams', report.teams.length) }).trimEnd(),
    '', `## ${t('Teams')}`, '',
    `| ${headings.join(' | ')} |`,
    `|${headings.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...report.teams.map((team) => `| ${cell(team.team)} | ${cell(team.repositories.join(', '))} | ${breakdownRow(team.insights).join(' | ')} |`),
  ];
  for (const team of report.teams) {
    // Each team's summary one heading level down, under the team's name.
    const summary = retroSummaryMarkdown(team.insights, { ...opts, title: t('Team {0}', team.team) }).trimEnd();
    lines.push('', ...summary.split('\n').map((line) => (/^#{1,5} /.test(line) ? `#${line}` : line)));
  }
  return `${lines.join('\n')}\n`;
}

export function teamsHtml(report: TeamsReport, generatedAt: string, t: Translate = ENGLISH): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const rows = report.teams.map((team) => `<tr><th scope="row">${e(team.team)}</th><td style="text-align:left">${e(team.repositories.join(', '))}</td>${breakdownRow(team.insights).map((v) => `<td>${e(v)}</td>`).join('')}</tr>`);
  const head = breakdownHeadings(t).map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const section = `<section><h2>${e(t('Teams'))}</h2><table class="numbers"><caption>${e(t("The period's numbers by team"))}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>\n`;
  const page = reportHtml(report.all, t('Retro report across {0} teams, {1} to {2}', report.teams.length, report.period.from, report.period.to), generatedAt, t);
  // Every text in the page is escaped, so the only closing body tag is the page's own.
  const end = page.lastIndexOf('</body>');
  return `${page.slice(0, end)}${section}${page.slice(end)}`;
}

export function teamsJson(report: TeamsReport): string {
  return jsonDocument(report);
}
