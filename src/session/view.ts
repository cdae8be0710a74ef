import { canAskWhatElse, progressOf, trackStage, type SessionState } from '../core/coach/session';
import { clip, ELLIPSIS } from '../core/util/clip';
import type { Message } from '../core/util/message';
import { TRACK_STAGES, VIEW_CHARS, type DraftField, type SessionView, type TrackStage } from '../webview/session/protocol';

export interface ViewContext {
  folderName: string;
  error: string | null;
  /** The input `error` is about, when it is about one (shown next to it). */
  errorField?: DraftField | null;
  /** The person's local date: a due date before it gets a hint. */
  today: string;
  saving: boolean;
  /** The person's language for the coach's sentences (vscode.l10n on the host, plain English in tests). */
  localize(message: Message): string;
}

const isTrackStage = (stage: unknown): stage is TrackStage => (TRACK_STAGES as readonly unknown[]).includes(stage);
/** Texts the host makes are cut to what the panel's guard accepts, visibly. */
const bounded = (text: string, max: number): string => clip(text, max, { ellipsis: ELLIPSIS });

/** What the app needs to draw `state`: the host keeps the whole state, the app sees this. */
export function toView(state: SessionState, extra: ViewContext): SessionView {
  const current = state.step === 'question' ? state.upcoming[0] : undefined;
  const progress = progressOf(state);
  const stage = trackStage(state);
  const opensWithFocus = [...state.turns, ...state.upcoming].some((t) => t.question.stage === 'focus');
  return {
    step: state.step,
    inputKey: `${state.startedAt}:${state.step}:${state.turns.length}:${state.upcoming.length}`,
    folderName: bounded(extra.folderName, VIEW_CHARS.folderName),
    kind: state.kind,
    track: opensWithFocus ? [...TRACK_STAGES] : TRACK_STAGES.filter((s) => s !== 'focus'),
    // A stored draft may hold a question the track has no place for; it is still asked, on the first stage.
    question: current && progress ? { text: current.question.text, stage: isTrackStage(stage) ? stage : TRACK_STAGES[0], ...progress } : null,
    guess: state.step === 'confirmKind' ? state.guess : null,
    acknowledgment: state.acknowledgment ? bounded(extra.localize(state.acknowledgment), VIEW_CHARS.acknowledgment) : null,
    draft: state.draft,
    canGoBack: state.step === 'question' ? state.turns.length > 0 : state.step !== 'kind' && state.step !== 'saved',
    canAskMore: canAskWhatElse(state),
    action: { ...state.action },
    actionSuggested: state.suggestedStep !== '' && state.action.text === state.suggestedStep,
    actionSkipped: state.actionSkipped,
    visibility: state.visibility,
    privateOffered: state.privateOffered,
    friction: [...state.friction],
    exchanges: state.turns.filter((t) => t.answer.trim()).map((t) => ({ question: t.question.text, answer: t.answer })),
    learning: state.learning ? { question: state.learning.question.text, answer: state.learning.answer } : null,
    savedPath: state.saved ? bounded(state.saved.relativePath, VIEW_CHARS.savedPath) : null,
    error: extra.error === null ? null : bounded(extra.error, VIEW_CHARS.error),
    errorField: extra.error === null ? null : extra.errorField ?? null,
    today: extra.today,
    saving: extra.saving,
  };
}
