import * as vscode from 'vscode';
import { isVisibility, type Visibility } from '../core/model/reflection';
import { SETTINGS, type SettingKey, type SignalSwitch } from '../settings';
import { teamFiles } from './teamFiles';

/**
 * Who sees new reflections unless the person says otherwise: their own
 * `retroCoach.defaultVisibility` when they set one, else the team's config.yaml, else team.
 */
export function defaultVisibility(folder?: vscode.Uri): Visibility {
  const inspected = vscode.workspace.getConfiguration(undefined, folder).inspect<unknown>(SETTINGS.defaultVisibility);
  const own = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  if (isVisibility(own)) return own;
  const team = folder ? teamFiles(folder).config.defaultVisibility : undefined;
  return team ?? 'team';
}

/** Reads one Retro Coach setting by its full key (from src/settings.ts), fresh each time. */
export function setting<T>(key: SettingKey, fallback: T, scope?: vscode.ConfigurationScope): T {
  return vscode.workspace.getConfiguration(undefined, scope).get<T>(key, fallback);
}

/** Whether a friction signal is switched on, read fresh so settings apply without a reload. */
export function signalEnabled(name: SignalSwitch): boolean {
  return setting(SETTINGS.signals[name], true);
}
