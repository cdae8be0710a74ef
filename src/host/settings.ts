import * as vscode from 'vscode';
import type { Visibility } from '../core/model/reflection';
import { defaultVisibilityFrom } from '../core/model/visibility';
import { SETTINGS, type SettingKey, type SignalSwitch } from '../settings';
import { teamFiles } from './teamFiles';

/**
 * Who sees new reflections unless the person says otherwise: the most private of the
 * person's own `retroCoach.defaultVisibility`, the workspace's and the folder's, and the
 * team's config.yaml; team when none is set. A cloned repository can make it more private,
 * never less (see core/model/visibility.ts).
 */
export function defaultVisibility(folder?: vscode.Uri): Visibility {
  const inspected = vscode.workspace.getConfiguration(undefined, folder).inspect<unknown>(SETTINGS.defaultVisibility);
  return defaultVisibilityFrom({
    user: inspected?.globalValue,
    workspace: inspected?.workspaceValue,
    folder: inspected?.workspaceFolderValue,
    team: folder ? teamFiles(folder).config.defaultVisibility : undefined,
  });
}

/** Reads one Retro Coach setting by its full key (from src/settings.ts), fresh each time. */
export function setting<T>(key: SettingKey, fallback: T, scope?: vscode.ConfigurationScope): T {
  return vscode.workspace.getConfiguration(undefined, scope).get<T>(key, fallback);
}

/** Whether a friction signal is switched on, read fresh so settings apply without a reload. */
export function signalEnabled(name: SignalSwitch): boolean {
  return setting(SETTINGS.signals[name], true);
}
