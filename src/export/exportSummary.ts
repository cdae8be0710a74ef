import * as vscode from 'vscode';
import type { Period } from '../core/insights/index';
import { isCalendarDate } from '../core/model/reflection';
import { retroSummaryMarkdown } from '../core/insights/summaryMarkdown';
import { SUMMARIES_DIR, lastSummaryDate, saveSummary } from '../core/store/summaryFiles';
import { dayAfter, daysBefore, toLocalIso } from '../core/calendar';
import type { HostServices } from '../host/services';
import type { TeamInsightsSource } from '../host/teamInsightsSource';
import { pickFolder } from '../host/folders';
import { errorMessage } from '../core/util/errors';
import { hostTranslate } from '../host/l10n';

interface PeriodItem extends vscode.QuickPickItem {
  period?: Period;
}

/** Which period to summarise: since the last export by default, or a fixed or custom range. */
async function choosePeriod(root: string, today: string): Promise<Period | undefined> {
  const last = await lastSummaryDate(root);
  const items: PeriodItem[] = [];
  if (last && last < today) items.push({ label: vscode.l10n.t('Since the last summary'), description: `${dayAfter(last)} – ${today}`, period: { from: dayAfter(last), to: today } });
  items.push(
    { label: vscode.l10n.t('Last 2 weeks'), description: `${daysBefore(today, 13)} – ${today}`, period: { from: daysBefore(today, 13), to: today } },
    { label: vscode.l10n.t('Last 4 weeks'), description: `${daysBefore(today, 27)} – ${today}`, period: { from: daysBefore(today, 27), to: today } },
    { label: vscode.l10n.t('Custom range…') },
  );
  const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Retro Summary'), placeHolder: vscode.l10n.t('Which period should the summary cover?') });
  if (!choice) return undefined;
  if (choice.period) return choice.period;
  const range = await vscode.window.showInputBox({
    title: vscode.l10n.t('Export Retro Summary'),
    prompt: vscode.l10n.t('From and to, as YYYY-MM-DD..YYYY-MM-DD'),
    value: `${daysBefore(today, 13)}..${today}`,
    validateInput: (text) => {
      const [from, to] = text.split('..').map((s) => s.trim());
      if (!isCalendarDate(from) || !isCalendarDate(to)) return vscode.l10n.t('Write two dates like 2026-11-01..2026-11-14.');
      return to < from ? vscode.l10n.t('The range ends before it starts.') : undefined;
    },
  });
  if (!range) return undefined;
  const [from, to] = range.split('..').map((s) => s.trim());
  return { from, to };
}

/**
 * Coach: Export Retro Summary — Markdown for the retro meeting, opened in an editor so it
 * can be edited first; "Save to .coaching/summaries" stores what is in the editor then and
 * opens the saved file in its place.
 */
export async function exportSummary(source: TeamInsightsSource, services: HostServices): Promise<void> {
  const folder = await pickFolder();
  if (!folder || folder.uri.scheme !== 'file') return;
  const now = services.now();
  const today = services.today();
  const period = await choosePeriod(folder.uri.fsPath, today);
  if (!period) return;
  // The folder's team documents, through the gate, computed off this thread (the Team Review's worker).
  let insights;
  try {
    insights = await source.insights(folder, period, today);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The retro summary could not be computed: {0}', errorMessage(err)));
    return;
  }
  // In the display language, through vscode.l10n like every other word of the extension; what came from files stays as written.
  const markdown = retroSummaryMarkdown(insights, { period, generatedAt: toLocalIso(now), linkFrom: SUMMARIES_DIR, t: hostTranslate() });
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });

  const save = vscode.l10n.t('Save to {0}', SUMMARIES_DIR);
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Retro summary for {0} – {1} is open. Edit it, then save it with the team’s reflections.', period.from, period.to), save);
  if (choice !== save) return;
  let relative: string;
  try {
    relative = await saveSummary(folder.uri.fsPath, today, doc.getText(), services.random);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the summary: {0}. It is still open in the editor.', errorMessage(err)));
    return;
  }
  await replaceUntitled(doc, vscode.Uri.joinPath(folder.uri, ...relative.split('/')), editor.viewColumn);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Summary saved to {0}', relative), 5000);
}

/**
 * After the summary is saved, the saved file takes the untitled editor's place: an untitled
 * copy left open would stay dirty and ask to be saved again. The copy is closed only if it
 * still holds exactly what was saved; edits made since stay open, and nothing typed is lost.
 */
async function replaceUntitled(doc: vscode.TextDocument, saved: vscode.Uri, column: vscode.ViewColumn | undefined): Promise<void> {
  const savedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(saved));
  if (!doc.isClosed && doc.getText() === savedText) {
    await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
    if (vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.window.showTextDocument(saved, { viewColumn: column, preview: false });
}
