/**
 * What the panel says next to an input: why it was refused (by the app's own check before
 * sending, by the host's guard in a `refused` message, or by the session in the view's
 * `error`), or a gentle hint that blocks nothing (a due date that has passed). A refused input
 * always says why where the person is looking; nothing is dropped in silence.
 */
import { isCalendarDate } from '../../core/model/reflection';
import type { DraftField, SessionView, StringKey } from './protocol';

type T = (key: StringKey, ...values: Array<string | number>) => string;

export interface FieldNote {
  text: string;
  /** An error keeps the step from going on; a hint only informs. */
  kind: 'error' | 'hint';
}

/** Reasons the app found or was told, by input, for the inputs on screen. */
const errors = new Map<DraftField, string>();
/** Inputs changed since the last view: the view's error about them is out of date. */
const edited = new Set<DraftField>();
/** A refusal about no input in particular, shown with the step's error. */
let general: string | null = null;

/** A new view arrived; on a new step (`newInputs`) everything said about the old inputs goes. */
export function viewArrived(newInputs: boolean): void {
  edited.clear();
  general = null;
  if (newInputs) errors.clear();
}

/** The person changed an input: what was said about it no longer holds. */
export function inputChanged(field: DraftField): void {
  errors.delete(field);
  edited.add(field);
}

/** Something refused what was typed: `field` null when it is about no input in particular. */
export function refuse(field: DraftField | null, reason: string): void {
  if (field) errors.set(field, reason);
  else general = reason;
}

export function generalRefusal(): string | null {
  return general;
}

/**
 * Why a due date cannot be sent, or null: checked by the core's one definition of a date.
 * `unfinished`: the date box holds a date it cannot read yet (half typed), so its value is empty.
 */
export function dueProblem(value: string, unfinished: boolean, t: T): string | null {
  if (unfinished) return t('dueUnfinished');
  const due = value.trim();
  const isDate: boolean = isCalendarDate(due);
  return due && !isDate ? t('dueNotADate', due.length > 20 ? `${due.slice(0, 19)}…` : due) : null;
}

/** What to show next to `field`, holding `value`, under `view`. */
export function noteFor(field: DraftField, value: string, view: SessionView, t: T): FieldNote | null {
  const error = errors.get(field) ?? (view.errorField === field && !edited.has(field) ? view.error : null);
  if (error) return { text: error, kind: 'error' };
  const due = value.trim();
  if (field === 'actionDue' && isCalendarDate(due) && due < view.today) return { text: t('duePassed'), kind: 'hint' };
  return null;
}

/** The id of the element that holds `field`'s note; its control points at it with aria-describedby. */
export const noteId = (field: DraftField): string => `note-${field}`;

/** Puts `field`'s note on the page where it already is (no redraw, so nothing moves under the cursor). */
export function showNote(field: DraftField, value: string, view: SessionView, t: T): void {
  const slot = document.getElementById(noteId(field));
  const control = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!slot) return;
  const note = noteFor(field, value, view, t);
  slot.textContent = note?.text ?? '';
  slot.className = `field-note ${note?.kind ?? ''}`.trim();
  if (note?.kind === 'error') control?.setAttribute('aria-invalid', 'true');
  else control?.removeAttribute('aria-invalid');
}
