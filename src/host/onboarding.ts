import * as vscode from 'vscode';
import { onDidSaveReflection } from './save';

/** The walkthrough's id in `contributes.walkthroughs` (a unit test checks package.json uses it). */
export const WALKTHROUGH = 'retroCoach.gettingStarted';
/**
 * True once a reflection was saved in this window; the walkthrough's "first reflection" step
 * completes on it (`onContext:` in package.json, checked by a unit test).
 */
export const REFLECTION_SAVED_CONTEXT = 'retroCoach.reflectionSaved';
/** Set once the person answered or closed the first-run notice: it never comes back. */
const NOTICE_DONE_KEY = 'retroCoach.onboarding.noticeDone.v1';

/**
 * Onboarding: marks the walkthrough's "first reflection" step done when any surface saves one,
 * and, in a window whose folders have no `.coaching/` yet, offers the walkthrough once.
 */
export function registerOnboarding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    onDidSaveReflection(() => void vscode.commands.executeCommand('setContext', REFLECTION_SAVED_CONTEXT, true)),
  );
  void offerWalkthrough(context);
}

async function offerWalkthrough(context: vscode.ExtensionContext): Promise<void> {
  if (!(await noticeWanted(context))) return;
  const open = vscode.l10n.t('Open Walkthrough');
  const never = vscode.l10n.t("Don't Show Again");
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('New to Retro Coach? A short walkthrough shows what it asks, what it saves in .coaching/ and how your team reads it.'),
    open,
    never,
  );
  // Any answer, closing the notice included, is an answer: asking again would be nagging.
  await context.globalState.update(NOTICE_DONE_KEY, true);
  if (choice === open) {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH}`, false);
  }
}

/**
 * The notice is for someone who installed Retro Coach and has not started yet: only in an
 * installed extension (a development or test host is nobody's first run, and its notice would
 * cover the tests' own notifications), never after it was answered, and only when a folder is
 * open and none of them has `.coaching/`.
 */
async function noticeWanted(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.extensionMode !== vscode.ExtensionMode.Production) return false;
  if (context.globalState.get<boolean>(NOTICE_DONE_KEY)) return false;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) return false;
  const hasCoaching = await Promise.all(folders.map((folder) => exists(vscode.Uri.joinPath(folder.uri, '.coaching'))));
  return !hasCoaching.includes(true);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
