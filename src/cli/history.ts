/**
 * `retro-coach history` for one repository: the git timeline, action lifecycles, weekly
 * participation and blockers that recur across months, as data and as Markdown lines.
 */
import { readForCli } from './corpus';
import { teamDocuments, teamInsights } from '../core/insights/index';
import { actionLifecycles, readHistory, weeklyActivity } from '../core/git/history';
import { escapeInline } from '../core/insights/summaryMarkdown';
import { ELLIPSIS, clip } from '../core/util/clip';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { formatMessage } from '../core/util/message';

export const HISTORY_SCHEMA = 'retro-coach/history/v1';
/** History across repositories: { schema, teams: [{ team, repository, ...one repository's history }] }. */
export const TEAMS_HISTORY_SCHEMA = 'retro-coach/teams-history/v1';

/** `since` for "everything". */
export const SINCE_ALWAYS = '0000-01-01';

export type History = Awaited<ReturnType<typeof repositoryHistory>>;

/** The history as JSON data: its warnings as English text, like every value of the CLI's JSON. */
export function historyData(h: History) {
  return { ...h, warnings: h.warnings.map(formatMessage) };
}

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
export function historyMarkdown(h: History, title: string, t: Translate = ENGLISH): string[] {
  return historyLines(h, title, 'md', t);
}

/** The history as plain text under `title`, for a terminal: nothing escaped for Markdown. */
export function historyText(h: History, title: string, t: Translate = ENGLISH): string[] {
  return historyLines(h, title, 'text', t);
}

function entryLine(e: History['entries'][number], md: (text: string) => string, t: Translate): string {
  const change = { added: t('added'), modified: t('modified'), deleted: t('deleted'), renamed: t('renamed') }[e.change];
  const by = e.author ? t(' by {0}', md(e.author)) : '';
  return `- ${e.date.slice(0, 10)} ${change} ${md(e.from ? `${e.from} → ${e.path}` : e.path)}${by}${e.commit ? ` (${e.commit.slice(0, 8)})` : ''}`;
}

function lifecycleLine(a: History['lifecycles'][number], md: (text: string) => string, t: Translate): string {
  const opened = a.opened.slice(0, 10);
  const closed = a.closed?.slice(0, 10) ?? '';
  const story = a.status === 'open' ? t('opened {0}, still open', opened)
    : a.status === 'done' ? t.plural(a.days ?? 0, 'opened {1}, done {2} after {0} day', 'opened {1}, done {2} after {0} days', opened, closed)
      : t.plural(a.days ?? 0, 'opened {1}, dropped {2} after {0} day', 'opened {1}, dropped {2} after {0} days', opened, closed);
  return `- ${md(a.text)}${a.owner ? ` (${md(a.owner)})` : ''}: ${story}`;
}

function activityLine(w: History['activity'][number], t: Translate): string {
  const added = t.plural(w.added, '{0} reflection', '{0} reflections');
  const followUps = w.followUps ? t.plural(w.followUps, ' and {0} follow-up', ' and {0} follow-ups') : '';
  return `- ${w.week}: ${added}${followUps} ${t.plural(w.people, 'added by {0} named person', 'added by {0} named people')}`;
}

function historyLines(h: History, title: string, style: HistoryStyle, t: Translate): string[] {
  const { text: md, section } = STYLES[style];
  const source = h.source === 'git' ? t('Source: git log; since {0}.', h.since) : t('Source: file times (no git); since {0}.', h.since);
  const lines = [...STYLES[style].title(title), '', source, ''];
  lines.push(...section(t('Timeline')), '');
  for (const e of h.entries) lines.push(entryLine(e, md, t));
  lines.push('', ...section(t('Action lifecycles')), '');
  for (const a of h.lifecycles) lines.push(lifecycleLine(a, md, t));
  lines.push('', ...section(t('Participation by week')), '');
  for (const w of h.activity) lines.push(activityLine(w, t));
  lines.push('', ...section(t('Blockers that recur across months')), '');
  if (!h.recurringAcrossMonths.length) lines.push(t('None.'));
  for (const b of h.recurringAcrossMonths) lines.push(`- ${md(b.terms.join(', '))}: ${t('{0} reflections from {1} to {2}', b.size, b.firstSeen.slice(0, 10), b.lastSeen.slice(0, 10))}`);
  return lines;
}
