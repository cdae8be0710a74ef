import * as vscode from 'vscode';
import { actionsByOwner, weekOf } from '../core/insights/index';
import { localDateOf } from '../core/calendar';
import type { CoachingIndex, FolderAction } from '../host/coachingIndex';
import { treeItem, type Node } from './items';

/**
 * Shared plumbing: draw with treeItem, and redraw whenever the index found something new
 * (the index keeps itself fresh, see host/freshness.ts, and stays quiet when nothing changed).
 */
abstract class IndexTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(protected readonly index: CoachingIndex, protected readonly today: () => string) {
    this.subscription = index.onDidChange(() => this.changed.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return treeItem(node, this.today());
  }

  abstract getChildren(node?: Node): Promise<Node[]>;
}

/** Reflections by ISO week, newest first; private ones are never listed. */
export class ReflectionsTree extends IndexTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'week') return node.children.map((doc) => ({ type: 'reflection' as const, doc, actionTexts: node.actionTexts }));
    if (node) return [];
    const docs = await this.index.teamDocuments();
    // Follow-up rows name their action by its text, from the same team files (never a private one).
    const texts = new Map(docs.flatMap((d) => d.reflection.actions.map((a) => [`${d.source.uri.toString()}\u0000${a.id}`, a.text] as const)));
    const actionTexts = (folder: vscode.WorkspaceFolder, id: string) => texts.get(`${folder.uri.toString()}\u0000${id}`);
    void vscode.commands.executeCommand('setContext', 'retroCoach.noReflections', docs.length === 0);
    const byWeek = new Map<string, typeof docs>();
    for (const doc of [...docs].sort((a, b) => Date.parse(b.reflection.created) - Date.parse(a.reflection.created))) {
      const { week, monday } = weekOf(localDateOf(doc.reflection.created));
      const key = `${week} · ${vscode.l10n.t('from {0}', monday)}`;
      byWeek.set(key, [...(byWeek.get(key) ?? []), doc]);
    }
    return [...byWeek].map(([label, children]) => ({ type: 'week' as const, label, children, actionTexts }));
  }
}

/**
 * Open actions by who answers for them, grouped, counted and ordered by the same core function
 * as the Team Review's and the export's "open actions by owner" (team files only).
 */
export class ActionsTree extends IndexTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'owner') return node.children.map((fa) => ({ type: 'action' as const, fa }));
    if (node) return [];
    const [documents, all] = await Promise.all([this.index.teamDocuments(), this.index.all()]);
    const key = (folder: vscode.WorkspaceFolder | undefined, id: string) => `${folder?.uri.toString() ?? ''}\u0000${id}`;
    const byKey = new Map(all.map((fa) => [key(fa.folder, fa.action.id), fa]));
    return actionsByOwner(documents, this.today()).map((group) => ({
      type: 'owner' as const,
      label: group.assigned ? group.owner : vscode.l10n.t('Unassigned'),
      children: group.actions.map((a) => byKey.get(key(a.source, a.id))).filter((fa): fa is FolderAction => fa !== undefined),
    }));
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
