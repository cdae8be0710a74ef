/**
 * Friction by area in the `report` command: the same table as the Team Review's section, from
 * the insights' `areas` (core/insights/areas.ts), as Markdown and as HTML. Areas are paths
 * from files in `.coaching/`: in Markdown they are escaped as inline text and linked only as
 * relative, percent-encoded reflection paths; in HTML they are escaped text and never links.
 */
import { FRICTION_BUCKETS, type FrictionArea } from '../core/insights/index';
import { escapeInline, linkTarget } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';
import { ENGLISH, type Translate } from '../core/util/catalogue';
import { bucketLabels } from '../core/insights/labels';

/** Reflections linked in each Markdown row: the newest. */
const LINKED_PER_AREA = 3;

const intro = (t: Translate) => t('Folders and files the reflections named in their code context (recorded only when their writers turn on context capture in Retro Coach), most often named first. Each reflection counts once, under the first kind of friction it names.');
const none = (t: Translate) => t('No reflection in this period names the code it is about.');

/** A table cell: inline text with its pipes escaped, so a file name never splits the row. */
const cell = (text: string): string => escapeInline(text).replace(/\|/g, '\\|');

function markdownLink(path: string, linkFrom: string): string {
  const target = linkTarget(path, linkFrom);
  const label = cell(path.slice(path.lastIndexOf('/') + 1));
  return target ? `[${label}](${target})` : label;
}

/** The section as Markdown, to follow the retro summary; `linkFrom` as for retroSummaryMarkdown. */
export function areasMarkdown(areas: readonly FrictionArea[], linkFrom = '', t: Translate = ENGLISH): string {
  const out = ['', `## ${t('Friction by area')}`, ''];
  if (!areas.length) return `${[...out, none(t)].join('\n')}\n`;
  const labels = bucketLabels(t);
  out.push(intro(t), '', `| ${t('Area')} | ${t('Reflections')} | ${FRICTION_BUCKETS.map((b) => cell(labels[b])).join(' | ')} | ${t('Newest')} |`, `| --- | ---: | ${FRICTION_BUCKETS.map(() => '---:').join(' | ')} | --- |`);
  for (const a of areas) {
    const links = a.paths.slice(0, LINKED_PER_AREA).map((p) => markdownLink(p, linkFrom)).join(', ');
    const more = a.paths.length > LINKED_PER_AREA ? t(' and {0} more', a.paths.length - LINKED_PER_AREA) : '';
    out.push(`| ${cell(a.area)} | ${a.total} | ${FRICTION_BUCKETS.map((b) => a.counts[b]).join(' | ')} | ${links}${more} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The section as HTML for the self-contained report: a table whose rows open to their reflections' paths. */
export function areasHtml(areas: readonly FrictionArea[], t: Translate = ENGLISH): string {
  const e = (text: string) => escapeHtml(text);
  const heading = `<h2>${e(t('Friction by area'))}</h2>`;
  if (!areas.length) return `${heading}<p class="muted">${e(none(t))}</p>`;
  const labels = bucketLabels(t);
  const head = `<tr><th scope="col">${e(t('Area'))}</th><th scope="col">${e(t('Reflections'))}</th>${FRICTION_BUCKETS.map((b) => `<th scope="col">${e(labels[b])}</th>`).join('')}</tr>`;
  const rows = areas.map((a) => {
    const files = `<details><summary>${e(t.plural(a.total, '{0} reflection', '{0} reflections'))}</summary><ul>${a.paths.map((p) => `<li>${e(p)}</li>`).join('')}</ul></details>`;
    return `<tr><th scope="row"><code>${e(a.area)}</code></th><td>${files}</td>${FRICTION_BUCKETS.map((b) => `<td>${a.counts[b]}</td>`).join('')}</tr>`;
  });
  return `${heading}<p class="muted">${e(intro(t))}</p><table class="numbers areas"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
