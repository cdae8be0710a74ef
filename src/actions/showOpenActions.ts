import * as vscode from 'vscode';
import { describeAge } from '../core/model/actionState';
import type { ActionStatus } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import type { CoachingIndex, FolderAction } from '../host/coachingIndex';
import { recordFollowUp, statusLabel } from '../host/followUps';
import { actionLine } from '../host/locate';

interface ActionItem extends vscode.QuickPickItem {
  fa?: FolderAction;
}

const BUTTONS: Array<{ status: ActionStatus; button: vscode.QuickInputButton }> = [
  { status: 'done', button: { iconPath: new vscode.ThemeIcon('check'), tooltip: statusLabel('done') } },
  { status: 'open', button: { iconPath: new vscode.ThemeIcon('sync'), tooltip: statusLabel('open') } },
  { status: 'dropped', button: { iconPath: new vscode.ThemeIcon('close'), tooltip: statusLabel('dropped') } },
];

function toItem(fa: FolderAction, today: string, multiRoot: boolean): ActionItem {
  const { action } = fa;
  const age = describeAge(action, today);
  const owner = action.owner ?? action.author;
  const parts = [
    owner ? vscode.l10n.t('owner: {0}', owner) : vscode.l10n.t('no owner'),
    action.due ? (age.overdue ? vscode.l10n.t('$(warning) overdue by {0} d (due {1})', age.daysOverdue, action.due) : vscode.l10n.t('due {0}', action.due)) : undefined,
    vscode.l10n.t('{0} d old', age.ageDays),
  ].filter(Boolean);
  // Owner and due date go on the second line, before the file: a long action text fills the
  // first line and would push anything after it out of sight.
  return {
    label: action.text.length > 120 ? `${action.text.slice(0, 119)}…` : action.text,
    detail: [...parts, multiRoot ? `${fa.folder.name}/${action.path}` : action.path].join(' · '),
    buttons: BUTTONS.map((b) => b.button),
    fa,
  };
}

/**
 * Coach: Show Open Actions — yours first, then the team's, with age and overdue marks.
 * Enter opens the file at the action; the buttons record Done / Still on it / Dropped.
 */
export async function showOpenActions(index: CoachingIndex, services: HostServices): Promise<void> {
  const all = (await index.all()).filter((fa) => fa.action.status === 'open');
  if (!all.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No open actions in .coaching. Next steps you name in a reflection show up here.'));
    return;
  }
  const today = services.today();
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const mine = all.filter((fa) => fa.mine);
  const team = all.filter((fa) => !fa.mine);
  const items: ActionItem[] = [];
  if (mine.length) items.push({ label: vscode.l10n.t('Yours'), kind: vscode.QuickPickItemKind.Separator }, ...mine.map((fa) => toItem(fa, today, multiRoot)));
  if (team.length) items.push({ label: vscode.l10n.t('Team'), kind: vscode.QuickPickItemKind.Separator }, ...team.map((fa) => toItem(fa, today, multiRoot)));

  const pick = vscode.window.createQuickPick<ActionItem>();
  pick.title = vscode.l10n.t('Open actions ({0} yours, {1} team)', mine.length, team.length);
  pick.placeholder = vscode.l10n.t('Enter opens the file; the buttons record Done, Still on it or Dropped');
  pick.items = items;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  await new Promise<void>((resolve) => {
    pick.onDidAccept(() => {
      const fa = pick.selectedItems[0]?.fa;
      pick.hide();
      if (fa) void openAt(fa);
    });
    pick.onDidTriggerItemButton((event) => {
      const fa = event.item.fa;
      const status = BUTTONS.find((b) => b.button === event.button)?.status;
      pick.hide();
      if (fa && status) void recordFollowUp(fa, status, services);
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve();
    });
    pick.show();
  });
}

/** Opens the action's file with the cursor on its `id:` line. */
async function openAt(fa: FolderAction): Promise<void> {
  const file = vscode.Uri.joinPath(fa.folder.uri, ...fa.action.path.split('/'));
  const position = new vscode.Position(await actionLine(file, fa.action.id), 0);
  await vscode.window.showTextDocument(file, { selection: new vscode.Range(position, position), preview: true });
}
