import * as vscode from 'vscode';
import type { FrictionSignal } from './signal';

/**
 * The first half of a prompt: what Retro Coach noticed, in a few plain words. It is the only
 * lead-in: the opening question that follows does not say it again (see promptText).
 */
export function describeSignal(signal: FrictionSignal): string {
  const detail = signal.detail ?? '';
  switch (signal.kind) {
    case 'task-failed': return vscode.l10n.t('The task “{0}” just failed.', detail);
    case 'long-debug': return vscode.l10n.t('Long debugging session “{0}” ended.', detail);
    case 'commit': return detail ? vscode.l10n.t('New commit on {0}.', detail) : vscode.l10n.t('New commit.');
    case 'branch-switch': return vscode.l10n.t('Branch switched ({0}).', detail);
    case 'end-of-day': return vscode.l10n.t('Your working day is nearly over.');
    case 'gap': return vscode.l10n.t('It has been a while since your last reflection.');
  }
}
