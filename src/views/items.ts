import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeAge } from '../core/model/actionState';
import type { Reflection } from '../core/model/reflection';
import type { FileProblem, FolderAction, FolderDocument } from '../host/coachingIndex';
import { COMMANDS } from '../commands';

/** A node of the Retro Coach tree: a group, or one thing that opens a file. */
export type Node =
  | { type: 'week'; label: string; children: FolderDocument[] }
  | { type: 'reflection'; doc: FolderDocument }
  | { type: 'owner'; label: string; children: FolderAction[] }
  | { type: 'action'; fa: FolderAction }
  | { type: 'problem'; problem: FileProblem };

const KIND_ICONS: Record<Reflection['kind'], string> = { session: 'comment-discussion', blocker: 'warning', pulse: 'pulse', 'follow-up': 'history' };

export function fileOf(folder: vscode.WorkspaceFolder, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** One line of what a reflection is about: its first answer, or its kind when it has none. */
function summary(r: Reflection): string {
  const first = r.exchanges.find((e) => e.answer.trim())?.answer.replace(/\s+/g, ' ').trim();
  if (first) return first.length > 80 ? `${first.slice(0, 79)}…` : first;
  if (r.kind === 'pulse' && r.pulse) return Object.entries(r.pulse).map(([k, v]) => `${k} ${v}`).join(' · ');
  if (r.kind === 'follow-up' && r.updates?.length) return r.updates.map((u) => `${u.action}: ${u.status}`).join(', ');
  return r.kind;
}

export function treeItem(node: Node, today: string): vscode.TreeItem {
  switch (node.type) {
    case 'week':
    case 'owner': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.children.length);
      item.contextValue = node.type;
      return item;
    }
    case 'reflection': {
      const document = node.doc;
      const r = document.reflection;
      const item = new vscode.TreeItem(summary(r), vscode.TreeItemCollapsibleState.None);
      // Anonymous reflections never name anyone, here or in the tooltip.
      const who = r.visibility === 'anonymous' ? vscode.l10n.t('anonymous') : r.author ?? vscode.l10n.t('no name');
      item.description = `${who} · ${r.created.slice(0, 10)}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${r.kind} · ${who} · ${r.created}\n${document.path}`);
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[r.kind]);
      item.resourceUri = fileOf(document.source, document.path);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [item.resourceUri] };
      item.contextValue = 'reflection';
      return item;
    }
    case 'action': {
      const { action } = node.fa;
      const age = describeAge(action, today);
      const item = new vscode.TreeItem(action.text.length > 80 ? `${action.text.slice(0, 79)}…` : action.text, vscode.TreeItemCollapsibleState.None);
      item.description = [
        action.due ? (age.overdue ? vscode.l10n.t('overdue {0} d', age.daysOverdue) : vscode.l10n.t('due {0}', action.due)) : undefined,
        vscode.l10n.t('{0} d old', age.ageDays),
      ].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(age.overdue ? 'warning' : 'circle-large-outline', age.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
      item.tooltip = new vscode.MarkdownString().appendText(`${action.text}\n${action.path}`);
      item.command = { command: COMMANDS.openFromView.id, title: vscode.l10n.t('Open File'), arguments: [node] };
      item.contextValue = 'action';
      return item;
    }
    case 'problem': {
      const { problem } = node;
      const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
      item.description = `${path.basename(problem.file.fsPath)}:${problem.line}`;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = new vscode.MarkdownString().appendText(`${problem.file.fsPath}:${problem.line}:${problem.col}\n${problem.message}`);
      item.command = { command: COMMANDS.openFromView.id, title: vscode.l10n.t('Open File'), arguments: [node] };
      item.contextValue = 'problem';
      return item;
    }
  }
}
