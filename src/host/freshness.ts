import * as vscode from 'vscode';
import { COACHING_DIR } from '../core/store/store';
import { eachGitRepository } from './gitRepositories';
import { onDidSaveReflection } from './save';

/**
 * Whether a change at `uri` can change what a `.coaching/` folder holds: it is inside one,
 * or it is a folder that holds a workspace folder's `.coaching/` (a parent renamed or deleted).
 */
export function touchesCoaching(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return false;
  if (uri.path.split('/').includes(COACHING_DIR)) return true;
  const parent = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => `${folder.uri.path}/`.startsWith(parent));
}

/**
 * Calls `listener` whenever what `.coaching/` holds may have changed. No single source sees
 * every change: a file watcher misses folders that appear several levels at once on some
 * platforms and reports a deleted folder as one folder event; a branch switch or pull is a
 * Git state change; a change made while the window was in the background may have been
 * missed altogether. So every one of them counts, and the listener (a debounced stat-only
 * re-walk) makes repeats cheap. A file event or a save names the entry that changed; every
 * other sign names nothing, which means: walk again.
 */
export function onCoachingMayHaveChanged(listener: (file?: vscode.Uri) => void): vscode.Disposable {
  const ifCoaching = (uris: readonly vscode.Uri[]) => { if (uris.some(touchesCoaching)) listener(); };
  // No extension filter: a folder created or deleted under .coaching is a change too.
  const inside = vscode.workspace.createFileSystemWatcher(`**/${COACHING_DIR}/**`);
  const itself = vscode.workspace.createFileSystemWatcher(`**/${COACHING_DIR}`);
  // Events inside name the entry, so the index can update that one (or walk again when it is a folder).
  const one = (uri: vscode.Uri) => listener(uri);
  const any = () => listener();
  const watchers = [inside.onDidCreate(one), inside.onDidChange(one), inside.onDidDelete(one), itself.onDidCreate(any), itself.onDidChange(any), itself.onDidDelete(any)];
  return vscode.Disposable.from(
    inside,
    itself,
    ...watchers,
    vscode.workspace.onDidSaveTextDocument((document) => { if (touchesCoaching(document.uri)) listener(document.uri); }),
    vscode.workspace.onDidCreateFiles((e) => ifCoaching(e.files)),
    vscode.workspace.onDidDeleteFiles((e) => ifCoaching(e.files)),
    vscode.workspace.onDidRenameFiles((e) => ifCoaching(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
    vscode.workspace.onDidChangeWorkspaceFolders(any),
    onDidSaveReflection((saved) => listener(vscode.Uri.file(saved.absolutePath))),
    // Pull, checkout, merge, rebase, commit: each is a repository state change.
    eachGitRepository((repo) => repo.state.onDidChange(any)),
    vscode.window.onDidChangeWindowState((state) => { if (state.focused) any(); }),
  );
}
