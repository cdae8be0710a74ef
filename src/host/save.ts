import * as vscode from 'vscode';
import { newShortId, type Random } from '../core/model/ids';
import type { ReflectionMeta } from '../core/coach/session';
import type { Reflection, Visibility } from '../core/model/reflection';
import { UnreadableReflectionError, UnsafePathError, saveReflection, type SavedReflection } from '../core/store/store';
import { PrivateVisibleError } from '../core/git/privacy';
import { dayOnly, toLocalIso } from '../core/calendar';
import { gitUserName } from './gitUser';
import { untrustedMessage, workspaceTrusted } from './trust';
import { describeWriteError } from './writeError';

const saved = new vscode.EventEmitter<SavedReflection>();
/** Fires after any surface saved a reflection (the prompts use it to measure the gap since the last one). */
export const onDidSaveReflection = saved.event;

/** A save that failed, with a message that says what happened and what to do. */
export class SaveError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'SaveError';
  }
}

/** Why a save failed, in words a person can act on; the caller keeps the draft. */
function describeSaveError(err: unknown, folder: string): string {
  // These say what was wrong and what to do; the file system's own errors need translating.
  if (err instanceof UnsafePathError || err instanceof UnreadableReflectionError || err instanceof PrivateVisibleError) {
    return vscode.l10n.t('Could not save: {0} Your answers are kept.', err.message);
  }
  return describeWriteError(err, folder);
}

/**
 * Saves a new reflection into `folder`'s `.coaching/`: fills in id, time and (unless
 * anonymous) the git author, then hands the document to the core store, which checks it,
 * never overwrites, and keeps private files out of git. Failures come back as a SaveError
 * whose message a person can act on.
 */
export async function saveNewReflection(
  folder: vscode.Uri,
  visibility: Visibility,
  build: (meta: ReflectionMeta) => Reflection,
  services: { now(): Date; random: Random; schemaText?: string },
): Promise<SavedReflection> {
  if (folder.scheme !== 'file') {
    throw new SaveError(vscode.l10n.t('Retro Coach can only save into folders on disk; {0} is not one.', folder.toString(true)));
  }
  if (!workspaceTrusted()) throw new SaveError(untrustedMessage('save'));
  const author = visibility === 'anonymous' ? undefined : await gitUserName(folder.fsPath);
  const created = toLocalIso(services.now());
  const reflection = build({ id: newShortId(services.random), created: visibility === 'anonymous' ? dayOnly(created) : created, author });
  let result: SavedReflection;
  try {
    result = await saveReflection(folder.fsPath, reflection, services.random, { schemaText: services.schemaText });
  } catch (err) {
    throw new SaveError(describeSaveError(err, folder.fsPath), err);
  }
  saved.fire(result);
  return result;
}

/** Opens a saved reflection beside whatever the person is working on. */
export async function openSaved(absolutePath: string): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.file(absolutePath), { viewColumn: vscode.ViewColumn.One, preview: true });
}

/** What to tell the person about where a reflection went; a private one says what git said. */
function savedMessage(result: SavedReflection): { text: string; warn: boolean } {
  const t = vscode.l10n.t;
  const privacy = result.privacy;
  if (!privacy) return { text: t('Reflection saved to {0}.', result.relativePath), warn: false };
  const repaired = privacy.repairedGitignore ? ` ${t('Retro Coach repaired .coaching/private/.gitignore, which did not ignore everything.')}` : '';
  switch (privacy.check.kind) {
    case 'ignored':
      return { text: t('Saved privately to {0}; git ignores it.', result.relativePath) + repaired, warn: privacy.repairedGitignore };
    case 'no-repo':
      return { text: t('Saved to {0}. This folder is not in a git repository, so nothing commits it; .coaching/private/.gitignore keeps it out of git if the folder becomes one.', result.relativePath), warn: false };
    case 'unconfirmed':
      return { text: t('Saved to {0}, but git could not confirm that it ignores the file ({1}). .coaching/private/.gitignore tells git to ignore it; check git status before you commit.', result.relativePath, privacy.check.reason), warn: true };
  }
}

/**
 * The non-modal "saved" notification with Open File and an optional "do it again" button;
 * resolves when the person chooses (or the notification goes away).
 */
export async function announceSaved(result: SavedReflection, again?: { label: string; run(): Promise<unknown> | unknown }): Promise<void> {
  const open = vscode.l10n.t('Open File');
  const buttons = again ? [open, again.label] : [open];
  const { text, warn } = savedMessage(result);
  const choice = await (warn ? vscode.window.showWarningMessage(text, ...buttons) : vscode.window.showInformationMessage(text, ...buttons));
  if (choice === open) await openSaved(result.absolutePath);
  else if (again && choice === again.label) await again.run();
}
