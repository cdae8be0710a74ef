import * as vscode from 'vscode';
import { respond } from '../core/coach/respond';
import { BLOCKER_QUESTIONS, blockerReflection, type BlockerInput } from '../core/coach/quickCaptures';
import { LIMITS, isFrictionKind, type FrictionKind } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { teamFiles } from '../host/teamFiles';
import type { QuickDrafts } from './drafts';
import { askChoice, askText, type Choice } from '../host/quickInput';
import { frictionLabels } from '../host/labels';
import { localize, personLanguage } from '../host/l10n';
import { inLanguage } from '../core/questions/bankLanguage';
import { saveCapture, startCapture } from './saveCapture';

/** The kind of friction the person last logged a blocker as, across workspaces (globalState). */
const LAST_KIND_KEY = 'retroCoach.lastBlockerKind.v1';

/**
 * Which kind the picker starts on: the draft's when one is being finished, else the kind the
 * person used last (if this team still offers it), else the first kind offered.
 */
function startingKind(draft: BlockerInput | undefined, offered: readonly FrictionKind[], memory: vscode.Memento): FrictionKind | null | undefined {
  if (draft) return draft.kind;
  const last = memory.get<unknown>(LAST_KIND_KEY);
  return isFrictionKind(last) && offered.includes(last) ? last : offered[0];
}

/**
 * Coach: Log Blocker — the fastest capture: what kind of friction, what is in the way,
 * and (optionally) what would unblock it. Escape at any step keeps what was typed.
 */
export async function logBlocker(drafts: QuickDrafts, services: HostServices, memory: vscode.Memento): Promise<void> {
  const capture = await startCapture(vscode.l10n.t('Log Blocker'));
  if (!capture) return;
  const { folder, title, visibility } = capture;
  const asked = { blocker: inLanguage(BLOCKER_QUESTIONS.blocker, personLanguage()), unblock: inLanguage(BLOCKER_QUESTIONS.unblock, personLanguage()) };
  const resumed = drafts.blocker();
  const draft: BlockerInput = resumed ?? { kind: null, blocker: '', unblock: '' };
  const keep = async (typed?: Partial<BlockerInput>) => {
    const kept = { ...draft, ...typed };
    if (kept.blocker.trim() || kept.unblock.trim()) {
      await drafts.saveBlocker(kept);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(archive) Blocker kept as a draft; run Log Blocker to finish it.'), 6000);
    }
  };

  const offered = teamFiles(folder.uri).config.friction;
  const items: Choice<FrictionKind | null>[] = [
    ...offered.map((kind) => ({ label: frictionLabels()[kind], value: kind as FrictionKind | null })),
    { label: vscode.l10n.t('Not sure'), value: null },
  ];
  const kind = await askChoice({ title, step: 1, totalSteps: 3, placeholder: vscode.l10n.t('What kind of friction is it?'), items, active: startingKind(resumed, offered, memory) });
  if (!kind.accepted) return keep();
  draft.kind = kind.value;
  if (kind.value) await memory.update(LAST_KIND_KEY, kind.value);

  const blocker = await askText({ title, step: 2, totalSteps: 3, prompt: asked.blocker.text, placeholder: vscode.l10n.t('Say it plainly: the thing, and what it stops'), value: draft.blocker, required: true, maxLength: LIMITS.answerChars });
  if (!blocker.accepted) return keep({ blocker: blocker.typed });
  draft.blocker = blocker.value;

  // Acknowledge what was said before asking the next thing, as the panel does.
  const heard = localize(respond(draft.blocker, 'reality', services.random).text);
  const unblock = await askText({ title, step: 3, totalSteps: 3, prompt: vscode.l10n.t('{0} {1} (optional: Enter to skip)', heard, asked.unblock.text), value: draft.unblock, required: false, maxLength: LIMITS.answerChars });
  if (!unblock.accepted) return keep({ unblock: unblock.typed });
  draft.unblock = unblock.value;

  await saveCapture(folder, visibility, (meta) => blockerReflection(draft, meta, asked), services, {
    keep: () => drafts.saveBlocker(draft),
    clear: () => drafts.saveBlocker(undefined),
    keptMessage: vscode.l10n.t('Your blocker is kept as a draft.'),
  });
}
