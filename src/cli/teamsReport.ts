/**
 * `retro-coach report` across repositories: the insights of all teams together, then a
 * breakdown by team, in the same three formats as a one-repository report.
 */
import { teamInsights, type Period, type TeamInsights } from '../core/insights/index';
import { escapeInline, retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';
import { reportHtml } from './html';
import { jsonDocument } from './output';
import type { RepositorySource, TeamGroup } from './teams';

export const TEAMS_REPORT_SCHEMA = 'retro-coach/teams-report/v1';

export interface TeamsReport {
  schema: typeof TEAMS_REPORT_SCHEMA;
  period: Period;
  today: string;
  all: TeamInsights<RepositorySource>;
  teams: { team: string; repositories: string[]; insights: TeamInsights<RepositorySource> }[];
}

export function teamsReport(teams: readonly TeamGroup[], all: TeamGroup['documents'], period: Period, today: string): TeamsReport {
  return {
    schema: TEAMS_REPORT_SCHEMA,
    period,
    today,
    all: teamInsights(all, period, today),
    teams: teams.map((t) => ({ team: t.team, repositories: t.repositories, insights: teamInsights(t.documents, period, today) })),
  };
}

/** One team's numbers in a row of the breakdown. */
function breakdownRow(insights: TeamInsights): (string | number)[] {
  const ft = insights.actions.followThrough;
  const open = insights.actions.openByOwner.reduce((n, o) => n + o.actions.length, 0);
  const overdue = insights.actions.openByOwner.reduce((n, o) => n + o.overdue, 0);
  return [insights.reflections.total, insights.friction.totals.total, open, overdue, ft.rate === null ? '–' : `${Math.round(ft.rate * 100)} %`, insights.recurring.length];
}

const BREAKDOWN_HEADINGS = ['Team', 'Repositories', 'Reflections', 'Friction', 'Open actions', 'Overdue', 'Follow-through', 'Recurring blockers'];

/** A table cell from file text: inline Markdown, and a pipe cannot end the cell. */
const cell = (text: string) => escapeInline(text, 80).replace(/\|/g, '\\|');

export function teamsMarkdown(report: TeamsReport, generatedAt: string): string {
  const opts = { period: report.period, generatedAt, linkFrom: '' };
  const lines = [
    retroSummaryMarkdown(report.all, { ...opts, title: `Retro report across ${report.teams.length} teams` }).trimEnd(),
    '', '## Teams', '',
    `| ${BREAKDOWN_HEADINGS.join(' | ')} |`,
    `|${BREAKDOWN_HEADINGS.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...report.teams.map((t) => `| ${cell(t.team)} | ${cell(t.repositories.join(', '))} | ${breakdownRow(t.insights).join(' | ')} |`),
  ];
  for (const t of report.teams) {
    // Each team's summary one heading level down, under the team's name.
    const summary = retroSummaryMarkdown(t.insights, { ...opts, title: `Team ${t.team}` }).trimEnd();
    lines.push('', ...summary.split('\n').map((line) => (/^#{1,5} /.test(line) ? `#${line}` : line)));
  }
  return `${lines.join('\n')}\n`;
}

export function teamsHtml(report: TeamsReport, generatedAt: string): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const rows = report.teams.map((t) => `<tr><th scope="row">${e(t.team)}</th><td style="text-align:left">${e(t.repositories.join(', '))}</td>${breakdownRow(t.insights).map((v) => `<td>${e(v)}</td>`).join('')}</tr>`);
  const section = `<section><h2>Teams</h2><table class="numbers"><caption>The period's numbers by team</caption><thead><tr>${BREAKDOWN_HEADINGS.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>\n`;
  const page = reportHtml(report.all, `Retro report across ${report.teams.length} teams, ${report.period.from} to ${report.period.to}`, generatedAt);
  // Every text in the page is escaped, so the only closing body tag is the page's own.
  const end = page.lastIndexOf('</body>');
  return `${page.slice(0, end)}${section}${page.slice(end)}`;
}

export function teamsJson(report: TeamsReport): string {
  return jsonDocument(report);
}
