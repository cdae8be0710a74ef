/**
 * The coaching panel's app. It draws the view the host sends and reports what the person
 * does; the host owns the session. The page state and the mirrored drafts are in page.ts,
 * the steps in steps.ts; this file renders, keeps the focus and wires the page's events.
 */
import { FRICTION_KINDS } from '../../core/model/reflection';
import { KIND_CHOICES, isHostMessage, type DraftField, type SessionView } from './protocol';
import { refuse, viewArrived } from './fieldNotes';
import { api, flush, page, send, submit, submitMore, syncFields, t } from './page';
import { actionStep, confirmKindStep, kindStep, questionStep, reviewStep, savedStep } from './steps';
import { errorBox } from './controls';
import { boot } from '../shared/boot';
import { liveRegion } from '../shared/announce';
import { h, icon } from '../shared/dom';

const app = document.getElementById('app') as HTMLElement;

// ------------------------------------------------------------------ render

function render(): void {
  if (!page.view || !page.strings) return;
  const v = page.view;
  const focused = document.activeElement instanceof HTMLElement && app.contains(document.activeElement) ? document.activeElement : null;
  const focusId = focused?.id;
  const selection = focused instanceof HTMLTextAreaElement || (focused instanceof HTMLInputElement && focused.type === 'text')
    ? [focused.selectionStart, focused.selectionEnd] as const : null;
  const sameStep = app.dataset.inputKey === v.inputKey;

  const body = { kind: kindStep, question: questionStep, confirmKind: confirmKindStep, action: actionStep, review: reviewStep, saved: savedStep }[v.step](v);
  app.replaceChildren(
    h('header', {},
      h('h1', {}, t('title')),
      h('p', { class: 'folder' }, icon('folder'), h('span', {}, t('savingTo', v.folderName)))),
    ...[errorBox()].filter((x): x is HTMLElement => !!x),
    ...body,
  );
  app.dataset.inputKey = v.inputKey;
  app.dataset.step = v.step;

  // Focus: keep it where it was while on the same step; otherwise the step's first input.
  const keep = sameStep && focusId ? document.getElementById(focusId) : null;
  const target = keep ?? firstFocus(v);
  target?.focus();
  if (keep && selection && (keep instanceof HTMLTextAreaElement || keep instanceof HTMLInputElement)) {
    keep.setSelectionRange(selection[0], selection[1]);
  } else if (!keep && target instanceof HTMLTextAreaElement) {
    target.setSelectionRange(target.value.length, target.value.length);
  }
}

function firstFocus(v: SessionView): HTMLElement | null {
  const id = {
    kind: `kind-${v.kind ?? 'technical'}`, question: 'answer', confirmKind: `kind-${v.guess ?? 'technical'}`,
    action: 'action-text', review: 'save', saved: 'start-another',
  }[v.step];
  return document.getElementById(id);
}

// ------------------------------------------------------------------ announcements

/**
 * What screen readers hear of the coach: each new acknowledgment once, and that the reflection
 * was saved. The next question is read where focus lands (its answer box is described by it).
 */
const say = liveRegion('announcer');
let announced = '';

function announce(): void {
  const v = page.view;
  if (!v || !page.strings) return;
  const text = v.step === 'saved' ? `${t('savedTitle')}. ${t('savedAt', v.savedPath ?? '')}` : v.acknowledgment ?? '';
  // Keyed by the step's inputKey: the same words after another answer are news again.
  const key = `${v.inputKey}\u0000${text}`;
  if (!text || key === announced) return;
  announced = key;
  say(text);
}

// ------------------------------------------------------------------ wiring

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    if (event.shiftKey) submitMore();
    else submit();
    return;
  }
  // Escape never throws work away: it only leaves the field, the draft stays as it is.
  if (event.key === 'Escape') {
    flush();
    return;
  }
  const choosing = page.view?.step === 'kind' ? KIND_CHOICES : page.view?.step === 'confirmKind' ? FRICTION_KINDS : undefined;
  if (choosing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const kind = choosing[Number(event.key) - 1];
    if (kind) send({ type: 'chooseKind', kind });
  }
});

// The page goes away when the panel is closed or hidden: send what is still pending.
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

/** The host refused what the app sent: the reason goes next to its input, which takes the focus so it is read. */
function showRefusal(field: DraftField | null, reason: string): void {
  refuse(field, reason);
  render();
  if (field) document.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
}

boot(api, isHostMessage, (message) => {
  if (message.type === 'refused') return showRefusal(message.field, message.reason);
  if (message.type === 'init') page.strings = message.strings;
  else {
    viewArrived(page.view?.inputKey !== message.view.inputKey);
    syncFields(message.view);
    page.view = message.view;
  }
  render();
  announce();
});
