/**
 * The one gate between the corpus and every team insight. Private reflections are the
 * writer's own and never reach a team view; anonymous ones keep their words but lose any
 * author, even when a hand-edited file carries one. Everything downstream takes
 * `TeamDocument`s, so the compiler refuses a document that did not pass through here, and
 * nothing downstream filters again: whoever reads a corpus for a team view (the extension's
 * index, the CLI) calls `teamDocuments` once.
 */
import type { CorpusDocument } from '../store/corpus';
import { writtenOrderSteps } from '../model/writtenOrder';
import { TURN_BUDGET_MS, eachStep, inOneGo, inTurns, type Steps, type Turns } from '../util/turns';

declare const passedTheGate: unique symbol;
/**
 * A document fit for a team view: not private, and without an author when anonymous. `S` is
 * the type of its opaque `source` (see CorpusDocument), which insights pass through.
 */
export type TeamDocument<S = unknown> = CorpusDocument<S> & { readonly [passedTheGate]: true };

/**
 * store.ts's COACHING_DIR/PRIVATE_DIR, spelled out: importing store would pull the file
 * system and the YAML parser into every insight, and the review webview bundles these.
 */
const PRIVATE_PREFIX = '.coaching/private/';

/** A file in the private folder stays private whatever its `visibility` claims. */
function isPrivate(document: CorpusDocument): boolean {
  return document.reflection.visibility === 'private' || document.path.startsWith(PRIVATE_PREFIX);
}

export { inWrittenOrder, sortInWrittenOrder } from '../model/writtenOrder';

/**
 * The documents a team may see, in the order they were written (inWrittenOrder), so every
 * insight comes out the same whatever order the files were read in. Each keeps its `source`
 * (and its type, so a host that set one gets it back as set).
 */
export function teamDocuments<D extends CorpusDocument>(documents: readonly D[]): (D & TeamDocument)[] {
  return inOneGo((turns) => gateSteps(documents, turns));
}

/** `teamDocuments` in turns of the event loop (util/turns.ts), for the extension host's thread: the same documents. */
export function teamDocumentsInTurns<D extends CorpusDocument>(documents: readonly D[], budgetMs = TURN_BUDGET_MS): Promise<(D & TeamDocument)[]> {
  return inTurns((turns) => gateSteps(documents, turns), budgetMs);
}

/** The gate, written once for both ways it runs. */
function* gateSteps<D extends CorpusDocument>(documents: readonly D[], turns: Turns): Steps<(D & TeamDocument)[]> {
  const visible: (D & TeamDocument)[] = [];
  yield* eachStep(documents, turns, (d) => {
    if (isPrivate(d)) return;
    if (d.reflection.visibility !== 'anonymous' || d.reflection.author === undefined) {
      visible.push(d as D & TeamDocument);
      return;
    }
    const reflection = { ...d.reflection };
    delete reflection.author;
    visible.push({ ...d, reflection } as D & TeamDocument);
  });
  return yield* writtenOrderSteps(visible, turns);
}

/** A named author, or undefined for anonymous reflections and files without one. */
export function namedAuthor(document: TeamDocument): string | undefined {
  const author = document.reflection.author?.trim();
  return document.reflection.visibility !== 'anonymous' && author ? author : undefined;
}

/** Names compare case-insensitively, ignoring surrounding and repeated whitespace (as in actions.ts). */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
