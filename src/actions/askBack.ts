import * as vscode from 'vscode';
import type { ActionStatus } from '../core/model/reflection';
import type { CoachingIndex } from '../host/coachingIndex';
import { recordFollowUp, statusLabel } from '../host/followUps';
import { askChoice, type Choice } from '../host/quickInput';
import type { HostServices } from '../host/services';

const ASKED_BACK_KEY = 'retroCoach.askedBack.v1';
/** An action is asked back at most once in this many hours, so nobody is nagged. */
const ASK_BACK_EVERY_HOURS = 20;

/**
 * "Last time you said you would … What happened?": before a new session, the oldest of the
 * person's open actions not asked about recently comes back, one at a time. Escape or
 * "Ask me later" moves on to the session without recording anything.
 */
export async function askBack(index: CoachingIndex, services: HostServices, memento: vscode.Memento): Promise<void> {
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
