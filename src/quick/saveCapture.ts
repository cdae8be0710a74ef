import * as vscode from 'vscode';
import type { QuickMeta } from '../core/coach/quickCaptures';
import type { Reflection } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { announceSaved, saveNewReflection } from '../host/save';
import { defaultVisibility } from '../host/settings';
import { errorMessage } from '../core/util/errors';

/**
 * Saves a finished quick capture with the folder's default visibility. On success its draft
 * is cleared; on failure the draft is kept and the error says so, so nothing typed is lost.
 */
export async function saveCapture(
  folder: vscode.WorkspaceFolder,
  build: (meta: QuickMeta) => Reflection,
  services: HostServices,
  draft: { keep(): Thenable<void>; clear(): Thenable<void>; keptMessage: string },
): Promise<void> {
  const visibility = defaultVisibility(folder.uri);
  try {
    const saved = await saveNewReflection(folder.uri, visibility, (meta) => build({ ...meta, visibility }), services);
    await draft.clear();
    void announceSaved(saved);
  } catch (err) {
    await draft.keep();
    void vscode.window.showErrorMessage(`${errorMessage(err)} ${draft.keptMessage}`);
  }
}
