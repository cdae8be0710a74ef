import * as vscode from 'vscode';
import { isVisibility, type Visibility } from '../core/reflection';

/** `retroCoach.defaultVisibility` for a folder: who sees new reflections unless the person says otherwise. */
export function defaultVisibility(folder?: vscode.Uri): Visibility {
  const value = vscode.workspace.getConfiguration('retroCoach', folder).get<unknown>('defaultVisibility');
  return isVisibility(value) ? value : 'team';
}
