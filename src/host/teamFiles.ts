import { lstatSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { workspaceTrusted } from './trust';
import type { Question } from '../core/questions/question';
import { CONFIG_FILE, DEFAULT_TEAM_CONFIG, QUESTIONS_FILE, combineBank, readTeamFiles, type TeamFiles } from '../core/model/teamConfig';

const cache = new Map<string, { stamp: string; files: TeamFiles }>();

/** Size and modification time of both files (of a link, not its target): re-read only when one of them changed. */
function stampOf(root: string): string {
  return [CONFIG_FILE, QUESTIONS_FILE].map((f) => {
    try {
      const s = lstatSync(path.join(root, ...f.split('/')), { throwIfNoEntry: false });
      return s ? `${s.size}:${s.mtimeMs}` : '-';
    } catch {
      // `.coaching` may be a file, or unreadable: then there are no team files to read.
      return '!';
    }
  }).join('|');
}

/**
 * The team's `.coaching/config.yaml` and `.coaching/questions.yaml` for a folder, read when
 * they change and cached otherwise (both are small; callers are on user actions, not loops).
 */
export function teamFiles(folder: vscode.Uri): TeamFiles {
  // Restricted Mode: a folder nobody trusts does not get to steer sessions or visibility.
  if (folder.scheme !== 'file' || !workspaceTrusted()) return { config: DEFAULT_TEAM_CONFIG, questions: [], problems: [] };
  const root = folder.fsPath;
  const stamp = stampOf(root);
  const hit = cache.get(root);
  if (hit && hit.stamp === stamp) return hit.files;
  const files = readTeamFiles(root);
  cache.set(root, { stamp, files });
  return files;
}

/** The question bank for sessions saved in `folder`: the built-ins combined with the team's per config.yaml. */
export function bankFor(folder: vscode.Uri, builtIn: readonly Question[]): Question[] {
  const { config, questions } = teamFiles(folder);
  const bank = combineBank(builtIn, questions, config);
  return bank.length ? bank : [...builtIn];
}
