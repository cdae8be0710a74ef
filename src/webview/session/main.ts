/**
 * The coaching panel's app. It draws the view the host sends and reports what the person
 * does; the host owns the session. Half-written text is mirrored to the host (debounced)
 * and to the webview state, so neither closing the panel nor reloading the window loses it.
 */
import { FRICTION_KINDS, VISIBILITIES, type FrictionKind, type GrowStage } from '../../core/model/reflection';
import {
  KIND_CHOICES,
  isHostMessage,
  type DraftField,
  type KindChoice,
  type SessionView,
  type StringKey,
  type WebviewMessage,
  type WebviewStrings,
} from './protocol';
import { format, h, icon } from './dom';
import { vscodeApi } from './vscodeApi';

type Fields = Record<DraftField, string>;
interface PageState {
  inputKey: string;
  fields: Fields;
}

const api = vscodeApi<PageState>();
const app = document.getElementById('app') as HTMLElement;
const DRAFT_DELAY_MS = 250;
const KIND_ICONS: Record<KindChoice, string> = {
  technical: 'tools',
  procedural: 'checklist',
  cultural: 'organization',
  personal: 'person',
  unsure: 'question',
};
const STAGES: readonly GrowStage[] = ['goal', 'reality', 'options', 'will'];
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

let strings: WebviewStrings | undefined;
let view: SessionView | undefined;
/** What the person has typed for the current inputKey; the source of truth while typing. */
let fields: Fields = { answer: '', actionText: '', actionOwner: '', actionDue: '' };
let fieldsKey = '';
const pending = new Map<DraftField, ReturnType<typeof setTimeout>>();

function send(message: WebviewMessage): void {
  api.postMessage(message);
}

function t(key: StringKey, ...values: Array<string | number>): string {
  return format(strings?.[key] ?? key, ...values);
}

// ------------------------------------------------------------------ drafts

function remember(): void {
  api.setState({ inputKey: fieldsKey, fields });
}

function edit(field: DraftField, value: string): void {
  fields = { ...fields, [field]: value };
  remember();
  clearTimeout(pending.get(field));
  pending.set(field, setTimeout(() => {
    pending.delete(field);
    send({ type: 'draft', field, value });
  }, DRAFT_DELAY_MS));
}

/** Sends every pending draft now (before the page may go away, or before moving on). */
function flush(): void {
  for (const [field, timer] of pending) {
    clearTimeout(timer);
    send({ type: 'draft', field, value: fields[field] });
  }
  pending.clear();
}

/** Takes the view's inputs when it moved to a new step; keeps what is being typed otherwise. */
function syncFields(next: SessionView): void {
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

// ------------------------------------------------------------------ controls

function button(label: string, opts: { id: string; primary?: boolean; icon?: string; disabled?: boolean; onClick: () => void }): HTMLButtonElement {
  const el = h('button', { type: 'button', id: opts.id, class: opts.primary ? 'primary' : 'secondary', disabled: opts.disabled },
    opts.icon ? icon(opts.icon) : null, h('span', {}, label));
  el.addEventListener('click', opts.onClick);
  return el;
}

function textField(field: DraftField, opts: { id: string; label: string; multiline?: boolean; type?: string; placeholder?: string; maxLength: number }): HTMLElement {
  const control = opts.multiline
    ? h('textarea', { id: opts.id, rows: '6', placeholder: opts.placeholder, maxlength: String(opts.maxLength), spellcheck: 'true' })
    : h('input', { id: opts.id, type: opts.type ?? 'text', placeholder: opts.placeholder, maxlength: String(opts.maxLength) });
  control.value = fields[field];
  control.addEventListener('input', () => edit(field, control.value));
  return h('div', { class: 'field' }, h('label', { for: opts.id }, opts.label), control);
}

function errorBox(): HTMLElement | null {
  return view?.error ? h('div', { class: 'error', role: 'alert', id: 'error' }, icon('error'), h('span', {}, view.error)) : null;
}

function acknowledgment(): HTMLElement | null {
  return view?.acknowledgment ? h('blockquote', { class: 'ack', id: 'ack' }, view.acknowledgment) : null;
}

function stageTrack(current: GrowStage | 'done'): HTMLElement {
  const at = current === 'done' ? STAGES.length : STAGES.indexOf(current);
  return h('ol', { class: 'stages', 'aria-label': 'GROW' },
    ...STAGES.map((stage, i) => h('li', { class: i < at ? 'done' : i === at ? 'current' : '', 'aria-current': i === at ? 'step' : undefined }, t(`stage.${stage}`))));
}

// ------------------------------------------------------------------ steps

function kindStep(v: SessionView): HTMLElement[] {
  const choices = KIND_CHOICES.map((kind, i) => {
    const el = h('button', { type: 'button', class: 'choice', id: `kind-${kind}`, 'aria-keyshortcuts': String(i + 1) },
      icon(KIND_ICONS[kind]),
      h('span', { class: 'choice-text' }, h('strong', {}, t(`kind.${kind}`)), h('small', {}, t(`kindHint.${kind}`))),
      h('kbd', { 'aria-hidden': 'true' }, String(i + 1)));
    el.addEventListener('click', () => send({ type: 'chooseKind', kind }));
    return el;
  });
  void v;
  return [h('h2', { id: 'prompt' }, t('kindPrompt')), h('p', { class: 'hint' }, t('kindHint')), h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'prompt' }, ...choices)];
}

