import * as vscode from 'vscode';
import type { API, GitExtension, Repository } from './git';

/** The built-in Git extension's API, or undefined when it is missing, disabled or fails to start. */
async function gitApi(): Promise<API | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports.enabled ? exports.getAPI(1) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `watch` for every Git repository the built-in Git extension has open, now and as
 * they open, and disposes what it returned when a repository closes. With no Git extension,
 * or Git disabled, nothing is watched. Safe to dispose before the extension has started.
 */
export function eachGitRepository(watch: (repo: Repository) => vscode.Disposable): vscode.Disposable {
  const watched = new Map<string, vscode.Disposable>();
  const subscriptions: vscode.Disposable[] = [];
  let disposed = false;
  const open = (repo: Repository) => {
    const key = repo.rootUri.toString();
    if (!watched.has(key)) watched.set(key, watch(repo));
  };
  void gitApi().then((git) => {
    if (!git || disposed) return;
    git.repositories.forEach(open);
    subscriptions.push(git.onDidOpenRepository(open), git.onDidCloseRepository((repo) => {
      const key = repo.rootUri.toString();
      watched.get(key)?.dispose();
      watched.delete(key);
    }));
  });
  return new vscode.Disposable(() => {
    disposed = true;
    for (const d of [...subscriptions.splice(0), ...watched.values()]) d.dispose();
    watched.clear();
  });
}
