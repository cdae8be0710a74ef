import * as vscode from 'vscode';
import { followUpReflection } from '../core/model/actionState';
import { LIMITS, type ActionStatus, type Visibility } from '../core/model/reflection';
import { askChoice, askText, type Choice } from '../host/quickInput';
import type { SessionServices } from '../host/services';
import { saveNewReflection } from '../host/save';
import { defaultVisibility } from '../host/settings';
import type { CoachingIndex, FolderAction } from '../host/coachingIndex';

export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case 'done': return vscode.l10n.t('Done');
    case 'open': return vscode.l10n.t('Still on it');
    case 'dropped': return vscode.l10n.t('Dropped');
  }
}

/**
 * A follow-up keeps the privacy of what it follows: a private action's update stays
 * private, an anonymous one's stays anonymous; otherwise the default applies.
 */
function followUpVisibility(fa: FolderAction): Visibility {
  if (fa.action.visibility === 'private' || fa.action.visibility === 'anonymous') return fa.action.visibility;
  return defaultVisibility(fa.folder.uri);
}

/**
 * Records a new status for an action as a new follow-up file (never an edit of the old one),
 * after an optional note on what happened. Resolves to whether a file was written.
 */
export async function recordFollowUp(fa: FolderAction, status: ActionStatus, services: SessionServices): Promise<boolean> {
  const note = await askText({
    title: vscode.l10n.t('Follow up: {0}', fa.action.text.slice(0, 80)),
    step: 1,
    totalSteps: 1,
    prompt: vscode.l10n.t('{0}. What happened? (optional: Enter to skip)', statusLabel(status)),
    value: '',
    required: false,
    maxLength: LIMITS.noteChars,
  });
  if (!note.accepted) return false;
  const visibility = followUpVisibility(fa);
  try {
    await saveNewReflection(fa.folder.uri, visibility, (meta) => followUpReflection([{ action: fa.action.id, status, note: note.value }], { ...meta, visibility }), services);
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Follow-up saved: {0} — {1}', fa.action.text.slice(0, 60), statusLabel(status)), 5000);
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
    return false;
  }
}

const ASKED_BACK_KEY = 'retroCoach.askedBack.v1';
/** An action is asked back at most once in this many hours, so nobody is nagged. */
const ASK_BACK_EVERY_HOURS = 20;

/**
 * "Last time you said you would … What happened?": before a new session, the oldest of the
 * person's open actions not asked about recently comes back, one at a time. Escape or
 * "Ask me later" moves on to the session without recording anything.
 */
export async function askBack(index: CoachingIndex, services: SessionServices, memento: vscode.Memento): Promise<void> {
  const now = services.now();
  const askedBack = memento.get<Record<string, string>>(ASKED_BACK_KEY) ?? {};
  const recent = (id: string) => now.getTime() - (Date.parse(askedBack[id] ?? '') || 0) < ASK_BACK_EVERY_HOURS * 3_600_000;
  const due = (await index.openMine()).find((fa) => !recent(fa.action.id));
  if (!due) return;
  const pruned = Object.fromEntries(Object.entries(askedBack).filter(([id]) => recent(id)));
  await memento.update(ASKED_BACK_KEY, { ...pruned, [due.action.id]: now.toISOString() });

  const { text, due: dueDate } = due.action;
  const question = dueDate
    ? vscode.l10n.t('Last time you said you would “{0}” (due {1}). What happened?', text, dueDate)
    : vscode.l10n.t('Last time you said you would “{0}”. What happened?', text);
  const items: Choice<ActionStatus | 'later'>[] = [
    { label: `$(check) ${statusLabel('done')}`, value: 'done' },
    { label: `$(sync) ${statusLabel('open')}`, value: 'open' },
    { label: `$(close) ${statusLabel('dropped')}`, value: 'dropped' },
    { label: `$(clock) ${vscode.l10n.t('Ask me later')}`, value: 'later' },
  ];
  const choice = await askChoice({ title: question, step: 1, totalSteps: 1, placeholder: vscode.l10n.t('Choose what happened, or Escape to skip'), items });
  if (!choice.accepted || choice.value === 'later') return;
  await recordFollowUp(due, choice.value, services);
}
