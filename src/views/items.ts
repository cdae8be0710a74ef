import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeAge } from '../core/model/actionState';
import { countReflections } from '../core/insights/counting';
import type { Reflection } from '../core/model/reflection';
import type { FileProblem, FolderAction, FolderDocument } from '../host/coachingIndex';
import { statusLabel } from '../host/followUps';
import { COMMANDS } from '../commands';
import { escapeControls } from '../core/util/plainText';
import { localizeText } from '../host/l10n';

/** The text of the action with this id in this folder's team reflections, for rows that only name its id. */
export type ActionTexts = (folder: vscode.WorkspaceFolder, id: string) => string | undefined;

/** A node of the Retro Coach tree: a group, or one thing that opens a file. */
export type Node =
  | { type: 'week'; label: string; children: FolderDocument[]; actionTexts?: ActionTexts }
  | { type: 'reflection'; doc: FolderDocument; actionTexts?: ActionTexts }
  | { type: 'owner'; label: string; children: FolderAction[] }
  | { type: 'action'; fa: FolderAction }
  | { type: 'problem'; problem: FileProblem };

const KIND_ICONS: Record<Reflection['kind'], string> = { session: 'comment-discussion', blocker: 'warning', pulse: 'pulse', 'follow-up': 'history' };

export function fileOf(folder: vscode.WorkspaceFolder, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

const oneLine = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * One line of what a reflection is about: its first answer; for a follow-up, what became of
 * which action ("Done: Split the integration suite"), by the action's text where the team's
 * files have it and by its id where they do not; else its kind.
 */
function summary(document: FolderDocument, actionTexts: ActionTexts | undefined): string {
  const r = document.reflection;
  const first = r.exchanges.find((e) => e.answer.trim())?.answer;
  if (first) return oneLine(first);
  if (r.kind === 'pulse' && r.pulse) return Object.entries(r.pulse).map(([k, v]) => `${k} ${v}`).join(' · ');
  if (r.kind === 'follow-up' && r.updates?.length) {
    return oneLine(r.updates.map((u) => `${statusLabel(u.status)}: ${actionTexts?.(document.source, u.action) ?? u.action}`).join(' · '));
  }
  return r.kind;
}

/** "4 reflections · 1 follow-up": counted as the Team Review and the export count them. */
function weekDescription(documents: readonly FolderDocument[]): string {
  const { total, followUps } = countReflections(documents);
  const reflections = total === 1 ? vscode.l10n.t('1 reflection') : vscode.l10n.t('{0} reflections', total);
  if (!followUps) return reflections;
  return `${reflections} · ${followUps === 1 ? vscode.l10n.t('1 follow-up') : vscode.l10n.t('{0} follow-ups', followUps)}`;
}

/**
 * A tree row shows text from other people's files: control and bidirectional characters are
 * made visible in its label and description, so a name written with U+202E cannot read
 * backwards and an escape sequence cannot reach a screen reader as noise.
 */
export function treeItem(node: Node, today: string): vscode.TreeItem {
  const item = rawTreeItem(node, today);
  if (typeof item.label === 'string') item.label = escapeControls(item.label);
  if (typeof item.description === 'string') item.description = escapeControls(item.description);
  if (item.tooltip instanceof vscode.MarkdownString) item.tooltip = new vscode.MarkdownString(escapeControls(item.tooltip.value));
  return item;
}

function rawTreeItem(node: Node, today: string): vscode.TreeItem {
  switch (node.type) {
    case 'week':
    case 'owner': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.type === 'week' ? weekDescription(node.children) : String(node.children.length);
      item.contextValue = node.type;
      return item;
    }
    case 'reflection': {
      const document = node.doc;
      const r = document.reflection;
      const item = new vscode.TreeItem(summary(document, node.actionTexts), vscode.TreeItemCollapsibleState.None);
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
      const message = localizeText(problem.message);
      const item = new vscode.TreeItem(message, vscode.TreeItemCollapsibleState.None);
      item.description = `${path.basename(problem.file.fsPath)}:${problem.line}`;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = new vscode.MarkdownString().appendText(`${problem.file.fsPath}:${problem.line}:${problem.col}\n${message}`);
      item.command = { command: COMMANDS.openFromView.id, title: vscode.l10n.t('Open File'), arguments: [node] };
      item.contextValue = 'problem';
      return item;
    }
  }
}
