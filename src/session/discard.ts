import * as vscode from 'vscode';
import { writtenAnswers } from '../core/coach/session';
import type { DraftStore } from './draftStore';
import { SessionPanel } from './sessionPanel';

/**
 * The discard-draft command: after a modal confirmation that says how many written answers
 * go and whose default is to keep them, the draft is deleted (an open panel starts over). A draft with nothing asked yet goes
 * without asking.
 */
export async function discardDraft(drafts: DraftStore): Promise<void> {
  const draft = drafts.load();
  if (!draft || draft.state.step === 'kind') {
    if (SessionPanel.active) await SessionPanel.active.restart();
    else void vscode.window.showInformationMessage(vscode.l10n.t('There is no reflection draft to discard.'));
    return;
  }
  const keep: vscode.MessageItem = { title: vscode.l10n.t('Keep Draft') };
  const discard: vscode.MessageItem = { title: vscode.l10n.t('Discard') };
  const answered = writtenAnswers(draft.state);
  // The first button is the dialog's default, the one Enter presses: it keeps the draft, so a
  // reflex Enter loses nothing. Escape and Cancel keep it too; only Discard deletes.
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Discard this reflection draft?'),
    {
      modal: true,
      detail: answered === 1
        ? vscode.l10n.t('1 written answer will be deleted. This cannot be undone.')
        : vscode.l10n.t('{0} written answers will be deleted. This cannot be undone.', answered),
    },
    keep,
    discard,
  );
  if (choice !== discard) return;
  if (SessionPanel.active) await SessionPanel.active.restart();
  else await drafts.clear();
}
