/**
 * Captures the code context of a reflection as it starts, only when the person turned on
 * retroCoach.context.capture (their user setting: a repository cannot turn it on): the branch,
 * the failed task's name, and the files most relevant at that moment (core/model/codeContext.ts
 * orders and bounds them). Git runs through the core's one helper (`-C <folder>`, no shell,
 * never from the workspace folder) and not at all in Restricted Mode. The save path drops the
 * context again for anonymous and private reflections (core/store/store.ts forSaving).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeContext } from '../core/model/codeContext';
import type { CodeContext, Trigger } from '../core/model/reflection';
import { gitCodeContext } from '../core/git/codeContext';
import { SETTINGS } from '../settings';
import { setting } from './settings';
import { workspaceTrusted } from './trust';

/** Whether reflections record their code context: off unless the person turned it on. */
export function contextCaptureOn(): boolean {
  return setting<boolean>(SETTINGS.contextCapture, false) === true;
}

/** The active editor's file relative to `folder`, or undefined when none is open there. */
export function activeFileIn(folder: vscode.Uri): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file' || folder.scheme !== 'file') return undefined;
  const relative = path.relative(folder.fsPath, uri.fsPath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : undefined;
}

/**
 * The code context of a reflection `trigger` starts in `folder` now, or undefined when capture
 * is off, the folder is not trusted or not on disk, or nothing was found. Never throws: a
 * reflection must start whatever git says.
 */
export async function captureContext(folder: vscode.Uri, trigger: Trigger): Promise<CodeContext | undefined> {
  if (!contextCaptureOn() || !workspaceTrusted() || folder.scheme !== 'file') return undefined;
  const found = await gitCodeContext(folder.fsPath, { commit: trigger.kind === 'commit' });
  return codeContext({
    branch: found.branch,
    task: trigger.kind === 'task-failed' ? trigger.detail : undefined,
    commitFiles: found.commitFiles,
    activeFile: activeFileIn(folder),
    branchFiles: found.branchFiles,
  });
}
