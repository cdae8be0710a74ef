import * as vscode from 'vscode';
import type { Person } from '../core/model/actionState';
import { gitUserName } from './gitUser';

/** Who "you" are for "your actions": git user.name of the folder, plus the retroCoach.owner setting. */
export async function currentPerson(folder: vscode.WorkspaceFolder): Promise<Person> {
  const names: string[] = [];
  const owner = vscode.workspace.getConfiguration('retroCoach', folder.uri).get<string>('owner', '').trim();
  if (owner) names.push(owner);
  if (folder.uri.scheme === 'file') {
    const gitName = await gitUserName(folder.uri.fsPath);
    if (gitName) names.push(gitName);
  }
  return { names };
}
