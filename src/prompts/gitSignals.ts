import * as vscode from 'vscode';
import type { API, GitExtension, Repository } from '../host/git';
import { signalEnabled as enabled } from '../host/settings';
import type { SignalSink } from './signal';

/**
 * Commits and branch switches, seen through the built-in Git extension. Comparing HEAD on
 * every state change catches those made in a terminal too, not only through the UI. With no
 * Git extension, or Git disabled, the signals are simply off.
 */
export async function watchGit(emit: SignalSink, now: () => Date): Promise<vscode.Disposable> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return new vscode.Disposable(() => undefined);
  let git: API;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports.enabled) return new vscode.Disposable(() => undefined);
    git = exports.getAPI(1);
  } catch {
    return new vscode.Disposable(() => undefined);
  }

  const watched = new Map<string, vscode.Disposable>();
  const watch = (repo: Repository) => {
    const key = repo.rootUri.toString();
    if (watched.has(key)) return;
    let last = { branch: repo.state.HEAD?.name, commit: repo.state.HEAD?.commit };
    watched.set(key, repo.state.onDidChange(() => {
      const head = { branch: repo.state.HEAD?.name, commit: repo.state.HEAD?.commit };
      const before = last;
      last = head;
      // The first state after opening a repository is not a change the person made.
      if (before.commit === undefined && before.branch === undefined) return;
      if (head.branch !== before.branch) {
        if (enabled('branchSwitch')) emit({ kind: 'branch-switch', detail: `${before.branch ?? 'detached'} → ${head.branch ?? 'detached'}`, at: now() });
      } else if (head.commit && head.commit !== before.commit) {
        if (enabled('commit')) emit({ kind: 'commit', detail: head.branch, at: now() });
      }
    }));
  };
  git.repositories.forEach(watch);
  return vscode.Disposable.from(
    git.onDidOpenRepository(watch),
    git.onDidCloseRepository((repo) => {
      const key = repo.rootUri.toString();
      watched.get(key)?.dispose();
      watched.delete(key);
    }),
    new vscode.Disposable(() => {
      for (const d of watched.values()) d.dispose();
      watched.clear();
    }),
  );
}
