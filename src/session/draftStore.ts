import type * as vscode from 'vscode';
import { restoreSession, type SessionState } from '../core/coach/session';

/** A session in progress and the workspace folder it will be saved to. */
export interface Draft {
  folder: string;
  state: SessionState;
}

const KEY = 'retroCoach.draft.v1';

/**
 * Keeps the one session in progress of this workspace in the extension's workspace
 * storage (outside the repository), so closing the panel or reloading the window loses
 * nothing. Every change is written through; reads are checked, never trusted.
 */
export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}

  load(): Draft | undefined {
    const raw = this.memento.get<unknown>(KEY);
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { folder, state } = raw as { folder?: unknown; state?: unknown };
    const restored = restoreSession(state);
    return typeof folder === 'string' && restored ? { folder, state: restored } : undefined;
  }

  save(draft: Draft): Thenable<void> {
    return this.memento.update(KEY, draft);
  }

  clear(): Thenable<void> {
    return this.memento.update(KEY, undefined);
  }
}
