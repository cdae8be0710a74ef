import { promises as fs } from 'node:fs';
import type * as vscode from 'vscode';

/** The 0-based line of an action's `id:` in its file, or 0 when it cannot be found (the file moved, say). */
export async function actionLine(file: vscode.Uri, id: string): Promise<number> {
  try {
    const lines = (await fs.readFile(file.fsPath, 'utf8')).split(/\r?\n/);
    const found = lines.findIndex((line) => line.replace(/^\s*(-\s+)?/, '').replace(/['"]/g, '').trimEnd() === `id: ${id}`);
    return Math.max(0, found);
  } catch {
    return 0;
  }
}
