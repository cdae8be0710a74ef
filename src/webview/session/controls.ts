/** The building blocks the coaching panel's steps share: buttons, text fields, the GROW track. */
import { GROW_STAGES, type GrowStage } from '../../core/model/reflection';
import type { DraftField } from './protocol';
import { edit, fieldValue, page, t } from './page';
import { h, icon } from '../shared/dom';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function button(label: string, opts: { id: string; primary?: boolean; icon?: string; disabled?: boolean; onClick: () => void }): HTMLButtonElement {
  const el = h('button', { type: 'button', id: opts.id, class: opts.primary ? 'primary' : 'secondary', disabled: opts.disabled },
    opts.icon ? icon(opts.icon) : null, h('span', {}, label));
  el.addEventListener('click', opts.onClick);
  return el;
}

export function textField(field: DraftField, opts: { id: string; label: string; multiline?: boolean; type?: string; placeholder?: string; maxLength: number }): HTMLElement {
  const control = opts.multiline
    ? h('textarea', { id: opts.id, rows: '6', placeholder: opts.placeholder, maxlength: String(opts.maxLength), spellcheck: 'true' })
    : h('input', { id: opts.id, type: opts.type ?? 'text', placeholder: opts.placeholder, maxlength: String(opts.maxLength) });
  control.value = fieldValue(field);
  control.addEventListener('input', () => edit(field, control.value));
  return h('div', { class: 'field' }, h('label', { for: opts.id }, opts.label), control);
}

export function errorBox(): HTMLElement | null {
  return page.view?.error ? h('div', { class: 'error', role: 'alert', id: 'error' }, icon('error'), h('span', {}, page.view.error)) : null;
}

export function acknowledgment(): HTMLElement | null {
  return page.view?.acknowledgment ? h('blockquote', { class: 'ack', id: 'ack' }, page.view.acknowledgment) : null;
}

export function stageTrack(current: GrowStage | 'done'): HTMLElement {
  const at = current === 'done' ? GROW_STAGES.length : GROW_STAGES.indexOf(current);
  return h('ol', { class: 'stages', 'aria-label': 'GROW' },
    ...GROW_STAGES.map((stage, i) => h('li', { class: i < at ? 'done' : i === at ? 'current' : '', 'aria-current': i === at ? 'step' : undefined }, t(`stage.${stage}`))));
}

export function keyHint(): HTMLElement {
  return h('p', { class: 'key-hint' }, t('keyHint', isMac ? '⌘+Enter' : 'Ctrl+Enter'));
}

/** Puts `node` where the placeholder stood in a localised sentence, keeping the rest as text. */
export function splitAround(text: string, node: Node): Array<string | Node> {
  const [before, after = ''] = text.split('\u0000');
  return [before, node, after];
}