function questionStep(v: SessionView): HTMLElement[] {
  const q = v.question;
  if (!q) return [];
  return [
    stageTrack(q.stage),
    ...[acknowledgment()].filter((x): x is HTMLElement => !!x),
    h('p', { class: 'progress', id: 'progress' }, t('progress', q.number, q.total)),
    h('h2', { id: 'question' }, q.text),
    textField('answer', { id: 'answer', label: t('answerLabel'), multiline: true, placeholder: t('answerPlaceholder'), maxLength: 10_000 }),
    h('div', { class: 'buttons' },
      v.canGoBack ? button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => { flush(); send({ type: 'back' }); } }) : null,
      h('span', { class: 'spacer' }),
      button(t('skip'), { id: 'skip', onClick: () => { flush(); send({ type: 'skip' }); } }),
      button(t('continue'), { id: 'continue', primary: true, onClick: submit })),
    keyHint(),
  ];
}

function actionStep(v: SessionView): HTMLElement[] {
  return [
    stageTrack('done'),
    ...[acknowledgment()].filter((x): x is HTMLElement => !!x),
    h('h2', { id: 'prompt' }, t('actionPrompt')),
    h('p', { class: 'hint' }, t('actionHint')),
    textField('actionText', { id: 'action-text', label: t('actionText'), multiline: true, maxLength: 1000 }),
    h('div', { class: 'row' },
      textField('actionOwner', { id: 'action-owner', label: t('actionOwner'), placeholder: t('actionOwnerPlaceholder'), maxLength: 200 }),
      textField('actionDue', { id: 'action-due', label: t('actionDue'), type: 'date', maxLength: 10 })),
    h('div', { class: 'buttons' },
      v.canGoBack ? button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => { flush(); send({ type: 'back' }); } }) : null,
      h('span', { class: 'spacer' }),
      button(t('skipAction'), { id: 'skip-action', onClick: () => { flush(); send({ type: 'skipAction' }); } }),
      button(t('reviewNext'), { id: 'continue', primary: true, onClick: submit })),
    keyHint(),
  ];
}

