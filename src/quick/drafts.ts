import type * as vscode from 'vscode';
import { LIMITS, PULSE_MAX, PULSE_MIN, isFrictionKind } from '../core/model/reflection';
import { clip } from '../core/util/clip';
import type { BlockerInput } from '../core/coach/quickCaptures';

/**
 * Half-finished quick captures, kept in workspace storage when the person presses Escape,
 * and offered back the next time they run the command. Read back defensively.
 */
export class QuickDrafts {
  constructor(private readonly memento: vscode.Memento) {}

  blocker(): BlockerInput | undefined {
    const raw = this.memento.get<Partial<BlockerInput>>('retroCoach.blockerDraft.v1');
    if (!raw || typeof raw !== 'object') return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? clip(v, LIMITS.answerChars) : '');
    const kind = isFrictionKind(raw.kind) ? raw.kind : null;
    return { kind, blocker: text(raw.blocker), unblock: text(raw.unblock) };
  }

  saveBlocker(draft: BlockerInput | undefined): Thenable<void> {
    return this.memento.update('retroCoach.blockerDraft.v1', draft);
  }

  pulse(): { ratings: Record<string, number>; answer: string } | undefined {
    const raw = this.memento.get<{ ratings?: unknown; answer?: unknown }>('retroCoach.pulseDraft.v1');
    if (!raw || typeof raw !== 'object' || typeof raw.ratings !== 'object' || raw.ratings === null) return undefined;
    const ratings: Record<string, number> = {};
    for (const [key, value] of Object.entries(raw.ratings)) {
      if (Number.isInteger(value) && value >= PULSE_MIN && value <= PULSE_MAX) ratings[key] = value;
    }
    return { ratings, answer: typeof raw.answer === 'string' ? clip(raw.answer, LIMITS.answerChars) : '' };
  }

  savePulse(draft: { ratings: Record<string, number>; answer: string } | undefined): Thenable<void> {
    return this.memento.update('retroCoach.pulseDraft.v1', draft);
  }
}
