import type { SessionState } from '../core/coach/session';
import type { SessionView } from '../webview/session/protocol';

/** What the app needs to draw `state`: the host keeps the whole state, the app sees this. */
export function toView(state: SessionState, extra: { folderName: string; error: string | null; saving: boolean }): SessionView {
  const q = state.step === 'question' ? state.questions[state.current] : undefined;
  return {
    step: state.step,
    inputKey: `${state.startedAt}:${state.step}:${state.current}`,
    folderName: extra.folderName,
    kind: state.kind,
    question: q ? { text: q.text, stage: q.stage, number: state.current + 1, total: state.questions.length } : null,
    acknowledgment: state.acknowledgment,
    draft: state.draft,
    canGoBack: (state.step === 'question' && state.current > 0) || state.step === 'action' || state.step === 'review',
    action: { ...state.action },
    actionSkipped: state.actionSkipped,
    visibility: state.visibility,
    friction: [...state.friction],
    exchanges: state.questions
      .map((question, i) => ({ question: question.text, answer: state.answers[i] ?? '' }))
      .slice(0, state.answers.length)
      .filter((e) => e.answer.trim()),
    savedPath: state.saved?.relativePath ?? null,
    error: extra.error,
    saving: extra.saving,
  };
}
