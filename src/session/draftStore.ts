import { closeSync, constants as fsConstants, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { restoreSession, type SessionState } from '../core/coach/session';
import { restoreCodeContext } from '../core/model/codeContext';
import type { CodeContext } from '../core/model/reflection';
import { isObject } from '../core/util/guards';

/** A session in progress and the workspace folder it will be saved to. */
export interface Draft {
  folder: string;
  state: SessionState;
  /** The code the session started in, when retroCoach.context.capture is on (host/context.ts). */
  context?: CodeContext;
}

/** The temp file is ours alone: created or emptied, never followed through a link. */
const REPLACE_TEMP = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC | (fsConstants.O_NOFOLLOW ?? 0);

/** Flushes the folder's entries after a rename; Windows cannot open a folder, and NTFS journals the entry itself. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, fsConstants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort, as above.
  }
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
    const { folder, state, context } = raw as { folder?: unknown; state?: unknown; context?: unknown };
    const restored = restoreSession(state);
    const code = restoreCodeContext(context);
    return typeof folder === 'string' && restored ? { folder, state: restored, ...(code ? { context: code } : {}) } : undefined;
  }

  private readFile(): unknown {
    if (!this.file) return undefined;
    try {
      return JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  /**
   * Synchronous and atomic (temp file, flushed, then renamed; then the folder flushed): the
   * draft on disk is always whole and always the latest, even after a crash or power loss.
   */
  private writeFile(draft: Draft): void {
    if (!this.file) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp`;
      const fd = openSync(temp, REPLACE_TEMP, 0o600);
      try {
        writeFileSync(fd, JSON.stringify(draft));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.file);
      syncFolder(path.dirname(this.file));
    } catch {
      // Workspace state still has it; a full disk must not break typing.
    }
  }
}
