import * as vscode from 'vscode';
import { acknowledge } from '../core/coach/acknowledge';
import { BLOCKER_QUESTIONS, blockerReflection, type BlockerInput } from '../core/coach/quickCaptures';
import { LIMITS, type FrictionKind } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { pickFolder } from '../host/folders';
import { teamFiles } from '../host/teamFiles';
import type { QuickDrafts } from './drafts';
import { askChoice, askText, type Choice } from '../host/quickInput';
import { frictionLabels } from '../host/labels';
import { saveCapture } from './saveCapture';

/**
 * Coach: Log Blocker — the fastest capture: what kind of friction, what is in the way,
 * and (optionally) what would unblock it. Escape at any step keeps what was typed.
 */
export async function logBlocker(drafts: QuickDrafts, services: HostServices): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const draft: BlockerInput = drafts.blocker() ?? { kind: null, blocker: '', unblock: '' };
  const title = vscode.l10n.t('Log Blocker');
  const keep = async (typed?: Partial<BlockerInput>) => {
    const kept = { ...draft, ...typed };
    if (kept.blocker.trim() || kept.unblock.trim()) {
      await drafts.saveBlocker(kept);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(archive) Blocker kept as a draft; run Log Blocker to finish it.'), 6000);
    }
  };

  const items: Choice<FrictionKind | null>[] = [
    ...teamFiles(folder.uri).config.friction.map((kind) => ({ label: frictionLabels()[kind], value: kind as FrictionKind | null })),
    { label: vscode.l10n.t('Not sure'), value: null },
  ];
  const kind = await askChoice({ title, step: 1, totalSteps: 3, placeholder: vscode.l10n.t('What kind of friction is it?'), items, active: draft.kind });
  if (!kind.accepted) return keep();
  draft.kind = kind.value;

  const blocker = await askText({ title, step: 2, totalSteps: 3, prompt: BLOCKER_QUESTIONS.blocker.text, placeholder: vscode.l10n.t('Say it plainly: the thing, and what it stops'), value: draft.blocker, required: true, maxLength: LIMITS.answerChars });
  if (!blocker.accepted) return keep({ blocker: blocker.typed });
  draft.blocker = blocker.value;

  // Acknowledge what was said before asking the next thing, as the panel does.
  const heard = acknowledge(draft.blocker, 'reality', services.random);
  const unblock = await askText({ title, step: 3, totalSteps: 3, prompt: vscode.l10n.t('{0} {1} (optional: Enter to skip)', heard, BLOCKER_QUESTIONS.unblock.text), value: draft.unblock, required: false, maxLength: LIMITS.answerChars });
  if (!unblock.accepted) return keep({ unblock: unblock.typed });
  draft.unblock = unblock.value;

  await saveCapture(folder, (meta) => blockerReflection(draft, meta), services, {
    keep: () => drafts.saveBlocker(draft),
    clear: () => drafts.saveBlocker(undefined),
    keptMessage: vscode.l10n.t('Your blocker is kept as a draft.'),
  });
}
