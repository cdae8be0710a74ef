import * as vscode from 'vscode';
import type { ActionStatus } from '../core/model/reflection';
import { recordFollowUp, statusLabel } from '../host/followUps';
import { actionLine } from '../host/locate';
import type { HostServices } from '../host/services';
import type { CoachingIndex } from '../host/coachingIndex';
import { fileOf, type Node } from './items';
import { ActionsTree, ProblemsTree, ReflectionsTree } from './providers';
import { COMMANDS } from '../commands';

/** Where a node points: its file and line. */
async function location(node: Node): Promise<{ file: vscode.Uri; line: number } | undefined> {
  switch (node.type) {
    case 'reflection': return { file: fileOf(node.doc.source, node.doc.path), line: 0 };
    case 'action': {
      const file = fileOf(node.fa.folder, node.fa.action.path);
      return { file, line: await actionLine(file, node.fa.action.id) };
    }
    case 'problem': return { file: node.problem.file, line: Math.max(0, node.problem.line - 1) };
    default: return undefined;
  }
}

/** The Retro Coach view container: reflections by week, open actions by owner, problems. */
export function register(context: vscode.ExtensionContext, services: HostServices, index: CoachingIndex): void {
  const open = async (node: Node) => {
    const where = await location(node);
    if (!where) return;
    const at = new vscode.Position(where.line, 0);
    await vscode.window.showTextDocument(where.file, { selection: new vscode.Range(at, at), preview: true });
  };
  const trees = [new ReflectionsTree(index, services.today), new ActionsTree(index, services.today), new ProblemsTree(index, services.today)] as const;
  context.subscriptions.push(...trees,
    vscode.window.createTreeView('retroCoach.reflections', { treeDataProvider: trees[0], showCollapseAll: true }),
    vscode.window.createTreeView('retroCoach.actions', { treeDataProvider: trees[1], showCollapseAll: true }),
    vscode.window.createTreeView('retroCoach.problems', { treeDataProvider: trees[2] }),
    vscode.commands.registerCommand(COMMANDS.openFromView.id, open),
    vscode.commands.registerCommand(COMMANDS.refreshViews.id, () => index.refresh()),
    vscode.commands.registerCommand(COMMANDS.followUpFromView.id, async (node: Node) => {
      if (node?.type !== 'action') return;
      const statuses: ActionStatus[] = ['done', 'open', 'dropped'];
      const choice = await vscode.window.showQuickPick(statuses.map((status) => ({ label: statusLabel(status), status })), { title: vscode.l10n.t('What happened with “{0}”?', node.fa.action.text.slice(0, 80)) });
      if (choice) await recordFollowUp(node.fa, choice.status, services);
    }),
    vscode.commands.registerCommand(COMMANDS.copyLinkFromView.id, async (node: Node) => {
      const where = await location(node);
      if (!where) return;
      // A repository-relative path with a line anchor: it works in GitHub/GitLab links and in chat.
      await vscode.env.clipboard.writeText(`${vscode.workspace.asRelativePath(where.file, false)}#L${where.line + 1}`);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(clippy) Link copied'), 3000);
    }),
  );
}
