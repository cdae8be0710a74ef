/**
 * The Team Review's app. It draws the view the host sends and reports filter changes and
 * clicks; the host filters, computes and decides which files may be opened. Everything it
 * shows comes from files in `.coaching/`, so it goes in as text, never as HTML.
 */
import { FRICTION_KINDS, TRIGGER_KINDS, isCalendarDate } from '../../core/model/reflection';
import {
  isReviewHostMessage,
  type FileRef,
  type FrictionKind,
  type ReviewFilters,
  type ReviewStringKey,
  type ReviewStrings,
  type ReviewView,
  type ReviewWebviewMessage,
  type TriggerKind,
} from './protocol';
import { DEFAULT_CHART_WIDTH, followThroughChart, frictionChart, pulseChart } from './charts';
import { areasSection } from './areas';
import { boot } from '../shared/boot';
import { liveRegion } from '../shared/announce';
import { format, h, icon } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

const api = vscodeApi<ReviewWebviewMessage>();
const app = document.getElementById('app') as HTMLElement;

let strings: ReviewStrings | undefined;
let view: ReviewView | undefined;
/** The width the charts with labels take on the page, as last measured. */
let chartWidth = DEFAULT_CHART_WIDTH;

function send(message: ReviewWebviewMessage): void {
  api.postMessage(message);
}

function t(key: ReviewStringKey, ...values: Array<string | number>): string {
  return format(strings?.[key] ?? key, ...values);
}

// ------------------------------------------------------------------ filters

function readFilters(): ReviewFilters | undefined {
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  const from = value('filter-from');
  const to = value('filter-to');
  // A year being typed passes through 0002, 0020, 0202: only a date the host accepts is sent, so it never resets the period mid-typing.
  if (!isCalendarDate(from) || !isCalendarDate(to)) return undefined;
  const friction = value('filter-friction');
  const trigger = value('filter-trigger');
  const author = value('filter-author');
  return {
    from,
    to,
    friction: (FRICTION_KINDS as readonly string[]).includes(friction) ? friction as FrictionKind : null,
    author: author.trim() ? author : null,
    trigger: (TRIGGER_KINDS as readonly string[]).includes(trigger) ? trigger as TriggerKind : null,
  };
}

/** Screen readers hear what a filter changed (the period's count), once its view has come. */
const say = liveRegion('announcer');
let filtering = false;

function changed(): void {
  const filters = readFilters();
  if (!filters) return;
  filtering = true;
  if (sentFilters.size >= 200) sentFilters.clear();
  sentFilters.add(filtersKey(filters));
  send({ type: 'filter', filters });
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.addEventListener('change', changed);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(id: string, current: string | null, options: Array<{ value: string; label: string }>): HTMLSelectElement {
  return h('select', { id }, ...options.map((o) => h('option', { value: o.value, selected: (current ?? '') === o.value }, o.label)));
}

function filterBar(v: ReviewView): HTMLElement {
  const f = v.filters;
  const authors = f.author && !v.authors.includes(f.author) ? [f.author, ...v.authors] : v.authors;
  const form = h('form', { class: 'filters', id: 'filters', 'aria-label': t('filters') },
    field('filter-from', t('from'), h('input', { type: 'date', id: 'filter-from', value: f.from, max: v.today, required: true })),
    field('filter-to', t('to'), h('input', { type: 'date', id: 'filter-to', value: f.to, required: true })),
    field('filter-friction', t('friction'), select('filter-friction', f.friction, [
      { value: '', label: t('all') }, ...FRICTION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))])),
    field('filter-author', t('author'), select('filter-author', f.author, [
      { value: '', label: t('everyone') }, ...authors.map((a) => ({ value: a, label: a }))])),
    field('filter-trigger', t('trigger'), select('filter-trigger', f.trigger, [
      { value: '', label: t('all') }, ...TRIGGER_KINDS.map((k) => ({ value: k, label: t(`trigger.${k}`) }))])));
  // Enter in a field would submit the form and reload the page: filters apply on change instead.
  form.addEventListener('submit', (event) => { event.preventDefault(); changed(); });
  return form;
}

