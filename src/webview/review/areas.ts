/**
 * Friction by area in the Team Review: each folder or file that reflections named in their
 * code context, with its counts by friction kind in words (the small bar beside them repeats
 * the counts for the eye and is hidden from screen readers), and, when opened, its reflections.
 * An area opens and closes with Enter or Space on its summary (a native disclosure), and stays
 * open across redraws.
 */
import { REVIEW_BUCKETS, type FileRef, type ReviewArea, type ReviewView } from './protocol';
import type { T } from './charts';
import { h, icon } from '../shared/dom';

/** Draws a button that opens one of the files the host sent. */
export type FileLink = (file: FileRef, label: string, opts: { id: string }) => HTMLButtonElement;

/** Areas the person opened, by path: a redraw (a filter, a teammate's new file) keeps them open. */
const opened = new Set<string>();

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The counts by kind in words, e.g. "Technical 3, Procedural 1". */
function breakdown(a: ReviewArea, t: T): string {
  return REVIEW_BUCKETS.filter((b) => a.counts[b]).map((b) => `${t(`kind.${b}`)} ${a.counts[b]}`).join(', ');
}

/** Each kind's share of the area as a bar; sized through the style object (the page's CSP refuses style attributes). */
function shareBar(a: ReviewArea): HTMLElement {
  return h('span', { class: 'area-bar', 'aria-hidden': 'true' }, ...REVIEW_BUCKETS.filter((b) => a.counts[b]).map((b) => {
    const part = h('span', { class: `b-${b}` });
    part.style.flexGrow = String(a.counts[b]);
    return part;
  }));
}

function areaItem(a: ReviewArea, i: number, t: T, fileLink: FileLink): HTMLElement {
  const id = `area-${i}`;
  const details = h('details', { class: 'area', id, open: opened.has(a.area) },
    h('summary', { id: `${id}-summary` },
      icon('chevron-right'),
      icon(a.kind === 'folder' ? 'folder' : 'file'),
      h('span', { class: 'visually-hidden' }, `${t(a.kind === 'folder' ? 'areaFolder' : 'areaFile')}: `),
      h('code', { class: 'area-path' }, a.area),
      h('span', { class: 'meta' }, `${a.total === 1 ? t('areaMetaOne') : t('areaMeta', a.total)} · ${breakdown(a, t)}`),
      shareBar(a)),
    h('ul', { class: 'area-files' },
      ...a.files.map((file, j) => h('li', {}, fileLink(file, fileName(file.path), { id: `${id}-file-${j}` }))),
      a.total > a.files.length ? h('li', { class: 'more' }, t('areaMore', a.total - a.files.length)) : null));
  details.addEventListener('toggle', () => {
    if (details.open) opened.add(a.area);
    else opened.delete(a.area);
  });
  return details;
}

/** The section; shown whatever the period, with a word on how areas get there when it has none. */
export function areasSection(v: ReviewView, t: T, fileLink: FileLink): HTMLElement {
  return h('section', { class: 'card list-card wide', 'aria-labelledby': 'areas-title', id: 'areas' },
    h('h2', { id: 'areas-title' }, t('areas')),
    v.areas.length
      ? h('div', {}, h('p', { class: 'hint' }, t('areasHint')),
          h('ol', { class: 'items areas' }, ...v.areas.map((a, i) => h('li', {}, areaItem(a, i, t, fileLink)))))
      : h('p', { class: 'hint', id: 'areas-none' }, t('areasNone')));
}
