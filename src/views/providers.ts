import * as vscode from 'vscode';
import { weekOf } from '../core/insights/period';
import type { CoachingIndex } from '../host/coachingIndex';
import { treeItem, type Node } from './items';

/** Shared plumbing: refresh on index changes, draw with treeItem. */
abstract class IndexTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(protected readonly index: CoachingIndex, private readonly today: () => string) {
    index.onDidChange(() => this.changed.fire());
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return treeItem(node, this.today());
  }

  abstract getChildren(node?: Node): Promise<Node[]>;
}

/** Reflections by ISO week, newest first; private ones are never listed. */
export class ReflectionsTree extends IndexTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'week') return node.children.map((doc) => ({ type: 'reflection' as const, doc }));
    if (node) return [];
    const docs = await this.index.teamDocuments();
    void vscode.commands.executeCommand('setContext', 'retroCoach.noReflections', docs.length === 0);
    const byWeek = new Map<string, typeof docs>();
    for (const doc of [...docs].sort((a, b) => Date.parse(b.reflection.created) - Date.parse(a.reflection.created))) {
      const { week, monday } = weekOf(doc.reflection.created.slice(0, 10));
      const key = `${week} · ${vscode.l10n.t('from {0}', monday)}`;
      byWeek.set(key, [...(byWeek.get(key) ?? []), doc]);
    }
    return [...byWeek].map(([label, children]) => ({ type: 'week' as const, label, children }));
  }
}

/** Open actions by owner (or author for unowned ones; anonymous ones are Unassigned). */
export class ActionsTree extends IndexTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'owner') return node.children.map((fa) => ({ type: 'action' as const, fa }));
    if (node) return [];
    const open = (await this.index.all()).filter((fa) => fa.action.status === 'open' && fa.action.visibility !== 'private');
    const byOwner = new Map<string, typeof open>();
    for (const fa of open) {
      const a = fa.action;
      const owner = a.owner?.trim() || (a.visibility !== 'anonymous' ? a.author : undefined) || vscode.l10n.t('Unassigned');
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), fa]);
    }
    return [...byOwner].sort(([a], [b]) => a.localeCompare(b)).map(([label, children]) => ({ type: 'owner' as const, label, children }));
  }
}

/** Problems in `.coaching` files, each opening its file at its line. */
export class ProblemsTree extends IndexTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return [];
    await this.index.all();
    return this.index.problems.map((problem) => ({ type: 'problem' as const, problem }));
  }
}
