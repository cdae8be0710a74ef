/**
 * The retro meeting's Markdown summary of a period's team insights. Everything that came
 * from a file (answers, action texts, names, paths, even dimension ids) is user input: it is
 * kept to one line, bounded in length, and escaped only where Markdown would read it as syntax
 * (util/markdownText.ts), so the file stays easy to edit while no answer can add HTML, a link,
 * an image, a block of its own or an autolinked address. Links point only at relative paths,
 * percent-encoded, so no file can smuggle in a `javascript:` link.
 */
import * as posix from 'node:path/posix';
import { FRICTION_BUCKETS, type Period, type PulseDimensionTrend, type TeamInsights } from './index';
import { ELLIPSIS, clip } from '../util/clip';
import { escapeMarkdownInline } from '../util/markdownText';

export interface SummaryOptions {
  title?: string;
  period: Period;
  /** When the summary was made, as the caller wants it shown (e.g. an ISO timestamp). */
  generatedAt: string;
  /** Folder of the Markdown file relative to the workspace root (e.g. `.coaching/summaries`), so links resolve from there. */
  linkFrom?: string;
}

/** Longest quote shown, in characters; insights already bound them, this holds for any input. */
export const QUOTE_CHARS = 160;
const TEXT_CHARS = 300;
const PATHS_PER_GROUP = 10;
const ACTIONS_PER_OWNER = 20;

/** Control characters and bidirectional overrides: invisible, and able to make text read differently than it is. */
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** User text as inline Markdown that renders exactly as written: one line, bounded, escaped where it would be syntax. */
export function escapeInline(text: string, max = TEXT_CHARS): string {
  // Whitespace first, so a newline or tab between words becomes a space rather than vanishing.
  return escapeMarkdownInline(clip(String(text).replace(/\s+/g, ' ').replace(INVISIBLE, '').trim(), max, { ellipsis: ELLIPSIS }));
}

/** Dates, ISO weeks and timestamps hold no Markdown or HTML syntax: shown as is, so the raw file stays readable. */
const PLAIN_STAMP = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?|\d{4}-W\d{2})$/;

/** A date, week or timestamp as is; anything else (these fields come from files and callers too) escaped. */
function stamp(text: string): string {
  return PLAIN_STAMP.test(text) ? text : escapeInline(text, 40);
}

