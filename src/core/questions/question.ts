import type { FrictionKind, GrowStage } from '../model/reflection';

/** A coaching question of the built-in bank (or, later, a team's own `questions.yaml`). */
export interface Question {
  /** Stable id, recorded in reflections: `<kind>-<stage>-<nn>`, e.g. `technical-goal-01`. */
  id: string;
  text: string;
  kind: FrictionKind;
  stage: GrowStage;
}
