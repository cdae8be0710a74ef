import * as vscode from 'vscode';
import { newShortId, type Random } from '../core/model/ids';
import type { ReflectionMeta } from '../core/coach/session';
import type { Reflection, Visibility } from '../core/model/reflection';
import { saveReflection, type SavedReflection } from '../core/store/store';
import { dayOnly, toLocalIso } from '../core/calendar';
import { gitUserName } from './gitUser';
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

/**
 * Saves a new reflection into `folder`'s `.coaching/`: fills in id, time and (unless
 * anonymous) the git author, then hands the document to the core store, which never
 * overwrites. Failures come back as a SaveError whose message a person can act on.
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
  const author = visibility === 'anonymous' ? undefined : await gitUserName(folder.fsPath);
  const created = toLocalIso(services.now());
  const reflection = build({ id: newShortId(services.random), created: visibility === 'anonymous' ? dayOnly(created) : created, author });
  let result: SavedReflection;
  try {
    result = await saveReflection(folder.fsPath, reflection, services.random, { schemaText: services.schemaText });
  } catch (err) {
    throw new SaveError(describeWriteError(err, folder.fsPath), err);
  }
  saved.fire(result);
  return result;
}

/** Opens a saved reflection beside whatever the person is working on. */
export async function openSaved(absolutePath: string): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.file(absolutePath), { viewColumn: vscode.ViewColumn.One, preview: true });
}

/**
 * The non-modal "saved" notification with Open File and an optional "do it again" button;
 * resolves when the person chooses (or the notification goes away).
 */
export async function announceSaved(saved: SavedReflection, again?: { label: string; run(): Promise<unknown> | unknown }): Promise<void> {
  const open = vscode.l10n.t('Open File');
  const buttons = again ? [open, again.label] : [open];
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Reflection saved to {0}.', saved.relativePath), ...buttons);
  if (choice === open) await openSaved(saved.absolutePath);
  else if (again && choice === again.label) await again.run();
}
