import * as vscode from 'vscode';

/**
 * The folder whose `.coaching/` receives a reflection: the only one, or the one the person
 * picks in a multi-root workspace. With no folder open, says why and offers to open one.
 */
export async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0];
  if (folders.length > 1) {
    return vscode.window.showWorkspaceFolderPick({
      placeHolder: vscode.l10n.t('Which folder should this reflection be saved in?'),
      ignoreFocusOut: true,
    });
  }
  const open = vscode.l10n.t('Open Folder');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t("Retro Coach saves reflections in a repository's .coaching folder. Open a folder first, then start a reflection."),
    open,
  );
  if (choice === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
  return undefined;
}
