import * as vscode from 'vscode';
import type { QuickMeta } from '../core/coach/quickCaptures';
import type { Reflection, Visibility } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { announceSaved, saveNewReflection } from '../host/save';
import { defaultVisibility } from '../host/settings';
import { requireTrust } from '../host/trust';
import { pickFolder } from '../host/folders';
import { errorMessage } from '../core/util/errors';

/** Who will see a quick capture, as its title says it: settings can change it, so it is never a surprise. */
function visibilityNote(visibility: Visibility): string {
  switch (visibility) {
    case 'team': return vscode.l10n.t('saved for the team, with your name');
    case 'anonymous': return vscode.l10n.t('saved for the team, without your name');
    case 'private': return vscode.l10n.t('saved privately, never committed');
  }
}

/**
 * What a quick capture settles before its first step: it needs a trusted workspace (saving
 * runs git) and a folder, and it saves with the folder's default visibility, which its title
 * shows on every step. Undefined when the capture cannot run (the person has been told why).
 */
export async function startCapture(name: string): Promise<{ folder: vscode.WorkspaceFolder; title: string; visibility: Visibility } | undefined> {
  if (!requireTrust('capture', name)) return undefined;
  const folder = await pickFolder();
  if (!folder) return undefined;
  const visibility = defaultVisibility(folder.uri);
  return { folder, visibility, title: vscode.l10n.t('{0} ({1})', name, visibilityNote(visibility)) };
}

/**
 * Saves a finished quick capture with the visibility its title showed. On success its draft
 * is cleared; on failure the draft is kept and the error says so, so nothing typed is lost.
 */
export async function saveCapture(
  folder: vscode.WorkspaceFolder,
  visibility: Visibility,
  build: (meta: QuickMeta) => Reflection,
  services: HostServices,
  draft: { keep(): Thenable<void>; clear(): Thenable<void>; keptMessage: string },
): Promise<void> {
  try {
    const saved = await saveNewReflection(folder.uri, visibility, (meta) => build({ ...meta, visibility }), services);
    await draft.clear();
    void announceSaved(saved);
  } catch (err) {
    await draft.keep();
    void vscode.window.showErrorMessage(`${errorMessage(err)} ${draft.keptMessage}`);
  }
}
