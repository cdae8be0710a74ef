import * as vscode from 'vscode';
import type { FrictionKind, GrowStage } from '../core/model/reflection';

/**
 * The names people read for the model's fixed vocabularies (FRICTION_KINDS, GROW_STAGES),
 * one table each, so every surface and both webview apps say the same word and a translation
 * has one place to change. Built on each call, in the display language; each English text is
 * a literal `t('…')` so the l10n tooling finds it.
 */
export function frictionLabels(): Readonly<Record<FrictionKind, string>> {
  const t = vscode.l10n.t;
  return { technical: t('Technical'), procedural: t('Procedural'), cultural: t('Cultural'), personal: t('Personal') };
}

export function stageLabels(): Readonly<Record<GrowStage, string>> {
  const t = vscode.l10n.t;
  return { goal: t('Goal'), reality: t('Reality'), options: t('Options'), will: t('Will') };
}

/** A table's labels keyed as the webview string tables name them: keyed('kind.', labels) gives `kind.technical`, … */
export function keyed<P extends string, K extends string>(prefix: P, labels: Readonly<Record<K, string>>): Record<`${P}${K}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [`${prefix}${key}`, label])) as Record<`${P}${K}`, string>;
}
