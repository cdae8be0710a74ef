import * as vscode from 'vscode';
import type { FrictionKind } from '../core/model/reflection';

/** Localised names of the friction kinds, as the panel shows them. */
export function kindLabel(kind: FrictionKind): string {
  switch (kind) {
    case 'technical': return vscode.l10n.t('Technical');
    case 'procedural': return vscode.l10n.t('Procedural');
    case 'cultural': return vscode.l10n.t('Cultural');
    case 'personal': return vscode.l10n.t('Personal');
  }
}