// ------------------------------------------------------------------ parts

function headline(v: ReviewView): HTMLElement {
  const c = v.counts;
  const number = (id: string, value: string, label: string, cls = '') =>
    h('div', { class: `stat ${cls}` }, h('span', { class: 'value', id }, value), h('span', { class: 'label' }, label));
  return h('section', { class: 'headline', 'aria-label': t('title') },
    number('count-reflections', String(c.reflections), t('countReflections')),
    number('count-open-actions', String(c.openActions), t('countOpenActions')),
    number('count-overdue', String(c.overdue), t('countOverdue'), c.overdue ? 'warn' : ''),
    number('count-follow-through', c.followThrough === null ? t('noRate') : `${Math.round(c.followThrough * 100)} %`, t('countFollowThrough')));
}

function fileLink(file: FileRef, label: Node | string, opts: { actionId?: string; cls?: string; id?: string } = {}): HTMLButtonElement {
  const where = file.folder ? `${file.folder}/${file.path}` : file.path;
  const el = h('button', { type: 'button', id: opts.id, class: `link ${opts.cls ?? ''}`, title: t('openFile', where) }, label);
  el.addEventListener('click', () => send({
    type: 'open', path: file.path,
    ...(file.folder !== undefined ? { folder: file.folder } : {}),
    ...(opts.actionId ? { actionId: opts.actionId } : {}),
  }));
  return el;
}

function blockers(v: ReviewView): HTMLElement {
  return h('section', { class: 'card list-card', 'aria-labelledby': 'blockers-title', id: 'blockers' },
    h('h2', { id: 'blockers-title' }, t('blockers')),
    v.blockers.length
      ? h('ol', { class: 'items' }, ...v.blockers.map((b) => h('li', { class: 'blocker' },
          h('div', { class: 'item-head' }, fileLink(b.file, b.terms.join(' · '), { cls: 'terms' }),
            h('span', { class: 'meta' }, t('blockerMeta', b.size, b.firstSeen, b.lastSeen))),
          ...b.quotes.map((q) => h('blockquote', {}, fileLink(q.file, q.text, { cls: 'quote' }))))))
      : h('p', { class: 'hint' }, t('blockersNone')));
}

function actions(v: ReviewView): HTMLElement {
  return h('section', { class: 'card list-card', 'aria-labelledby': 'actions-title', id: 'owners' },
    h('h2', { id: 'actions-title' }, t('actions')),
    v.owners.length
      ? h('div', {}, ...v.owners.map((o) => h('div', { class: 'owner' },
          h('h3', {}, icon(o.assigned ? 'person' : 'question'), h('span', {}, o.assigned ? o.owner : t('unassigned')),
            h('span', { class: 'meta' }, t('ownerMeta', o.open, o.overdue))),
          h('ul', { class: 'items' }, ...o.actions.map((a) => h('li', { class: a.overdue ? 'action overdue' : 'action' },
            fileLink(a.file, a.text, { actionId: a.id }),
            h('span', { class: 'meta' },
              t('age', a.ageDays),
              a.due ? ` · ${t('due', a.due)}` : '',
              a.overdue ? h('span', { class: 'badge' }, t('overdueBy', a.daysOverdue)) : null))),
            o.open > o.actions.length ? h('li', { class: 'more' }, t('more', o.open - o.actions.length)) : null))),
        v.moreOwners ? h('p', { class: 'more' }, t('moreOwners', v.moreOwners)) : null)
      : h('p', { class: 'hint' }, t('actionsNone')));
}

function emptyState(): HTMLElement {
  const start = h('button', { type: 'button', class: 'primary', id: 'start-reflection' }, icon('comment-discussion'), h('span', {}, t('startReflection')));
  start.addEventListener('click', () => send({ type: 'startReflection' }));
  return h('section', { class: 'empty', id: 'empty' }, icon('graph'), h('h2', {}, t('emptyTitle')), h('p', { class: 'hint' }, t('emptyBody')), start);
}

