import * as vscode from 'vscode';
import { readHistory, type HistoryEntry } from '../core/git/history';
import type { GitExtension } from '../host/git';
import type { CoachingIndex } from '../host/coachingIndex';
import { pickFolder } from '../host/folders';
import { requireTrust } from '../host/trust';
import { errorMessage } from '../core/util/errors';
import { localize } from '../host/l10n';

interface EntryItem extends vscode.QuickPickItem {
  entry?: HistoryEntry;
}

const CHANGE_ICONS: Record<HistoryEntry['change'], string> = { added: 'add', modified: 'edit', deleted: 'trash', renamed: 'arrow-right' };

/** The Git extension's API, when it is there and enabled. */
async function gitApi() {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate().then((e) => e, () => undefined);
  return exports?.enabled ? exports.getAPI(1) : undefined;
}

/**
 * Coach: Show History — the timeline of `.coaching/` from git, newest first: type to filter by
 * file, author, week or change; Enter opens the file as it was in that commit (or as it is
 * now, outside git). Anonymous and private files never show who committed them.
 */
export async function showHistory(index: CoachingIndex): Promise<void> {
  if (!requireTrust('git', vscode.l10n.t('Show History'))) return;
  const folder = await pickFolder();
  if (!folder || folder.uri.scheme !== 'file') return;
  const documents = (await index.teamDocuments()).filter((d) => d.source.uri.toString() === folder.uri.toString());
  const cancel = new AbortController();
  const history = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the history of .coaching…'), cancellable: true },
    (_progress, token) => {
      token.onCancellationRequested(() => cancel.abort());
      return readHistory(folder.uri.fsPath, documents, { signal: cancel.signal });
    },
  ).then((h) => h, (err: unknown) => {
    if (!cancel.signal.aborted) void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the history: {0}', errorMessage(err)));
    return undefined;
  });
  if (!history) return;
  for (const warning of history.warnings) void vscode.window.showWarningMessage(localize(warning));
  if (!history.entries.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing in .coaching has been committed yet.'));
    return;
  }
  const items: EntryItem[] = [...history.entries].reverse().map((entry) => ({
    label: `$(${CHANGE_ICONS[entry.change]}) ${entry.path.split('/').pop()}`,
    description: [entry.date.slice(0, 10), entry.author ?? (entry.commit ? vscode.l10n.t('(anonymous)') : undefined), entry.change].filter(Boolean).join(' · '),
    detail: entry.from ? `${entry.from} → ${entry.path}` : entry.path,
    entry,
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('History of .coaching in {0} ({1} changes)', folder.name, history.entries.length),
    placeHolder: vscode.l10n.t('Filter by file, author, date or change; Enter opens the file as it was then'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  const entry = choice?.entry;
  if (!entry) return;
  const file = vscode.Uri.joinPath(folder.uri, ...entry.path.split('/'));
  const git = entry.commit ? await gitApi() : undefined;
  // A deleted file is shown as it was just before the commit that deleted it.
  const ref = entry.change === 'deleted' ? `${entry.commit}~1` : entry.commit;
  await vscode.window.showTextDocument(git && ref ? git.toGitUri(file, ref) : file, { preview: true });
}
