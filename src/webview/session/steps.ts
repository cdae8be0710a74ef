/** The coaching panel's steps, each drawn from the view the host sent. */
import { FRICTION_KINDS, VISIBILITIES, type FrictionKind } from '../../core/model/reflection';
import { DRAFT_LIMITS, KIND_CHOICES, type KindChoice, type SessionView } from './protocol';
import { flush, send, submit, submitMore, t } from './page';
import { acknowledgment, button, keyHint, splitAround, stageTrack, submitKeys, textField } from './controls';
import { h, icon } from '../shared/dom';

const KIND_ICONS: Record<KindChoice, string> = {
  technical: 'tools',
  procedural: 'checklist',
  cultural: 'organization',
  personal: 'person',
  unsure: 'question',
};

const backButton = (v: SessionView): HTMLElement | null =>
  v.canGoBack ? button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => { flush(); send({ type: 'back' }); } }) : null;
const ack = (): HTMLElement[] => [acknowledgment()].filter((x): x is HTMLElement => !!x);

/** One kind as a big button; `key` is its number-key shortcut, `suggested` marks the coach's guess. */
function kindChoice(kind: KindChoice, key: number, suggested = false): HTMLElement {
  const el = h('button', { type: 'button', class: suggested ? 'choice suggested' : 'choice', id: `kind-${kind}`, 'aria-keyshortcuts': String(key) },
    icon(KIND_ICONS[kind]),
    h('span', { class: 'choice-text' },
      h('strong', {}, t(`kind.${kind}`), suggested ? h('span', { class: 'badge', id: 'guessed' }, t('guessed')) : null),
      h('small', {}, t(`kindHint.${kind}`))),
    h('kbd', { 'aria-hidden': 'true' }, String(key)));
  el.addEventListener('click', () => send({ type: 'chooseKind', kind }));
  return el;
}

export function kindStep(): HTMLElement[] {
  const choices = KIND_CHOICES.map((kind, i) => kindChoice(kind, i + 1));
  return [h('h2', { id: 'prompt' }, t('kindPrompt')), h('p', { class: 'hint' }, t('kindHint')), h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'prompt' }, ...choices)];
}

/** After the focus answer of a "not sure yet" session: the guessed kind, which the person can change. */
export function confirmKindStep(v: SessionView): HTMLElement[] {
  const choices = FRICTION_KINDS.map((kind, i) => kindChoice(kind, i + 1, kind === v.guess));
  return [
    stageTrack(v.track, 'goal'),
    ...ack(),
    h('h2', { id: 'prompt' }, v.guess ? t('guessPrompt', t(`kind.${v.guess}`)) : t('guessNone')),
    h('p', { class: 'hint' }, t('guessHint')),
    h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'prompt' }, ...choices),
    h('div', { class: 'buttons' }, backButton(v)),
  ];
}

export function questionStep(v: SessionView): HTMLElement[] {
  const q = v.question;
  if (!q) return [];
  return [
    stageTrack(v.track, q.stage),
    ...ack(),
    h('p', { class: 'progress', id: 'progress' }, t(q.extra ? 'progressExtra' : 'progress', q.number, q.total)),
    h('h2', { id: 'question' }, q.text),
    described(textField('answer', { id: 'answer', label: t('answerLabel'), multiline: true, placeholder: t('answerPlaceholder'), maxLength: DRAFT_LIMITS.answer }), 'progress question'),
    h('div', { class: 'buttons' },
      backButton(v),
      h('span', { class: 'spacer' }),
      button(t('skip'), { id: 'skip', onClick: () => { flush(); send({ type: 'skip' }); } }),
      v.canAskMore ? button(t('whatElse'), { id: 'what-else', icon: 'add', title: t('whatElseHint', submitKeys(true)), keys: submitKeys(true), onClick: submitMore }) : null,
      button(t('continue'), { id: 'continue', primary: true, onClick: submit })),
    keyHint(v.canAskMore),
  ];
}

/** The field's control, described by the elements `ids` names: a screen reader hears the question with the answer box. */
function described(field: HTMLElement, ids: string): HTMLElement {
  const control = field.querySelector('textarea, input');
  // Added to what already describes it (the note below the field), never in its place.
  control?.setAttribute('aria-describedby', [ids, control.getAttribute('aria-describedby')].filter(Boolean).join(' '));
  return field;
}