/** A path from the repository as it may appear in a link: relative, plain segments, no tricks. */
function isSafeRelativePath(path: string): boolean {
  return (
    path.length > 0 && path.length <= 1000 && !path.startsWith('/') && !/[\\\p{Cc}]/u.test(path) &&
    path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

/** encodeURIComponent leaves ! ' ( ) * ~ alone; parentheses would end a Markdown link. */
function encodeSegment(segment: string): string {
  return segment === '..' ? segment : encodeURIComponent(segment).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The link target for a workspace-relative path, or undefined when the path is not one we would link. */
export function linkTarget(path: string, linkFrom = ''): string | undefined {
  if (!isSafeRelativePath(path)) return undefined;
  // Every segment is percent-encoded, so no ':' survives to make a scheme and no '//' can start a host.
  return posix.relative(linkFrom || '.', path).split('/').map(encodeSegment).join('/');
}

/** A link labelled with the file's name; its target carries the path. */
function fileLink(path: string, linkFrom: string): string {
  const target = linkTarget(path, linkFrom);
  const label = escapeInline(target ? path.slice(path.lastIndexOf('/') + 1) : path);
  return target ? `[${label}](${target})` : label;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const rating = (mean: number) => mean.toFixed(1);

/** "focus fell from 3.8 to 2.9 over the period", from the first and last weeks with ratings. */
export function pulseInWords(d: PulseDimensionTrend): string | undefined {
  if (!d.first || !d.last || d.mean === null) return undefined;
  const name = escapeInline(d.label, 60);
  const ratings = plural(d.count, 'rating');
  if (d.first.week === d.last.week) return `${name} averaged ${rating(d.mean)} (${ratings}, all in ${stamp(d.first.week)})`;
  const [from, to] = [rating(d.first.mean), rating(d.last.mean)];
  const span = `${stamp(d.first.week)} to ${stamp(d.last.week)}, ${ratings}`;
  if (from === to) return `${name} held steady at ${from} over the period (${span})`;
  return `${name} ${Number(to) > Number(from) ? 'rose' : 'fell'} from ${from} to ${to} over the period (${span})`;
}

export function retroSummaryMarkdown(insights: TeamInsights, opts: SummaryOptions): string {
  const from = opts.linkFrom ?? '';
  if (from && !isSafeRelativePath(from)) throw new RangeError(`'linkFrom' must be a folder relative to the workspace root, like .coaching/summaries, not '${from}'.`);
  const period = `${stamp(opts.period.from)} to ${stamp(opts.period.to)}`;
  const out: string[] = [
    `# ${escapeInline(opts.title ?? 'Retro summary')}`,
    '',
    `${period}. Generated ${stamp(opts.generatedAt)} from ${plural(insights.reflections.total, 'team reflection')}${insights.reflections.followUps ? ` and ${plural(insights.reflections.followUps, 'follow-up')}` : ''}; private reflections are never included, and anonymous ones name nobody.`,
  ];
  const section = (title: string) => out.push('', `## ${title}`, '');

  section('Themes by friction');
  const totals = insights.friction.totals;
  if (!totals.total) out.push('No friction was reported in this period.');
  else out.push(`${plural(totals.total, 'reflection')} reported friction; each counts once, under the first kind it names.`, '');
  for (const bucket of FRICTION_BUCKETS.filter((b) => totals.counts[b]).sort((a, b) => totals.counts[b] - totals.counts[a])) {
    out.push(`- ${escapeInline(bucket)}: ${totals.counts[bucket]}`);
  }

  section('Recurring blockers');
  if (!insights.recurring.length) out.push('No blocker came up in more than one reflection.');
  insights.recurring.forEach((group, i) => {
    const terms = group.terms.map((t) => escapeInline(t, 40)).join(', ');
    if (i) out.push('');
    out.push(`### ${i + 1}. ${terms}`, '', `${plural(group.size, 'reflection')}, ${stamp(group.firstSeen)} to ${stamp(group.lastSeen)}.`);
    for (const quote of group.quotes) out.push('', `> ${escapeInline(quote.text, QUOTE_CHARS)}`, '>', `> — ${fileLink(quote.path, from)}`);
    out.push('', `Files: ${group.paths.slice(0, PATHS_PER_GROUP).map((p) => fileLink(p, from)).join(', ')}${group.paths.length > PATHS_PER_GROUP ? ` and ${group.paths.length - PATHS_PER_GROUP} more` : ''}.`);
  });

  section('Actions');
  const f = insights.actions.followThrough;
  out.push(
    `- Opened in the period: ${f.opened}`,
    `- Done: ${f.done}, dropped: ${f.dropped}, overdue: ${f.overdue}, not yet due: ${f.pending}`,
    `- Follow-through: ${f.rate === null ? 'nothing to judge yet' : `${Math.round(f.rate * 100)} % (${f.done} of ${f.done + f.dropped + f.overdue} done)`}` +
      (f.medianDaysToDone === null ? '' : `; median ${plural(f.medianDaysToDone, 'day')} from reflection to done`),
  );
  if (insights.actions.openByOwner.length) out.push('', '### Open actions by owner', '');
  for (const group of insights.actions.openByOwner) {
    out.push(`- **${escapeInline(group.owner, 100)}**: ${plural(group.actions.length, 'open action')}${group.overdue ? `, ${group.overdue} overdue` : ''}`);
    for (const a of group.actions.slice(0, ACTIONS_PER_OWNER)) {
      const due = a.due === undefined ? '' : `, due ${stamp(a.due)}`;
      const late = a.overdue ? `, overdue by ${plural(a.daysOverdue, 'day')}` : '';
      out.push(`  - ${escapeInline(a.text)} (${plural(a.ageDays, 'day')} old${due}${late}; ${fileLink(a.path, from)})`);
    }
    if (group.actions.length > ACTIONS_PER_OWNER) out.push(`  - and ${group.actions.length - ACTIONS_PER_OWNER} more`);
  }

  section('Pulse');
  const trends = insights.pulse.dimensions.map(pulseInWords).filter((t): t is string => t !== undefined);
  if (!trends.length) out.push('No pulse checks in this period.');
  trends.forEach((t) => out.push(`- ${t}.`));

  section('Participation');
  for (const w of insights.participation) {
    const followUps = w.followUps ? `, ${plural(w.followUps, 'follow-up')}` : '';
    out.push(`- ${stamp(w.week)} (from ${stamp(w.monday)}): ${plural(w.reflections, 'reflection')} by ${plural(w.authors, 'named person', 'named people')}${followUps}`);
  }
  return `${out.join('\n')}\n`;
}
