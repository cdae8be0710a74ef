import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { restoreSession, type SessionState } from '../core/coach/session';
import { isObject } from '../core/util/guards';

/** A session in progress and the workspace folder it will be saved to. */
export interface Draft {
  folder: string;
  state: SessionState;
}

const KEY = 'retroCoach.draft.v1';
const FILE = 'reflection-draft.v1.json';

/**
 * Keeps the one session in progress of this workspace, so closing the panel or reloading the
 * window loses nothing. It is written through on every change to a file in the extension's
 * workspace storage (outside the repository; a file on disk survives a window reload even
 * when the workbench has not flushed its own storage yet) and to workspace state, which is
 * the fallback where there is no storage folder. Reads are checked, never trusted.
 */
export class DraftStore {
  private readonly file: string | undefined;

  constructor(private readonly memento: vscode.Memento, storage?: vscode.Uri) {
    this.file = storage?.scheme === 'file' ? path.join(storage.fsPath, FILE) : undefined;
  }

  load(): Draft | undefined {
    return this.parse(this.readFile()) ?? this.parse(this.memento.get<unknown>(KEY));
  }

  save(draft: Draft): Thenable<void> {
    this.writeFile(draft);
    return this.memento.update(KEY, draft);
  }

  clear(): Thenable<void> {
    if (this.file) rmSync(this.file, { force: true });
    return this.memento.update(KEY, undefined);
  }

  private parse(raw: unknown): Draft | undefined {
    if (!isObject(raw)) return undefined;
    const { folder, state } = raw as { folder?: unknown; state?: unknown };
    const restored = restoreSession(state);
    return typeof folder === 'string' && restored ? { folder, state: restored } : undefined;
  }

  private readFile(): unknown {
    if (!this.file) return undefined;
    try {
      return JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** Synchronous and atomic (temp file, then rename): the draft on disk is always whole and always the latest. */
  private writeFile(draft: Draft): void {
    if (!this.file) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp`;
      writeFileSync(temp, JSON.stringify(draft));
      renameSync(temp, this.file);
    } catch {
      // Workspace state still has it; a full disk must not break typing.
    }
  }
}