export function actionStep(v: SessionView): HTMLElement[] {
  return [
    stageTrack(v.track, 'done'),
    ...ack(),
    h('h2', { id: 'prompt' }, t('actionPrompt')),
    h('p', { class: 'hint' }, t('actionHint')),
    textField('actionText', { id: 'action-text', label: t('actionText'), multiline: true, maxLength: DRAFT_LIMITS.actionText }),
    v.actionSuggested ? h('p', { class: 'hint', id: 'action-suggested' }, icon('quote'), ' ', t('actionFromAnswer')) : null,
    h('div', { class: 'row' },
      textField('actionOwner', { id: 'action-owner', label: t('actionOwner'), placeholder: t('actionOwnerPlaceholder'), maxLength: DRAFT_LIMITS.actionOwner }),
      textField('actionDue', { id: 'action-due', label: t('actionDue'), type: 'date', maxLength: DRAFT_LIMITS.actionDue })),
    h('div', { class: 'buttons' },
      backButton(v),
      h('span', { class: 'spacer' }),
      button(t('skipAction'), { id: 'skip-action', onClick: () => { flush(); send({ type: 'skipAction' }); } }),
      button(t('reviewNext'), { id: 'continue', primary: true, onClick: submit })),
    keyHint(),
  ].filter((x): x is HTMLElement => !!x);
}

export function reviewStep(v: SessionView): HTMLElement[] {
  const exchanges = h('dl', { class: 'exchanges' }, ...v.exchanges.flatMap((e) => [h('dt', {}, e.question), h('dd', {}, e.answer)]));
  return [
    stageTrack(v.track, 'done'),
    h('h2', { id: 'prompt' }, t('reviewTitle')),
    exchanges,
    reviewedNextStep(v),
    ...learningField(v),
    visibilityChoice(v),
    frictionTags(v),
    h('div', { class: 'buttons' },
      button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => { flush(); send({ type: 'back' }); } }),
      button(t('discard'), { id: 'discard', icon: 'trash', onClick: () => send({ type: 'discard' }) }),
      h('span', { class: 'spacer' }),
      button(v.saving ? t('saving') : t('save'), { id: 'save', primary: true, icon: 'save', disabled: v.saving, onClick: submit })),
    keyHint(),
  ];
}

function reviewedNextStep(v: SessionView): HTMLElement {
  return v.actionSkipped || !v.action.text
    ? h('p', { class: 'hint', id: 'next-step' }, t('reviewNoAction'))
    : h('div', { class: 'next-step', id: 'next-step' },
        h('strong', {}, `${t('nextStepLabel')}: `), h('span', {}, v.action.text),
        v.action.owner ? h('span', { class: 'meta' }, ` · ${t('ownerLabel')}: ${v.action.owner}`) : null,
        v.action.due ? h('span', { class: 'meta' }, ` · ${t('dueLabel')}: ${v.action.due}`) : null);
}

/** The optional learning question before saving: its answer is saved as one more exchange. */
function learningField(v: SessionView): HTMLElement[] {
  if (!v.learning) return [];
  return [h('div', { class: 'learning', id: 'learning' },
    textField('learning', { id: 'learning-answer', label: v.learning.question, multiline: true, rows: 3, maxLength: DRAFT_LIMITS.learning }),
    h('p', { class: 'hint' }, t('learningLabel')))];
}

function visibilityChoice(v: SessionView): HTMLElement {
  return h('fieldset', { id: 'visibility' }, h('legend', {}, t('visibilityLegend')),
    v.privateOffered ? h('p', { class: 'private-offer', id: 'private-offer' }, icon('lock'), h('span', {}, t('privateOffered'))) : null,
    ...VISIBILITIES.map((value) => {
      const input = h('input', { type: 'radio', name: 'visibility', id: `visibility-${value}`, value, checked: v.visibility === value });
      input.addEventListener('change', () => send({ type: 'setVisibility', visibility: value }));
      return h('label', { class: 'option', for: `visibility-${value}` }, input,
        h('span', {}, h('strong', {}, t(`visibility.${value}`)), h('small', {}, t(`visibilityHint.${value}`))));
    }));
}

function frictionTags(v: SessionView): HTMLElement {
  return h('fieldset', { id: 'friction' }, h('legend', {}, t('frictionLegend')),
    h('div', { class: 'tags' }, ...FRICTION_KINDS.map((kind) => {
      const input = h('input', { type: 'checkbox', id: `friction-${kind}`, value: kind, checked: v.friction.includes(kind) });
      input.addEventListener('change', () => {
        const chosen = FRICTION_KINDS.filter((k) => (document.getElementById(`friction-${k}`) as HTMLInputElement | null)?.checked) as FrictionKind[];
        send({ type: 'setFriction', friction: chosen });
      });
      return h('label', { class: 'tag', for: `friction-${kind}` }, input, h('span', {}, t(`kind.${kind}`)));
    })));
}

export function savedStep(v: SessionView): HTMLElement[] {
  return [
    h('div', { class: 'saved', id: 'saved' }, icon('pass-filled'), h('h2', {}, t('savedTitle'))),
    h('p', {}, ...splitAround(t('savedAt', '\u0000'), h('code', { id: 'saved-path' }, v.savedPath ?? ''))),
    h('div', { class: 'buttons' },
      button(t('openFile'), { id: 'open-file', icon: 'go-to-file', onClick: () => send({ type: 'openFile' }) }),
      button(t('startAnother'), { id: 'start-another', primary: true, icon: 'add', onClick: () => send({ type: 'startAnother' }) })),
  ];
}
