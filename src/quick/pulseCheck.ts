import * as vscode from 'vscode';
import { pulseQuestion, pulseReflection } from '../core/coach/quickCaptures';
import { LIMITS, PULSE_MAX, PULSE_MIN } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { pickFolder } from '../host/folders';
import { teamFiles } from '../host/teamFiles';
import type { QuickDrafts } from './drafts';
import { askChoice, askText, type Choice } from '../host/quickInput';
import { saveCapture } from './saveCapture';

/**
 * Coach: Pulse Check — five 1–5 ratings and one open question aimed at the lowest, saved
 * as a `pulse` reflection so trends can be charted. Escape keeps the ratings given so far.
 */
export async function pulseCheck(drafts: QuickDrafts, services: HostServices): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const draft = drafts.pulse() ?? { ratings: {}, answer: '' };
  const dimensions = teamFiles(folder.uri).config.pulse;
  const title = vscode.l10n.t('Pulse Check');
  const total = dimensions.length + 1;
  const keep = async () => {
    if (Object.keys(draft.ratings).length || draft.answer.trim()) {
      await drafts.savePulse(draft);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(archive) Pulse check kept as a draft; run Pulse Check to finish it.'), 6000);
    }
  };

  for (const [i, dimension] of dimensions.entries()) {
    const items: Choice<number>[] = [];
    for (let n = PULSE_MAX; n >= PULSE_MIN; n--) {
      items.push({ label: String(n), description: n === PULSE_MAX ? dimension.high : n === PULSE_MIN ? dimension.low : undefined, value: n });
    }
    const rating = await askChoice({
      title,
      step: i + 1,
      totalSteps: total,
      placeholder: vscode.l10n.t('How is your {0} right now? 1 = {1}, 5 = {2}', dimension.label, dimension.low, dimension.high),
      items,
      active: draft.ratings[dimension.id] ?? 3,
    });
    if (!rating.accepted) return keep();
    draft.ratings[dimension.id] = rating.value;
  }

  const question = pulseQuestion(draft.ratings, dimensions);
  const answer = await askText({ title, step: total, totalSteps: total, prompt: vscode.l10n.t('{0} (optional: Enter to skip)', question.text), value: draft.answer, required: false, maxLength: LIMITS.answerChars });
  if (!answer.accepted) {
    draft.answer = answer.typed;
    return keep();
  }
  draft.answer = answer.value;

  await saveCapture(folder, (meta) => pulseReflection(draft, meta, dimensions), services, {
    keep: () => drafts.savePulse(draft),
    clear: () => drafts.savePulse(undefined),
    keptMessage: vscode.l10n.t('Your ratings are kept as a draft.'),
  });
}
