/**
 * `retro-coach report` across repositories: the insights of all teams together, then a
 * breakdown by team, in the same three formats as a one-repository report.
 */
import { teamInsights, type Period, type TeamInsights } from '../core/insights/index';
import { TermCache } from '../core/insights/recurring';
import { escapeInline, retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';
import { sharedParsePool, type InsightsStream, type ParsePool } from '../core/worker/pool';
import { Claims } from '../core/worker/claims';
import { compare } from '../core/insights/period';
import { nextTurn } from '../core/util/turns';
import { reportHtml } from './html';
import { jsonDocument } from './output';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { allDocuments, type ReadRepository, type RepositorySource, type TeamGroup } from './teams';
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
 * Who computes what, so a report across teams costs about half its work on two cores: every
 * repository's documents go to one worker of the pool as soon as the repository is read
 * (`read`, readRepositories' onRead); the worker counts their words as they come and, when no
 * message waits, computes each team whose repositories are all in, while this thread reads the
 * next. When the last is read, the worker computes all teams together, then the teams it has
 * not done, from the first on, and this thread takes teams from the last on. A team is computed once, by whoever
 * claims it first (claims.ts), so neither waits for the other, and by the same function either
 * way, so the report is the same whoever computed what. Without the pool (too few documents
 * to be worth a worker, no worker script, a worker that failed) everything is computed here.
 */
export class TeamsInsights {
  /** Each team's group in the worker's request and its claim: teams in name order. */
  private readonly group: Map<string, number>;
  private readonly claims: Claims;
  /** The worker's request; null once a part could not be sent, when this thread computes everything. */
  private stream: InsightsStream | undefined | null;
  /** Read, and not yet sent: while they are too few for a worker, or the workers are parsing. */
  private readonly unsent: ReadRepository[] = [];
  /** Per team, its repositories not sent yet: when none is left, the worker may compute the team. */
  private readonly toSend = new Map<string, number>();
  private parsed: number;

  constructor(repos: readonly Repository[], private readonly period: Period, private readonly today: string, private readonly pool: ParsePool = sharedParsePool()) {
    for (const r of repos) this.toSend.set(r.team, (this.toSend.get(r.team) ?? 0) + 1);
    this.group = new Map([...this.toSend.keys()].sort(compare).map((team, i) => [team, i]));
    this.claims = new Claims(this.group.size);
    this.parsed = pool.filesParsedInWorkers;
  }

  /** Whether documents went to a worker. */
  get inWorker(): boolean {
    return !!this.stream;
  }

  readonly read = (repo: ReadRepository): void => {
    this.unsent.push(repo);
    // A cold read: the workers parse the next repository's files, and counting words beside them made the read slower.
    const parsing = this.pool.filesParsedInWorkers > this.parsed;
    this.parsed = this.pool.filesParsedInWorkers;
    if (!parsing) this.send();
  };

  /** Sends what was read and not sent yet, from when there is enough for a worker. */
  private send(): void {
    if (this.stream === undefined && this.pool.takesInsights(this.unsent.reduce((n, r) => n + r.documents.length, 0))) {
      this.stream = this.pool.openInsights(this.period, this.today, this.claims);
    }
    if (!this.stream) return;
    try {
      for (const r of this.unsent.splice(0)) {
        const left = (this.toSend.get(r.team) ?? 1) - 1;
        this.toSend.set(r.team, left);
        this.stream.add(r.documents, this.groupOf(r.team), left === 0);
      }
    } catch {
      // A document the worker cannot be sent: the worker's request lacks it for good, so this thread computes everything.
      this.stream = null;
    }
  }

  /** The report of `teams` (groupByTeam of every repository read). */
  async report(teams: readonly TeamGroup[]): Promise<TeamsReport> {
    const { period, today } = this;
    this.send();
    const fromWorker = this.stream?.compute().catch(() => undefined);
    // What is counted here is counted once: each team's reflections are also all teams' reflections.
    const shared = { recurring: { terms: new TermCache() } };
    const here = new Map<string, Insights>();
    for (const team of [...teams].reverse()) {
      if (!this.claims.claimHere(this.groupOf(team.team))) continue;
      here.set(team.team, teamInsights(team.documents, period, today, shared));
      // A turn between teams, for whatever else waits on this thread.
      await nextTurn();
    }
    const answer = await fromWorker;
    // All teams' documents in one list (100,000 documents to sort) only when this thread computes them.
    const allInsights = (answer?.insights as Insights | undefined) ?? teamInsights(allDocuments(teams), period, today, shared);
    // A team neither here nor in the answer was claimed by a worker that then failed: computed here.
    const insightsOf = (team: TeamGroup) => (answer?.groups?.[this.groupOf(team.team)] as Insights | null | undefined)
      ?? here.get(team.team) ?? teamInsights(team.documents, period, today, shared);
    return {
      schema: TEAMS_REPORT_SCHEMA,
      period,
      today,
      all: allInsights,
      teams: teams.map((t) => ({ team: t.team, repositories: t.repositories, insights: insightsOf(t) })),
    };
  }

  private groupOf(team: string): number {
    const group = this.group.get(team);
    if (group === undefined) throw new Error(`Team '${team}' is not among the repositories this report was made for.`);
    return group;
  }
}

/** The report of `teams` when nothing was sent while they were read: they are sent now. */
export function teamsReport(teams: readonly TeamGroup[], period: Period, today: string, pool: ParsePool = sharedParsePool()): Promise<TeamsReport> {
  const repos: ReadRepository[] = teams.map((t) => ({ root: t.team, repository: t.team, team: t.team, corpus: { documents: t.documents, problems: [] }, documents: t.documents }));
  const insights = new TeamsInsights(repos, period, today, pool);
  repos.forEach(insights.read);
  return insights.report(teams);
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
