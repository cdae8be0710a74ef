/**
 * The order reflections were written in: the instant of `created` (a timestamp that does not
 * parse sorts last), then the path, then the id. One definition for the action fold, the
 * privacy gate and every insight, so each list of documents comes out the same whatever order
 * the files were read in, and the fold can hand the gate documents it only checks.
 */
import { instant } from '../calendar';
import type { CorpusDocument } from '../store/corpus';
import { compare } from '../util/order';
import { eachStep, inOneGo, mapStep, sortedStep, type Steps, type Turns } from '../util/turns';

export function inWrittenOrder(a: CorpusDocument, b: CorpusDocument): number {
  return compare(instant(a.reflection.created), instant(b.reflection.created)) || compare(a.path, b.path) || compare(a.reflection.id, b.reflection.id);
}

/**
 * `documents` sorted by inWrittenOrder, with each instant parsed once rather than in every
 * comparison (the index sorts every document after each walk, the CLI ten repositories' worth).
 */
export function sortInWrittenOrder<D extends CorpusDocument>(documents: readonly D[]): D[] {
  return inOneGo((turns) => writtenOrderSteps(documents, turns));
}

/** sortInWrittenOrder, in steps that yield when a turn is due (util/turns.ts). */
export function* writtenOrderSteps<D extends CorpusDocument>(documents: readonly D[], turns: Turns): Steps<D[]> {
  const at = new Float64Array(documents.length);
  yield* eachStep(documents, turns, (d, i) => { at[i] = instant(d.reflection.created); });
  const order = (i: number, j: number) => compare(at[i], at[j]) || compare(documents[i].path, documents[j].path) || compare(documents[i].reflection.id, documents[j].reflection.id);
  // Most callers pass documents that are already in order (the gate's): checked in steps, not sorted.
  const indices = yield* mapStep(documents, turns, (_, i) => i);
  const sorted = yield* sortedStep(indices, turns, order);
  return yield* mapStep(sorted, turns, (i) => documents[i]);
}
