import type * as vscode from 'vscode';
import { eachGitRepository } from '../host/gitRepositories';
import { signalEnabled as enabled } from '../host/settings';
import type { SignalSink } from './signal';
import { LIMITS } from '../core/model/reflection';
import { ELLIPSIS, clip } from '../core/util/clip';

/** "old → new" within the trigger detail limit: each branch name gets half, so both stay recognisable. */
function switchDetail(before: string | undefined, after: string | undefined): string {
  const arrow = ' → ';
  const half = Math.floor((LIMITS.detailChars - arrow.length) / 2);
  const name = (branch: string | undefined) => clip(branch ?? 'detached', half, { ellipsis: ELLIPSIS });
  return `${name(before)}${arrow}${name(after)}`;
}

/**
 * Commits and branch switches, seen through the built-in Git extension. Comparing HEAD on
 * every state change catches those made in a terminal too, not only through the UI. With no
 * Git extension, or Git disabled, the signals are simply off.
 */
export function watchGit(emit: SignalSink, now: () => Date): vscode.Disposable {
  return eachGitRepository((repo) => {
    let last = { branch: repo.state.HEAD?.name, commit: repo.state.HEAD?.commit };
    return repo.state.onDidChange(() => {
      const head = { branch: repo.state.HEAD?.name, commit: repo.state.HEAD?.commit };
      const before = last;
      last = head;
      // The first state after opening a repository is not a change the person made.
      if (before.commit === undefined && before.branch === undefined) return;
      if (head.branch !== before.branch) {
        if (enabled('branchSwitch')) emit({ kind: 'branch-switch', detail: switchDetail(before.branch, head.branch), at: now() });
      } else if (head.commit && head.commit !== before.commit) {
        if (enabled('commit')) emit({ kind: 'commit', detail: head.branch && clip(head.branch, LIMITS.detailChars, { ellipsis: ELLIPSIS }), at: now() });
      }
    });
  });
}
