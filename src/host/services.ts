import type { Random } from '../core/model/ids';
import type { Question } from '../core/questions/question';

/** What the session surface needs from the outside world, passed in so tests can control it. */
export interface SessionServices {
  now(): Date;
  random: Random;
  bank: readonly Question[];
  /** The reflection JSON Schema shipped with the extension, copied into `.coaching/schema/`. */
  schemaText?: string;
}
