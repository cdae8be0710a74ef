import * as vscode from 'vscode';
import { pulseDimensionIn, pulseQuestion, pulseReflection } from '../core/coach/quickCaptures';
import { hostTranslate } from '../host/l10n';
import { LIMITS, PULSE_MAX, PULSE_MIN } from '../core/model/reflection';
import type { HostServices } from '../host/services';
import { teamFiles } from '../host/teamFiles';
import type { QuickDrafts } from './drafts';
import { askChoice, askText, type Choice } from '../host/quickInput';
import { saveCapture, startCapture } from './saveCapture';

/** About what an input box shows of its placeholder at its narrowest. */
const PLACEHOLDER_CHARS = 50;

/**
 * Coach: Pulse Check — five 1–5 ratings and one open question aimed at the lowest, saved
 * as a `pulse` reflection so trends can be charted. Escape keeps the ratings given so far.
 */
export async function pulseCheck(drafts: QuickDrafts, services: HostServices): Promise<void> {
  const capture = await startCapture(vscode.l10n.t('Pulse Check'));
  if (!capture) return;
  const { folder, title, visibility } = capture;
  const draft = drafts.pulse() ?? { ratings: {}, answer: '' };
  const dimensions = teamFiles(folder.uri).config.pulse.map((d) => pulseDimensionIn(d, hostTranslate()));
  const total = dimensions.length + 1;
  const keep = async () => {
    if (Object.keys(draft.ratings).length || draft.answer.trim()) {
      await drafts.savePulse(draft);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(archive) Pulse check kept as a draft; run Pulse Check to finish it.'), 6000);
    }
  };

  for (const [i, dimension] of dimensions.entries()) {
    // The input box shows one short line: what 1 and 5 mean goes next to those ratings, where
    // the list has room for it, and a question too long for the box goes into the title.
    const question = vscode.l10n.t('How is your {0} right now?', dimension.label);
    const fits = question.length <= PLACEHOLDER_CHARS;
    const items: Choice<number>[] = [];
    for (let n = PULSE_MAX; n >= PULSE_MIN; n--) {
      items.push({ label: String(n), description: n === PULSE_MAX ? dimension.high : n === PULSE_MIN ? dimension.low : undefined, value: n });
    }
    const rating = await askChoice({
      title: fits ? title : `${question} (${title})`,
      step: i + 1,
      totalSteps: total,
      placeholder: fits ? question : vscode.l10n.t('Pick a rating from 1 to 5'),
      items,
      active: draft.ratings[dimension.id] ?? 3,
    });
    if (!rating.accepted) return keep();
    draft.ratings[dimension.id] = rating.value;
  }

  const question = pulseQuestion(draft.ratings, dimensions, hostTranslate());
  const answer = await askText({ title, step: total, totalSteps: total, prompt: vscode.l10n.t('{0} (optional: Enter to skip)', question.text), value: draft.answer, required: false, maxLength: LIMITS.answerChars });
  if (!answer.accepted) {
    draft.answer = answer.typed;
    return keep();
  }
  draft.answer = answer.value;

  await saveCapture(folder, visibility, (meta) => pulseReflection(draft, meta, dimensions, hostTranslate()), services, {
    keep: () => drafts.savePulse(draft),
    clear: () => drafts.savePulse(undefined),
    keptMessage: vscode.l10n.t('Your ratings are kept as a draft.'),
  });
}
