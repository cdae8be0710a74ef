/**
 * `retro-coach report` across repositories: the insights of all teams together, then a
 * breakdown by team, in the same three formats as a one-repository report.
 */
import { teamInsights, type Period, type TeamInsights } from '../core/insights/index';
import { TermCache } from '../core/insights/recurring';
import { escapeInline, retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';
import { reportHtml } from './html';
import { jsonDocument } from './output';
import { ENGLISH, type Translate } from '../core/util/catalogue';
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
  // Each team's reflections are also all teams' reflections: their words are counted once, for both.
  const shared = { recurring: { terms: new TermCache() } };
  return {
    schema: TEAMS_REPORT_SCHEMA,
    period,
    today,
    all: teamInsights(all, period, today, shared),
    teams: teams.map((t) => ({ team: t.team, repositories: t.repositories, insights: teamInsights(t.documents, period, today, shared) })),
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
