/**
 * `retro-coach history` for one repository: the git timeline, action lifecycles, weekly
 * participation and blockers that recur across months, as data and as Markdown lines.
 */
import { readForCli } from './corpus';
import { teamDocuments, teamInsights } from '../core/insights/index';
import { actionLifecycles, readHistory, weeklyActivity } from '../core/git/history';
import { escapeInline } from '../core/insights/summaryMarkdown';
import { ELLIPSIS, clip } from '../core/util/clip';

export const HISTORY_SCHEMA = 'retro-coach/history/v1';
/** History across repositories: { schema, teams: [{ team, repository, ...one repository's history }] }. */
export const TEAMS_HISTORY_SCHEMA = 'retro-coach/teams-history/v1';

/** `since` for "everything". */
export const SINCE_ALWAYS = '0000-01-01';

export type History = Awaited<ReturnType<typeof repositoryHistory>>;

/** The history of the repository at `root` from `since` (a date) until `today`. */
export async function repositoryHistory(root: string, since: string, today: string, env: NodeJS.ProcessEnv | undefined) {
  const corpus = await readForCli(root, false, env);
  const story = await readHistory(root, corpus.documents);
  const entries = story.entries.filter((e) => e.date.slice(0, 10) >= since);
  const lifecycles = actionLifecycles(corpus.documents).filter((a) => a.opened.slice(0, 10) >= since || (a.closed ?? '') >= since);
  const activity = weeklyActivity(entries, corpus.documents);
  const from = since === SINCE_ALWAYS ? (corpus.documents.map((d) => d.reflection.created.slice(0, 10)).sort()[0] ?? today) : since;
  const recurring = teamInsights(teamDocuments(corpus.documents), { from, to: today }, today).recurring.filter((b) => b.firstSeen.slice(0, 7) !== b.lastSeen.slice(0, 7));
  return { schema: HISTORY_SCHEMA, source: story.source, since: from, warnings: story.warnings, entries, lifecycles, activity, recurringAcrossMonths: recurring };
}

/** History's text formats: plain text for a terminal, Markdown to keep or paste. */
export type HistoryStyle = 'text' | 'md';
/** What --format takes for history. */
export const HISTORY_FORMATS = ['text', 'md', 'json'] as const;
/** Without --format: plain text when a person reads it in a terminal, Markdown when it goes to a file or a pipe. */
export const historyStyleFor = (stdoutIsTTY: boolean | undefined): HistoryStyle => (stdoutIsTTY ? 'text' : 'md');

/** How each style writes a title, a section heading and a text from a file (one line, at most 200 characters). */
const STYLES: Record<HistoryStyle, { title(t: string): string[]; section(t: string): string[]; text(t: string): string }> = {
  md: { title: (t) => [`# ${escapeInline(t, 200)}`], section: (t) => [`## ${t}`], text: (t) => escapeInline(t, 200) },
  text: {
    title: (t) => { const line = oneLine(t); return [line, '='.repeat(line.length)]; },
    section: (t) => [t, '-'.repeat(t.length)],
    text: oneLine,
  },
};

function oneLine(text: string): string {
  return clip(text.replace(/\s+/g, ' ').trim(), 200, { ellipsis: ELLIPSIS });
}

/** The history as Markdown lines under a level-1 `title`. */
export function historyMarkdown(h: History, title: string): string[] {
  return historyLines(h, title, 'md');
}

/** The history as plain text under `title`, for a terminal: nothing escaped for Markdown. */
export function historyText(h: History, title: string): string[] {
  return historyLines(h, title, 'text');
}

function historyLines(h: History, title: string, style: HistoryStyle): string[] {
  const { text: md, section } = STYLES[style];
  const lines = [...STYLES[style].title(title), '', `Source: ${h.source === 'git' ? 'git log' : 'file times (no git)'}; since ${h.since}.`, ''];
  lines.push(...section('Timeline'), '');
  for (const e of h.entries) lines.push(`- ${e.date.slice(0, 10)} ${e.change} ${md(e.from ? `${e.from} → ${e.path}` : e.path)}${e.author ? ` by ${md(e.author)}` : ''}${e.commit ? ` (${e.commit.slice(0, 8)})` : ''}`);
  lines.push('', ...section('Action lifecycles'), '');
  for (const a of h.lifecycles) lines.push(`- ${md(a.text)}${a.owner ? ` (${md(a.owner)})` : ''}: opened ${a.opened.slice(0, 10)}, ${a.status === 'open' ? 'still open' : `${a.status} ${a.closed?.slice(0, 10)} after ${a.days} days`}`);
  lines.push('', ...section('Participation by week'), '');
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  for (const w of h.activity) lines.push(`- ${w.week}: ${count(w.added, 'reflection')}${w.followUps ? ` and ${count(w.followUps, 'follow-up')}` : ''} added by ${w.people} named ${w.people === 1 ? 'person' : 'people'}`);
  lines.push('', ...section('Blockers that recur across months'), '');
  if (!h.recurringAcrossMonths.length) lines.push('None.');
  for (const b of h.recurringAcrossMonths) lines.push(`- ${md(b.terms.join(', '))}: ${b.size} reflections from ${b.firstSeen.slice(0, 10)} to ${b.lastSeen.slice(0, 10)}`);
  return lines;
}
