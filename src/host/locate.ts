import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LIMITS } from '../core/model/reflection';
import { readUntrusted } from '../core/store/safeRead';

/** The 0-based line of an action's `id:` in its file, or 0 when it cannot be found (the file moved, say). */
export async function actionLine(file: vscode.Uri, id: string): Promise<number> {
  // The file is in .coaching/: read it like every file there, never through a link or past the size limit.
  const read = await readUntrusted(path.dirname(file.fsPath), path.basename(file.fsPath), { maxBytes: LIMITS.fileBytes });
  if (!read.ok) return 0;
  const lines = read.text.split(/\r?\n/);
  const found = lines.findIndex((line) => line.replace(/^\s*(-\s+)?/, '').replace(/['"]/g, '').trimEnd() === `id: ${id}`);
  return Math.max(0, found);
}
