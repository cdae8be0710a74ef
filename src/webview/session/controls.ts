/** The building blocks the coaching panel's steps share: buttons, text fields, the GROW track. */
import type { DraftField, TrackStage } from './protocol';
import { edit, fieldValue, page, t } from './page';
import { generalRefusal, inputChanged, noteFor, noteId, showNote } from './fieldNotes';
import { h, icon } from '../shared/dom';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function button(label: string, opts: { id: string; primary?: boolean; icon?: string; disabled?: boolean; title?: string; keys?: string; onClick: () => void }): HTMLButtonElement {
  const el = h('button', { type: 'button', id: opts.id, class: opts.primary ? 'primary' : 'secondary', disabled: opts.disabled, title: opts.title, 'aria-keyshortcuts': opts.keys },
    opts.icon ? icon(opts.icon) : null, h('span', {}, label));
  el.addEventListener('click', opts.onClick);
  return el;
}

/** A labelled input for `field`, with the place below it where a refusal or a hint about it appears (fieldNotes.ts). */
export function textField(field: DraftField, opts: { id: string; label: string; multiline?: boolean; rows?: number; type?: string; placeholder?: string; maxLength: number }): HTMLElement {
  const common = { id: opts.id, placeholder: opts.placeholder, maxlength: String(opts.maxLength), 'data-field': field, 'aria-describedby': noteId(field) };
  const control = opts.multiline
    ? h('textarea', { ...common, rows: String(opts.rows ?? 6), spellcheck: 'true' })
    : h('input', { ...common, type: opts.type ?? 'text' });
  control.value = fieldValue(field);
  const note = page.view ? noteFor(field, control.value, page.view, t) : null;
  if (note?.kind === 'error') control.setAttribute('aria-invalid', 'true');
  control.addEventListener('input', () => {
    inputChanged(field);
    edit(field, control.value);
    if (page.view) showNote(field, control.value, page.view, t);
  });
  return h('div', { class: 'field' }, h('label', { for: opts.id }, opts.label), control,
    h('p', { id: noteId(field), class: `field-note ${note?.kind ?? ''}`.trim(), 'aria-live': 'polite' }, note?.text ?? ''));
}

/** The step's error: one about no input in particular (an error about an input stands next to it). */
export function errorBox(): HTMLElement | null {
  const error = generalRefusal() ?? (page.view?.errorField ? null : page.view?.error);
  return error ? h('div', { class: 'error', role: 'alert', id: 'error' }, icon('error'), h('span', {}, error)) : null;
}

export function acknowledgment(): HTMLElement | null {
  return page.view?.acknowledgment ? h('blockquote', { class: 'ack', id: 'ack' }, page.view.acknowledgment) : null;
}

/**
 * The progress track (focus, then goal → reality → options → will), `current` highlighted.
 * A stage behind the person carries a check mark, so "done" never rests on a colour alone.
 */
export function stageTrack(track: readonly TrackStage[], current: TrackStage | 'done'): HTMLElement {
  const at = current === 'done' ? track.length : track.indexOf(current);
  return h('ol', { class: 'stages', 'aria-label': t('stagesLabel') },
    ...track.map((stage, i) => h('li', { class: i < at ? 'done' : i === at ? 'current' : '', 'aria-current': i === at ? 'step' : undefined },
      i < at ? icon('check') : null, t(`stage.${stage}`))));
}

/** The keys of the step; with `more`, also those of "And what else?". */
export function keyHint(more = false): HTMLElement {
  return h('p', { class: 'key-hint' }, more ? t('keyHintMore', submitKeys(), submitKeys(true)) : t('keyHint', submitKeys()));
}

/** The keys that submit a step, as this platform writes them; with `more`, those that also ask "And what else?". */
export function submitKeys(more = false): string {
  return `${isMac ? '⌘' : 'Ctrl'}+${more ? 'Shift+' : ''}Enter`;
}

/** Puts `node` where the placeholder stood in a localised sentence, keeping the rest as text. */
export function splitAround(text: string, node: Node): Array<string | Node> {
  const [before, after = ''] = text.split('\u0000');
  return [before, node, after];
}
