/**
 * Friction by area in the `report` command: the same table as the Team Review's section, from
 * the insights' `areas` (core/insights/areas.ts), as Markdown and as HTML. Areas are paths
 * from files in `.coaching/`: in Markdown they are escaped as inline text and linked only as
 * relative, percent-encoded reflection paths; in HTML they are escaped text and never links.
 */
import { FRICTION_BUCKETS, type FrictionArea } from '../core/insights/index';
import { escapeInline, linkTarget } from '../core/insights/summaryMarkdown';
import { escapeHtml } from '../core/util/escape';

/** Reflections linked in each Markdown row: the newest. */
const LINKED_PER_AREA = 3;

const INTRO = 'Folders and files the reflections named in their code context (recorded only when their writers turn on context capture in Retro Coach), most often named first. Each reflection counts once, under the first kind of friction it names.';
const NONE = 'No reflection in this period names the code it is about.';

const plural = (n: number): string => `${n} reflection${n === 1 ? '' : 's'}`;

/** A table cell: inline text with its pipes escaped, so a file name never splits the row. */
const cell = (text: string): string => escapeInline(text).replace(/\|/g, '\\|');

function markdownLink(path: string, linkFrom: string): string {
  const target = linkTarget(path, linkFrom);
  const label = cell(path.slice(path.lastIndexOf('/') + 1));
  return target ? `[${label}](${target})` : label;
}

/** The section as Markdown, to follow the retro summary; `linkFrom` as for retroSummaryMarkdown. */
export function areasMarkdown(areas: readonly FrictionArea[], linkFrom = ''): string {
  const out = ['', '## Friction by area', ''];
  if (!areas.length) return `${[...out, NONE].join('\n')}\n`;
  out.push(INTRO, '', `| Area | Reflections | ${FRICTION_BUCKETS.join(' | ')} | Newest |`, `| --- | ---: | ${FRICTION_BUCKETS.map(() => '---:').join(' | ')} | --- |`);
  for (const a of areas) {
    const links = a.paths.slice(0, LINKED_PER_AREA).map((p) => markdownLink(p, linkFrom)).join(', ');
    const more = a.paths.length > LINKED_PER_AREA ? ` and ${a.paths.length - LINKED_PER_AREA} more` : '';
    out.push(`| ${cell(a.area)} | ${a.total} | ${FRICTION_BUCKETS.map((b) => a.counts[b]).join(' | ')} | ${links}${more} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The section as HTML for the self-contained report: a table whose rows open to their reflections' paths. */
export function areasHtml(areas: readonly FrictionArea[]): string {
  const e = (text: string) => escapeHtml(text);
  if (!areas.length) return `<h2>Friction by area</h2><p class="muted">${e(NONE)}</p>`;
  const head = `<tr><th scope="col">Area</th><th scope="col">Reflections</th>${FRICTION_BUCKETS.map((b) => `<th scope="col">${e(b)}</th>`).join('')}</tr>`;
  const rows = areas.map((a) => {
    const files = `<details><summary>${e(plural(a.total))}</summary><ul>${a.paths.map((p) => `<li>${e(p)}</li>`).join('')}</ul></details>`;
    return `<tr><th scope="row"><code>${e(a.area)}</code></th><td>${files}</td>${FRICTION_BUCKETS.map((b) => `<td>${a.counts[b]}</td>`).join('')}</tr>`;
  });
  return `<h2>Friction by area</h2><p class="muted">${e(INTRO)}</p><table class="numbers areas"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
