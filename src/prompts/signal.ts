import type { SignalKind } from '../core/coach/openers';

/** Something that happened while the person worked that may be worth a question. */
export interface FrictionSignal {
  kind: SignalKind;
  /** A short, human detail: a task, debug session or branch name. */
  detail?: string;
  at: Date;
}

export type SignalSink = (signal: FrictionSignal) => void;
