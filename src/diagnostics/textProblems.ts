import * as path from 'node:path';
import * as vscode from 'vscode';
import { LIMITS } from '../core/model/reflection';
import { parseReflection } from '../core/model/reflectionYaml';
import { CONFIG_FILE, QUESTIONS_FILE, parseTeamConfig, parseTeamQuestions } from '../core/model/teamConfig';
import { isReflectionPath } from '../core/store/reflectionFiles';
import { workspaceTrusted } from '../host/trust';

/** A problem in one file's text; `line` and `col` are 1-based, as the core reports them. */
export interface TextProblem {
  line: number;
  col: number;
  message: string;
  severity?: 'error' | 'warning';
}

type Check = (text: string) => TextProblem[];

const reflectionProblems: Check = (text) => {
  const result = parseReflection(text);
  return result.ok ? [] : result.problems;
};

/**
 * How the index reads the file at `uri` (the same core parse and validation), or undefined
 * for a file it does not read: outside a workspace folder's `.coaching/`, not YAML there, or
 * a team file in Restricted Mode.
 */
function checkFor(uri: vscode.Uri): Check | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const relative = path.posix.relative(folder.uri.path, uri.path);
  // In Restricted Mode the index reads no team files, so their text is not checked either.
  if (relative === CONFIG_FILE) return workspaceTrusted() ? (text) => parseTeamConfig(text).problems : undefined;
  if (relative === QUESTIONS_FILE) return workspaceTrusted() ? (text) => parseTeamQuestions(text).problems : undefined;
  return isReflectionPath(relative) ? reflectionProblems : undefined;
}

/** Whether Retro Coach checks this document's text at all. */
export function isChecked(document: vscode.TextDocument): boolean {
  return checkFor(document.uri) !== undefined;
}

/**
 * The problems the index would report for this text if it were the file on disk, or
 * undefined when Retro Coach does not read such a file or the text is larger than a file it
 * would read (then the file's problems on disk stand until it is saved).
 */
export function textProblems(document: vscode.TextDocument): TextProblem[] | undefined {
  const check = checkFor(document.uri);
  if (!check) return undefined;
  const text = document.getText();
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) return undefined;
  return check(text);
}
