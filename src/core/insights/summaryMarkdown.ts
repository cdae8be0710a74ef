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
import { ENGLISH, type Translate } from '../util/catalogue';
import { MessageError, msg } from '../util/message';
import { bucketLabels, ownerLabel, pulseLabel } from './labels';

export interface SummaryOptions {
  title?: string;
  period: Period;
  /** When the summary was made, as the caller wants it shown (e.g. an ISO timestamp). */
  generatedAt: string;
  /** Folder of the Markdown file relative to the workspace root (e.g. `.coaching/summaries`), so links resolve from there. */
  linkFrom?: string;
  /** Says every heading and sentence in the reader's language (default English); what came from files stays as written. */
  t?: Translate;
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

const rating = (mean: number) => mean.toFixed(1);

/** "focus fell from 3.8 to 2.9 over the period", from the first and last weeks with ratings. */
export function pulseInWords(d: PulseDimensionTrend, t: Translate = ENGLISH): string | undefined {
  if (!d.first || !d.last || d.mean === null) return undefined;
  const name = escapeInline(pulseLabel(d, t), 60);
  if (d.first.week === d.last.week) return t.plural(d.count, '{1} averaged {2} ({0} rating, all in {3})', '{1} averaged {2} ({0} ratings, all in {3})', name, rating(d.mean), stamp(d.first.week));
  const [from, to] = [rating(d.first.mean), rating(d.last.mean)];
  const span = t.plural(d.count, '{1} to {2}, {0} rating', '{1} to {2}, {0} ratings', stamp(d.first.week), stamp(d.last.week));
  if (from === to) return t('{0} held steady at {1} over the period ({2})', name, from, span);
  return Number(to) > Number(from) ? t('{0} rose from {1} to {2} over the period ({3})', name, from, to, span) : t('{0} fell from {1} to {2} over the period ({3})', name, from, to, span);
}

/** The Markdown under construction, its language and where its links start from. */
interface Writer {
  out: string[];
  t: Translate;
  from: string;
}

const section = (w: Writer, title: string) => w.out.push('', `## ${title}`, '');

function frictionThemes(w: Writer, insights: TeamInsights): void {
  const { out, t } = w;
  section(w, t('Themes by friction'));
  const totals = insights.friction.totals;
  if (!totals.total) out.push(t('No friction was reported in this period.'));
  else out.push(t.plural(totals.total, '{0} reflection reported friction; each counts once, under the first kind it names.', '{0} reflections reported friction; each counts once, under the first kind it names.'), '');
  const labels = bucketLabels(t);
  for (const bucket of FRICTION_BUCKETS.filter((b) => totals.counts[b]).sort((a, b) => totals.counts[b] - totals.counts[a])) {
    out.push(`- ${escapeInline(labels[bucket])}: ${totals.counts[bucket]}`);
  }
}

function recurringBlockers(w: Writer, insights: TeamInsights): void {
  const { out, t, from } = w;
  section(w, t('Recurring blockers'));
  if (!insights.recurring.length) out.push(t('No blocker came up in more than one reflection.'));
  insights.recurring.forEach((group, i) => {
    const terms = group.terms.map((term) => escapeInline(term, 40)).join(', ');
    if (i) out.push('');
    out.push(`### ${i + 1}. ${terms}`, '', t.plural(group.size, '{0} reflection, {1} to {2}.', '{0} reflections, {1} to {2}.', stamp(group.firstSeen), stamp(group.lastSeen)));
    for (const quote of group.quotes) out.push('', `> ${escapeInline(quote.text, QUOTE_CHARS)}`, '>', `> — ${fileLink(quote.path, from)}`);
    const files = group.paths.slice(0, PATHS_PER_GROUP).map((p) => fileLink(p, from)).join(', ');
    const more = group.paths.length > PATHS_PER_GROUP ? t(' and {0} more', group.paths.length - PATHS_PER_GROUP) : '';
    out.push('', t('Files: {0}.', `${files}${more}`));
  });
}

function actions(w: Writer, insights: TeamInsights): void {
  const { out, t, from } = w;
  section(w, t('Actions'));
  const f = insights.actions.followThrough;
  const rate = f.rate === null ? t('nothing to judge yet') : t('{0} % ({1} of {2} done)', Math.round(f.rate * 100), f.done, f.done + f.dropped + f.overdue);
  const median = f.medianDaysToDone === null ? '' : t.plural(f.medianDaysToDone, '; median {0} day from reflection to done', '; median {0} days from reflection to done');
  out.push(
    `- ${t('Opened in the period: {0}', f.opened)}`,
    `- ${t('Done: {0}, dropped: {1}, overdue: {2}, not yet due: {3}', f.done, f.dropped, f.overdue, f.pending)}`,
    `- ${t('Follow-through: {0}', rate)}${median}`,
  );
  if (insights.actions.openByOwner.length) out.push('', `### ${t('Open actions by owner')}`, '');
  for (const group of insights.actions.openByOwner) {
    const overdue = group.overdue ? t(', {0} overdue', group.overdue) : '';
    out.push(`- **${escapeInline(ownerLabel(group.owner, t), 100)}**: ${t.plural(group.actions.length, '{0} open action', '{0} open actions')}${overdue}`);
    for (const a of group.actions.slice(0, ACTIONS_PER_OWNER)) {
      const due = a.due === undefined ? '' : t(', due {0}', stamp(a.due));
      const late = a.overdue ? t.plural(a.daysOverdue, ', overdue by {0} day', ', overdue by {0} days') : '';
      out.push(`  - ${escapeInline(a.text)} (${t.plural(a.ageDays, '{0} day old', '{0} days old')}${due}${late}; ${fileLink(a.path, from)})`);
    }
    if (group.actions.length > ACTIONS_PER_OWNER) out.push(`  - ${t('and {0} more', group.actions.length - ACTIONS_PER_OWNER)}`);
  }
}

function pulseAndParticipation(w: Writer, insights: TeamInsights): void {
  const { out, t } = w;
  section(w, t('Pulse'));
  const trends = insights.pulse.dimensions.map((d) => pulseInWords(d, t)).filter((line): line is string => line !== undefined);
  if (!trends.length) out.push(t('No pulse checks in this period.'));
  trends.forEach((line) => out.push(`- ${line}.`));

  section(w, t('Participation'));
  for (const week of insights.participation) {
    const followUps = week.followUps ? t.plural(week.followUps, ', {0} follow-up', ', {0} follow-ups') : '';
    const by = t.plural(week.authors, 'by {0} named person', 'by {0} named people');
    out.push(`- ${t('{0} (from {1}): {2} {3}', stamp(week.week), stamp(week.monday), t.plural(week.reflections, '{0} reflection', '{0} reflections'), by)}${followUps}`);
  }
}

export function retroSummaryMarkdown(insights: TeamInsights, opts: SummaryOptions): string {
  const from = opts.linkFrom ?? '';
  if (from && !isSafeRelativePath(from)) throw new MessageError(msg("'linkFrom' must be a folder relative to the workspace root, like .coaching/summaries, not '{0}'.", from));
  const t = opts.t ?? ENGLISH;
  const counted = t.plural(insights.reflections.total, '{0} team reflection', '{0} team reflections');
  const followUps = insights.reflections.followUps ? t.plural(insights.reflections.followUps, ' and {0} follow-up', ' and {0} follow-ups') : '';
  const w: Writer = {
    t,
    from,
    out: [
      `# ${escapeInline(opts.title ?? t('Retro summary'))}`,
      '',
      t('{0} to {1}. Generated {2} from {3}; private reflections are never included, and anonymous ones name nobody.', stamp(opts.period.from), stamp(opts.period.to), stamp(opts.generatedAt), `${counted}${followUps}`),
    ],
  };
  frictionThemes(w, insights);
  recurringBlockers(w, insights);
  actions(w, insights);
  pulseAndParticipation(w, insights);
  return `${w.out.join('\n')}\n`;
}
