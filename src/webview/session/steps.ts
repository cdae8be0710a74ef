/** The coaching panel's five steps, each drawn from the view the host sent. */
import { FRICTION_KINDS, VISIBILITIES, type FrictionKind } from '../../core/model/reflection';
import { KIND_CHOICES, type KindChoice, type SessionView } from './protocol';
import { flush, send, submit, t } from './page';
import { acknowledgment, button, keyHint, splitAround, stageTrack, textField } from './controls';
import { h, icon } from '../shared/dom';

const KIND_ICONS: Record<KindChoice, string> = {
  technical: 'tools',
  procedural: 'checklist',
  cultural: 'organization',
  personal: 'person',
  unsure: 'question',
};

export function kindStep(): HTMLElement[] {
  const choices = KIND_CHOICES.map((kind, i) => {
    const el = h('button', { type: 'button', class: 'choice', id: `kind-${kind}`, 'aria-keyshortcuts': String(i + 1) },
      icon(KIND_ICONS[kind]),
      h('span', { class: 'choice-text' }, h('strong', {}, t(`kind.${kind}`)), h('small', {}, t(`kindHint.${kind}`))),
      h('kbd', { 'aria-hidden': 'true' }, String(i + 1)));
    el.addEventListener('click', () => send({ type: 'chooseKind', kind }));
    return el;
  });
  return [h('h2', { id: 'prompt' }, t('kindPrompt')), h('p', { class: 'hint' }, t('kindHint')), h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'prompt' }, ...choices)];
}

export function questionStep(v: SessionView): HTMLElement[] {
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

export function actionStep(v: SessionView): HTMLElement[] {
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

export function reviewStep(v: SessionView): HTMLElement[] {
  const exchanges = h('dl', { class: 'exchanges' }, ...v.exchanges.flatMap((e) => [h('dt', {}, e.question), h('dd', {}, e.answer)]));
  return [
    stageTrack('done'),
    h('h2', { id: 'prompt' }, t('reviewTitle')),
    exchanges,
    reviewedNextStep(v),
    visibilityChoice(v),
    frictionTags(v),
    h('div', { class: 'buttons' },
      button(t('back'), { id: 'back', icon: 'arrow-left', onClick: () => send({ type: 'back' }) }),
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

function visibilityChoice(v: SessionView): HTMLElement {
  return h('fieldset', { id: 'visibility' }, h('legend', {}, t('visibilityLegend')),
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
