import type * as vscode from 'vscode';
import { recordAsked } from '../core/questions/select';
import type { Question } from '../core/questions/question';

const KEY = 'retroCoach.lastAsked.v1';

/**
 * When each question was last asked to this person, kept in global storage (it follows the
 * person across workspaces, not the repository), so selection can prefer fresh questions.
 */
export class AskedHistory {
  constructor(private readonly memento: vscode.Memento) {}

  get(): Record<string, string> {
    const raw = this.memento.get<unknown>(KEY);
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }

  record(questions: readonly Question[], when: Date): Thenable<void> {
    return this.memento.update(KEY, recordAsked(this.get(), questions, when.toISOString()));
  }
}
