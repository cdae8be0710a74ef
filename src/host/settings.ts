import * as vscode from 'vscode';
import { isVisibility, type Visibility } from '../core/model/reflection';
import { teamFiles } from './teamFiles';

/**
 * Who sees new reflections unless the person says otherwise: their own
 * `retroCoach.defaultVisibility` when they set one, else the team's config.yaml, else team.
 */
export function defaultVisibility(folder?: vscode.Uri): Visibility {
  const inspected = vscode.workspace.getConfiguration('retroCoach', folder).inspect<unknown>('defaultVisibility');
  const own = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  if (isVisibility(own)) return own;
  const team = folder ? teamFiles(folder).config.defaultVisibility : undefined;
  return team ?? 'team';
}
