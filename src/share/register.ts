import * as vscode from 'vscode';
import { NEUTRAL_IDENTITY, identityProblem, pendingAnonymous, shareAnonymous, type GitIdentity } from '../core/git/share';
import type { HostServices } from '../host/services';
import { pickFolder } from '../host/folders';
import { setting } from '../host/settings';
import { requireTrust } from '../host/trust';
import { SETTINGS } from '../settings';
import { COMMANDS } from '../commands';
import { errorMessage } from '../core/util/errors';
import { MessageError } from '../core/util/message';
import { localize } from '../host/l10n';

function identity(folder: vscode.Uri): GitIdentity {
  const name = setting(SETTINGS.anonymousName, '', folder).trim();
  const email = setting(SETTINGS.anonymousEmail, '', folder).trim();
  return { name: name || NEUTRAL_IDENTITY.name, email: email || NEUTRAL_IDENTITY.email };
}

/**
 * Coach: Share Anonymous Reflections — commits the pending anonymous files, several at once,
 * under a neutral identity and dated to the day, after saying plainly what that protects.
 */
async function shareCommand(services: HostServices): Promise<void> {
  if (!requireTrust('git', vscode.l10n.t('Share Anonymous Reflections'))) return;
  const folder = await pickFolder();
  if (!folder || folder.uri.scheme !== 'file') return;
  let pending: string[];
  try {
    pending = await pendingAnonymous(folder.uri.fsPath);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read git status in {0}: {1}', folder.name, errorMessage(err)));
    return;
  }
  if (!pending.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No anonymous reflections are waiting to be shared in {0}.', folder.name));
    return;
  }
  const picks = await vscode.window.showQuickPick(pending.map((file) => ({ label: file.split('/').pop() ?? file, description: file, picked: true, file })), {
    canPickMany: true,
    title: vscode.l10n.t('Share anonymous reflections'),
    placeHolder: vscode.l10n.t('Sharing several at once makes each harder to attribute'),
  });
  if (!picks?.length) return;
  const who = identity(folder.uri);
  const problem = identityProblem(who);
  if (problem) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was shared: {0}', localize(problem)));
    return;
  }
  const share = vscode.l10n.t('Commit Anonymously');
  const choice = await vscode.window.showWarningMessage(
    picks.length === 1 ? vscode.l10n.t('Commit 1 anonymous reflection as “{0}”?', who.name) : vscode.l10n.t('Commit {0} anonymous reflections as “{1}”?', picks.length, who.name),
    {
      modal: true,
      detail: vscode.l10n.t('The commit will name {0} <{1}>, carry today’s date without a time, and not be signed; no git hook of this repository runs. Nothing else you have staged is included. It cannot hide who pushes it, and in a very small team the content itself may point at you.', who.name, who.email),
    },
    share,
  );
  if (choice !== share) return;
  try {
    const hash = await shareAnonymous(folder.uri.fsPath, picks.map((p) => p.file), who, services.today());
    void vscode.window.showInformationMessage(picks.length === 1
      ? vscode.l10n.t('Committed 1 anonymous reflection as {0} ({1}). Push it when you are ready.', who.name, hash.slice(0, 8))
      : vscode.l10n.t('Committed {0} anonymous reflections as {1} ({2}). Push them when you are ready.', picks.length, who.name, hash.slice(0, 8)));
  } catch (err) {
    void vscode.window.showErrorMessage(err instanceof MessageError ? localize(err.text) : errorMessage(err));
  }
}

export function register(context: vscode.ExtensionContext, services: HostServices): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.shareAnonymous.id, () => shareCommand(services)));
}
