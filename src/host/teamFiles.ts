import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { Question } from '../core/questions/question';
import { CONFIG_FILE, DEFAULT_TEAM_CONFIG, QUESTIONS_FILE, combineBank, parseTeamConfig, parseTeamQuestions, type TeamConfig, type TeamFileProblem } from '../core/model/teamConfig';

interface TeamFiles {
  config: TeamConfig;
  questions: Question[];
  problems: TeamFileProblem[];
}

const cache = new Map<string, { stamp: string; files: TeamFiles }>();

/** Size and modification time of both files: re-read only when one of them changed. */
function stampOf(root: string): string {
  return [CONFIG_FILE, QUESTIONS_FILE].map((f) => {
    try {
      const s = statSync(path.join(root, ...f.split('/')), { throwIfNoEntry: false });
      return s ? `${s.size}:${s.mtimeMs}` : '-';
    } catch {
      // `.coaching` may be a file, or unreadable: then there are no team files to read.
      return '!';
    }
  }).join('|');
}

function read(root: string, relative: string): string | undefined {
  try {
    return readFileSync(path.join(root, ...relative.split('/')), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The team's `.coaching/config.yaml` and `.coaching/questions.yaml` for a folder, read when
 * they change and cached otherwise (both are small; callers are on user actions, not loops).
 */
export function teamFiles(folder: vscode.Uri): TeamFiles {
  if (folder.scheme !== 'file') return { config: DEFAULT_TEAM_CONFIG, questions: [], problems: [] };
  const root = folder.fsPath;
  const stamp = stampOf(root);
  const hit = cache.get(root);
  if (hit && hit.stamp === stamp) return hit.files;
  const configText = read(root, CONFIG_FILE);
  const questionsText = read(root, QUESTIONS_FILE);
  const config = configText === undefined ? { config: DEFAULT_TEAM_CONFIG, problems: [] } : parseTeamConfig(configText);
  const questions = questionsText === undefined ? { questions: [], problems: [] } : parseTeamQuestions(questionsText);
  const files = { config: config.config, questions: questions.questions, problems: [...config.problems, ...questions.problems] };
  cache.set(root, { stamp, files });
  return files;
}

/** The question bank for sessions saved in `folder`: the built-ins combined with the team's per config.yaml. */
export function bankFor(folder: vscode.Uri, builtIn: readonly Question[]): Question[] {
  const { config, questions } = teamFiles(folder);
  const bank = combineBank(builtIn, questions, config);
  return bank.length ? bank : [...builtIn];
}
