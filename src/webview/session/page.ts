/**
 * The coaching panel's page state: what the host last sent, and the text being typed.
 * Half-written text is mirrored to the host (debounced) and to the webview state, so neither
 * closing the panel nor reloading the window loses it.
 */
import type { DraftField, SessionView, StringKey, WebviewMessage, WebviewStrings } from './protocol';
import { dueProblem, refuse, showNote } from './fieldNotes';
import { format } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

type Fields = Record<DraftField, string>;
interface PageState {
  inputKey: string;
  fields: Fields;
}

/** The page's one handle on VS Code. */
export const api = vscodeApi<WebviewMessage, PageState>();
const DRAFT_DELAY_MS = 250;

/** What the host sent last: its strings once, then a view after every change. */
export const page: { strings?: WebviewStrings; view?: SessionView } = {};
/** What the person has typed for the current inputKey; the source of truth while typing. */
let fields: Fields = { answer: '', actionText: '', actionOwner: '', actionDue: '', learning: '' };
let fieldsKey = '';
const pending = new Map<DraftField, ReturnType<typeof setTimeout>>();

export function send(message: WebviewMessage): void {
  api.postMessage(message);
}

export function t(key: StringKey, ...values: Array<string | number>): string {
  return format(page.strings?.[key] ?? key, ...values);
}

export function fieldValue(field: DraftField): string {
  return fields[field];
}

function remember(): void {
  api.setState({ inputKey: fieldsKey, fields });
}

export function edit(field: DraftField, value: string): void {
  fields = { ...fields, [field]: value };
  remember();
  clearTimeout(pending.get(field));
  pending.set(field, setTimeout(() => {
    pending.delete(field);
    send({ type: 'draft', field, value });
  }, DRAFT_DELAY_MS));
}

/** Sends every pending draft now (before the page may go away, or before moving on). */
export function flush(): void {
  for (const [field, timer] of pending) {
    clearTimeout(timer);
    send({ type: 'draft', field, value: fields[field] });
  }
  pending.clear();
}

/** Takes the view's inputs when it moved to a new step; keeps what is being typed otherwise. */
export function syncFields(next: SessionView): void {
  if (next.inputKey === fieldsKey) return;
  const fromView: Fields = { answer: next.draft, actionText: next.action.text, actionOwner: next.action.owner, actionDue: next.action.due, learning: next.learning?.answer ?? '' };
  const saved = api.getState();
  // The host can move on without the person (a follow-up question arriving): text typed in
  // the last moments and not yet sent goes with them to the new question, never away.
  const unsent = [...pending.keys()].filter((field) => fields[field] !== '' && fromView[field] === '');
  fieldsKey = next.inputKey;
  if (unsent.length) {
    const typed = fields;
    fields = { ...fromView };
    for (const field of unsent) edit(field, typed[field]);
    flush();
  } else if (saved && saved.inputKey === next.inputKey && saved.fields) {
    // Text typed in the last moments before a reload may not have reached the host yet.
    fields = { ...fromView };
    for (const field of Object.keys(fromView) as DraftField[]) {
      const local = saved.fields[field];
      if (typeof local === 'string' && local !== fromView[field]) edit(field, local);
    }
    flush();
  } else {
    fields = fromView;
  }
  remember();
}

/** The step's main action: what Ctrl/Cmd+Enter and the primary button do. */
export function submit(): void {
  const view = page.view;
  if (!view) return;
  switch (view.step) {
    case 'question':
      flush();
      send({ type: 'answer', text: fields.answer, more: false });
      return;
    case 'action': {
      flush();
      // Checked here first: a date the host would refuse says why next to the box, never nothing.
      // A half-typed date reads as an empty value (and changes nothing an input event reports): badInput tells.
      const box = document.querySelector<HTMLInputElement>('[data-field="actionDue"]');
      const problem = dueProblem(fields.actionDue, box?.validity.badInput ?? false, t);
      if (problem) {
        refuse('actionDue', problem);
        showNote('actionDue', fields.actionDue, view, t);
        box?.focus();
        return;
      }
      send({ type: 'submitAction', action: { text: fields.actionText, owner: fields.actionOwner, due: fields.actionDue } });
      return;
    }
    case 'review':
      flush();
      if (!view.saving) send({ type: 'save' });
      return;
    case 'saved':
      send({ type: 'startAnother' });
      return;
    case 'kind':
    case 'confirmKind':
      return;
  }
}

/** Ctrl/Cmd+Shift+Enter and the "And what else?" button: keep this answer, then say more. */
export function submitMore(): void {
  if (page.view?.step !== 'question' || !page.view.canAskMore) return;
  flush();
  send({ type: 'answer', text: fields.answer, more: true });
}
