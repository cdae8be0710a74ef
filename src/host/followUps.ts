/**
 * Recording what became of an action: a new follow-up file that points back at it. Shared
 * by every surface that offers "Done / Still on it / Dropped" (the tree view, Show Open
 * Actions, asking back before a session).
 */
import * as vscode from 'vscode';
import { followUpReflection } from '../core/model/actionState';
import { LIMITS, type ActionStatus, type Visibility } from '../core/model/reflection';
import { askText } from './quickInput';
import type { HostServices } from './services';
import { saveNewReflection } from './save';
import { defaultVisibility } from './settings';
import type { FolderAction } from './coachingIndex';
import { errorMessage } from '../core/util/errors';

export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case 'done': return vscode.l10n.t('Done');
    case 'open': return vscode.l10n.t('Still on it');
    case 'dropped': return vscode.l10n.t('Dropped');
  }
}

/**
 * A follow-up keeps the privacy of what it follows: a private action's update stays
 * private, an anonymous one's stays anonymous; otherwise the default applies.
 */
function followUpVisibility(fa: FolderAction): Visibility {
  if (fa.action.visibility === 'private' || fa.action.visibility === 'anonymous') return fa.action.visibility;
  return defaultVisibility(fa.folder.uri);
}

/**
 * Records a new status for an action as a new follow-up file (never an edit of the old one),
 * after an optional note on what happened. Resolves to whether a file was written.
 */
export async function recordFollowUp(fa: FolderAction, status: ActionStatus, services: HostServices): Promise<boolean> {
  const note = await askText({
    title: vscode.l10n.t('Follow up: {0}', fa.action.text.slice(0, 80)),
    step: 1,
    totalSteps: 1,
    prompt: vscode.l10n.t('{0}. What happened? (optional: Enter to skip)', statusLabel(status)),
    value: '',
    required: false,
    maxLength: LIMITS.noteChars,
  });
  if (!note.accepted) return false;
  const visibility = followUpVisibility(fa);
  try {
    await saveNewReflection(fa.folder.uri, visibility, (meta) => followUpReflection([{ action: fa.action.id, status, note: note.value }], { ...meta, visibility }), services);
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Follow-up saved: {0} — {1}', fa.action.text.slice(0, 60), statusLabel(status)), 5000);
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(errorMessage(err));
    return false;
  }
}
