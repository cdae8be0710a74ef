import type { Random } from '../core/model/ids';
import type { Question } from '../core/questions/question';
import type { AskedHistory } from './askedHistory';

/**
 * What surfaces need from the outside world, made once in extension.ts and passed in, so
 * tests can control the clock and randomness and every surface shares one of each.
 */
export interface HostServices {
  now(): Date;
  /** Today as the person sees it (local YYYY-MM-DD): the day that due dates, ages and periods count from. */
  today(): string;
  random: Random;
  bank: readonly Question[];
  /** The reflection JSON Schema shipped with the extension, copied into `.coaching/schema/`. */
  schemaText?: string;
  /** Which questions this person was asked when (one instance for the session panel and the prompts). */
  asked: AskedHistory;
}