function reviewStep(v: SessionView): HTMLElement[] {
  const exchanges = h('dl', { class: 'exchanges' }, ...v.exchanges.flatMap((e) => [h('dt', {}, e.question), h('dd', {}, e.answer)]));
  const next = v.actionSkipped || !v.action.text
    ? h('p', { class: 'hint', id: 'next-step' }, t('reviewNoAction'))
    : h('div', { class: 'next-step', id: 'next-step' },
        h('strong', {}, `${t('nextStepLabel')}: `), h('span', {}, v.action.text),
        v.action.owner ? h('span', { class: 'meta' }, ` · ${t('ownerLabel')}: ${v.action.owner}`) : null,
        v.action.due ? h('span', { class: 'meta' }, ` · ${t('dueLabel')}: ${v.action.due}`) : null);

  const visibility = h('fieldset', { id: 'visibility' }, h('legend', {}, t('visibilityLegend')),
    ...VISIBILITIES.map((value) => {
      const input = h('input', { type: 'radio', name: 'visibility', id: `visibility-${value}`, value, checked: v.visibility === value });
      input.addEventListener('change', () => send({ type: 'setVisibility', visibility: value }));
      return h('label', { class: 'option', for: `visibility-${value}` }, input,
        h('span', {}, h('strong', {}, t(`visibility.${value}`)), h('small', {}, t(`visibilityHint.${value}`))));
    }));

  const friction = h('fieldset', { id: 'friction' }, h('legend', {}, t('frictionLegend')),
    h('div', { class: 'tags' }, ...FRICTION_KINDS.map((kind) => {
      const input = h('input', { type: 'checkbox', id: `friction-${kind}`, value: kind, checked: v.friction.includes(kind) });
      input.addEventListener('change', () => {
        const chosen = FRICTION_KINDS.filter((k) => (document.getElementById(`friction-${k}`) as HTMLInputElement | null)?.checked) as FrictionKind[];
        send({ type: 'setFriction', friction: chosen });
      });
      return h('label', { class: 'tag', for: `friction-${kind}` }, input, h('span', {}, t(`kind.${kind}`)));
    })));

  return [
    stageTrack('done'),
    h('h2', { id: 'prompt' }, t('reviewTitle')),
    exchanges,
    next,
    visibility,
    friction,
    h('div', { class: 'buttons' },
      button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => send({ type: 'back' }) }),
      button(t('discard'), { id: 'discard', icon: 'trash', onClick: () => send({ type: 'discard' }) }),
      h('span', { class: 'spacer' }),
      button(v.saving ? t('saving') : t('save'), { id: 'save', primary: true, icon: 'save', disabled: v.saving, onClick: submit })),
    keyHint(),
  ];
}

function savedStep(v: SessionView): HTMLElement[] {
  return [
    h('div', { class: 'saved', id: 'saved' }, icon('pass-filled'), h('h2', {}, t('savedTitle'))),
    h('p', {}, ...splitAround(t('savedAt', '\u0000'), h('code', { id: 'saved-path' }, v.savedPath ?? ''))),
    h('div', { class: 'buttons' },
      button(t('openFile'), { id: 'open-file', icon: 'go-to-file', onClick: () => send({ type: 'openFile' }) }),
      button(t('startAnother'), { id: 'start-another', primary: true, icon: 'add', onClick: () => send({ type: 'startAnother' }) })),
  ];
}

/** Puts `node` where the placeholder stood in a localised sentence, keeping the rest as text. */
function splitAround(text: string, node: Node): Array<string | Node> {
  const [before, after = ''] = text.split('\u0000');
  return [before, node, after];
}

function keyHint(): HTMLElement {
  return h('p', { class: 'key-hint' }, t('keyHint', isMac ? '⌘+Enter' : 'Ctrl+Enter'));
}

/** The step's main action: what Ctrl/Cmd+Enter and the primary button do. */
function submit(): void {
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

// ------------------------------------------------------------------ render

function render(): void {
  if (!view || !strings) return;
  const v = view;
  const focused = document.activeElement instanceof HTMLElement && app.contains(document.activeElement) ? document.activeElement : null;
  const focusId = focused?.id;
  const selection = focused instanceof HTMLTextAreaElement || (focused instanceof HTMLInputElement && focused.type === 'text')
    ? [focused.selectionStart, focused.selectionEnd] as const : null;
  const sameStep = app.dataset.inputKey === v.inputKey;

  const body = { kind: kindStep, question: questionStep, action: actionStep, review: reviewStep, saved: savedStep }[v.step](v);
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
  const id = { kind: `kind-${v.kind ?? 'technical'}`, question: 'answer', action: 'action-text', review: 'save', saved: 'start-another' }[v.step];
  return document.getElementById(id);
}

// ------------------------------------------------------------------ wiring

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isHostMessage(message)) {
    console.warn('Retro Coach: ignored a malformed message from the extension');
    return;
  }
  if (message.type === 'init') strings = message.strings;
  else {
    syncFields(message.view);
    view = message.view;
  }
  render();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submit();
    return;
  }
  // Escape never throws work away: it only leaves the field, the draft stays as it is.
  if (event.key === 'Escape') {
    flush();
    return;
  }
  if (view?.step === 'kind' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const kind = KIND_CHOICES[Number(event.key) - 1];
    if (kind) send({ type: 'chooseKind', kind });
  }
});

// The page goes away when the panel is closed or hidden: send what is still pending.
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

send({ type: 'ready' });
