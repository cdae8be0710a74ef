/**
 * Restricted Mode. In a folder the person has not trusted, Retro Coach reads reflections and
 * shows them (tree views, Team Review, export) but runs no git and reads none of the team's
 * settings files: both would let a downloaded folder steer what Retro Coach does. Every
 * feature that is off asks `workspaceTrusted()` here, and says why when it is invoked.
 */
import * as vscode from 'vscode';

/** Whether the person trusts this workspace: the one check behind everything Restricted Mode turns off. */
export function workspaceTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** What a person is told when a feature is off in Restricted Mode: what, why, and what to do. */
export function untrustedMessage(feature: 'save' | 'capture' | 'git', name = ''): string {
  const t = vscode.l10n.t;
  switch (feature) {
    case 'save':
      return t('Retro Coach saves reflections only in a trusted folder: saving runs git (for your name, and to check that private reflections stay out of git). Trust this folder, then save again. Your answers are kept.');
    case 'capture':
      return t('{0} saves a reflection, which runs git; Retro Coach runs no git in Restricted Mode. Trust this folder to use it.', name);
    case 'git':
      return t('{0} runs git, which Retro Coach does not do in Restricted Mode. Trust this folder to use it.', name);
  }
}

/**
 * For a command that needs trust: true when the workspace is trusted; otherwise shows why the
 * feature is off, with a button to manage workspace trust, and returns false.
 */
export function requireTrust(feature: 'capture' | 'git', name: string): boolean {
  if (workspaceTrusted()) return true;
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(untrustedMessage(feature, name), manage).then((choice) => {
    if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}
