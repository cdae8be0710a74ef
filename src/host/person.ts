import * as vscode from 'vscode';
import type { Person } from '../core/model/actionState';
import { SETTINGS } from '../settings';
import { PERSON_NAME_MAX_AGE_MS, gitUserName } from './gitUser';
import { setting } from './settings';

/** Who "you" are for "your actions": git user.name of the folder, plus the retroCoach.owner setting. */
export async function currentPerson(folder: vscode.WorkspaceFolder): Promise<Person> {
  const names: string[] = [];
  const owner = setting(SETTINGS.owner, '', folder.uri).trim();
  if (owner) names.push(owner);
  if (folder.uri.scheme === 'file') {
    const gitName = await gitUserName(folder.uri.fsPath, PERSON_NAME_MAX_AGE_MS);
    if (gitName) names.push(gitName);
  }
  return { names };
}