// ------------------------------------------------------------------ render

function render(): void {
  if (!view || !strings) return;
  const v = view;
  const focusId = document.activeElement instanceof HTMLElement && app.contains(document.activeElement) ? document.activeElement.id : '';
  const header = h('header', {}, h('h1', {}, t('title')));
  app.dataset.state = v.totalReflections === 0 ? 'empty' : 'ready';
  if (v.totalReflections === 0) {
    app.replaceChildren(header, emptyState());
    return;
  }
  const body = [
    v.notice ? h('div', { class: 'notice', role: 'status', id: 'notice' }, icon('info'), h('span', {}, v.notice)) : null,
    headline(v),
    v.counts.reflections === 0 ? h('p', { class: 'hint', id: 'period-empty' }, t('periodEmpty')) : null,
    h('div', { class: 'charts' }, frictionChart(v, t, chartWidth), pulseChart(v, t, chartWidth), followThroughChart(v, t)),
    areasSection(v, t, fileLink),
    h('div', { class: 'lists' }, blockers(v), actions(v)),
  ].filter((x): x is HTMLElement => !!x);
  const bar = filterBarOf(v);
  if (bar.parentElement === app) {
    // The bar stays as it is, so a person typing a date keeps their place in it.
    while (bar.nextSibling) bar.nextSibling.remove();
    app.append(...body);
  } else {
    app.replaceChildren(header, bar, ...body);
  }
  // Only where the redraw took the focus away: focusing a date field again would send the person back to its first part.
  if (focusId && document.activeElement?.id !== focusId) document.getElementById(focusId)?.focus();
}

/**
 * The filter bar on screen, kept while it shows what the person chose: replacing it would take
 * the focus, and the part of a date being typed, from under them. It is drawn anew when the
 * view's filters are not ones the person sent or sees (the host adjusted a period), or the
 * authors to choose from changed.
 */
let shownBar: { node: HTMLElement; authors: string } | undefined;
/**
 * Filters the person set through this bar. A view for any of them is one they asked for (views
 * may come back after the person has typed on), so the bar keeps what it shows.
 */
const sentFilters = new Set<string>();
const filtersKey = (f: ReviewFilters): string => JSON.stringify([f.from, f.to, f.friction, f.author, f.trigger]);

function filterBarOf(v: ReviewView): HTMLElement {
  const authors = JSON.stringify([v.authors, v.today]);
  const key = filtersKey(v.filters);
  const typed = shownBar && app.contains(shownBar.node) ? readFilters() : undefined;
  const theirs = sentFilters.has(key) || (typed !== undefined && filtersKey(typed) === key);
  if (shownBar && theirs && shownBar.authors === authors) {
    // The attributes follow the view; what the person typed (the fields' values) stays.
    document.getElementById('filter-from')?.setAttribute('value', v.filters.from);
    document.getElementById('filter-to')?.setAttribute('value', v.filters.to);
    return shownBar.node;
  }
  sentFilters.clear();
  shownBar = { node: filterBar(v), authors };
  return shownBar.node;
}

/** The width the friction chart is shown at; the pulse chart sits in a card of the same width. */
function measuredChartWidth(): number | undefined {
  const width = document.getElementById('friction-chart')?.getBoundingClientRect().width;
  return width ? Math.floor(width) : undefined;
}

/**
 * Draws the view, then again if the charts turned out to be shown at another width than they
 * were drawn for (the first time, or after the panel was resized): drawn one to one, their
 * labels keep their size. The second drawing is at the measured width, so it stays.
 */
function draw(): void {
  render();
  const measured = measuredChartWidth();
  if (measured !== undefined && measured !== chartWidth) {
    chartWidth = measured;
    render();
  }
}

let resizing = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(draw);
});

boot(api, isReviewHostMessage, (message) => {
  if (message.type === 'init') strings = message.strings;
  else view = message.view;
  draw();
  if (message.type === 'render' && filtering) {
    filtering = false;
    const n = message.view.counts.reflections;
    say(n === 1 ? t('filteredOne') : t('filtered', n));
  }
});
