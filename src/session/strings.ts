import * as vscode from 'vscode';
import type { WebviewStrings } from '../webview/session/protocol';
import { frictionLabels, keyed, stageLabels } from '../host/labels';
import { localize } from '../host/l10n';
import { dueNotADate } from '../core/coach/session';

/**
 * The app's texts, localised here on the host (the webview has no vscode.l10n) and sent in
 * the `init` message. `{0}`-style placeholders are filled in by the app.
 */
// eslint-disable-next-line max-lines-per-function -- a string table: one line per text, nothing to split.
export function webviewStrings(): WebviewStrings {
  const t = vscode.l10n.t;
  return {
    title: t('Reflection'),
    savingTo: t('Saving to {0}/.coaching', '{0}'),
    kindPrompt: t('What kind of friction is on your mind?'),
    kindHint: t('Pick the closest; you can tag more than one before saving.'),
    ...keyed('kind.', frictionLabels()),
    'kind.unsure': t('Not sure yet'),
    'kindHint.technical': t('Code, tools, builds, tests, environments'),
    'kindHint.procedural': t('Process, reviews, hand-offs, approvals, meetings'),
    'kindHint.cultural': t('Norms, communication, decisions, trust'),
    'kindHint.personal': t('Focus, energy, skills, workload'),
    'kindHint.unsure': t('Say what is on your mind; the coach suggests a kind'),
    'stage.focus': t('Focus'),
    ...keyed('stage.', stageLabels()),
    progress: t('Question {0} of {1}', '{0}', '{1}'),
    progressExtra: t('Question {0} of {1} · one more thought', '{0}', '{1}'),
    answerLabel: t('Your answer'),
    answerPlaceholder: t('Write as much or as little as you like…'),
    continue: t('Continue'),
    skip: t('Skip question'),
    back: t('Back'),
    keyHint: t('{0} to continue · your draft is kept if you close this panel', '{0}'),
    keyHintMore: t('{0} to continue · {1} for “And what else?” · your draft is kept if you close this panel', '{0}', '{1}'),
    whatElse: t('And what else?'),
    whatElseHint: t('Keep this answer and add more to it ({0})', '{0}'),
    guessPrompt: t('From what you wrote, this sounds like {0} friction.', '{0}'),
    guessNone: t('Which kind of friction is this mostly about?'),
    guessHint: t('The next questions stay with one kind. Pick another if it fits better.'),
    guessed: t('Suggested'),
    actionPrompt: t('What is one concrete next step?'),
    actionHint: t('Small and specific beats big and vague. It comes back to you later.'),
    actionText: t('Next step'),
    actionFromAnswer: t('Filled in from your last answer; edit it as you like.'),
    actionOwner: t('Owner (optional)'),
    actionOwnerPlaceholder: t('Who will do it? Leave empty for yourself'),
    actionDue: t('Due date (optional)'),
    skipAction: t('No next step'),
    reviewNext: t('Review'),
    reviewTitle: t('Before you save'),
    reviewNoAction: t('No next step this time.'),
    learningLabel: t('Optional: your answer is saved with the others; leave it empty to skip.'),
    visibilityLegend: t('Who can see this?'),
    'visibility.team': t('Team'),
    'visibility.anonymous': t('Anonymous'),
    'visibility.private': t('Private'),
    'visibilityHint.team': t('Committed with your name, for the team retro.'),
    'visibilityHint.anonymous': t('Committed without your name in the file. Git history still records who commits it.'),
    'visibilityHint.private': t('Stays on this machine in .coaching/private, which git ignores.'),
    privateOffered: t('Private is chosen for you because this sounded heavy. You can still pick another.'),
    frictionLegend: t('Friction'),
    save: t('Save reflection'),
    saving: t('Saving…'),
    savedTitle: t('Saved'),
    savedAt: t('Your reflection is in {0}. Commit it with your next change.', '{0}'),
    openFile: t('Open file'),
    startAnother: t('Start another'),
    discard: t('Discard…'),
    draftSaved: t('Draft kept'),
    nextStepLabel: t('Next step'),
    ownerLabel: t('Owner'),
    dueLabel: t('Due'),
    // The same sentence the session refuses a due date with: one text, one translation.
    dueNotADate: localize(dueNotADate('{0}')),
    dueUnfinished: t('Finish the date, or clear it to go on without one.'),
    duePassed: t('This date has already passed. Keep it if the step is already overdue; otherwise pick a later day.'),
    stagesLabel: t('Coaching stages (GROW)'),
  };
}
