/**
 * The coaching panel's page state: what the host last sent, and the text being typed.
 * Half-written text is mirrored to the host (debounced) and to the webview state, so neither
 * closing the panel nor reloading the window loses it.
 */
import type { DraftField, SessionView, StringKey, WebviewMessage, WebviewStrings } from './protocol';
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
let fields: Fields = { answer: '', actionText: '', actionOwner: '', actionDue: '' };
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
  const fromView: Fields = { answer: next.draft, actionText: next.action.text, actionOwner: next.action.owner, actionDue: next.action.due };
  const saved = api.getState();
  fieldsKey = next.inputKey;
  if (saved && saved.inputKey === next.inputKey && saved.fields) {
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
      send({ type: 'answer', text: fields.answer });
      return;
    case 'action':
      flush();
      send({ type: 'submitAction', action: { text: fields.actionText, owner: fields.actionOwner, due: fields.actionDue } });
      return;
    case 'review':
      if (!view.saving) send({ type: 'save' });
      return;
    case 'saved':
      send({ type: 'startAnother' });
      return;
    case 'kind':
      return;
  }
}
