import type { Question } from '../core/questions/question';
import type { Trigger } from '../core/model/reflection';

/**
 * What other surfaces may ask of the coaching session surface. The session surface
 * implements it and extension.ts hands it to the surfaces that need it (prompts), so no
 * surface imports another.
 */
export interface Sessions {
  /**
   * Opens the panel on a session started by a friction signal, `opening` first. A session
   * already in progress wins: it is shown instead, so nothing half-written is replaced.
   */
  startFromSignal(trigger: Trigger, opening: Question): Promise<void>;
  /** Whether the session panel is open and visible now (a prompt then waits). */
  isVisible(): boolean;
}
