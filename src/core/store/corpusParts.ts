/**
 * What a corpus is made of, kept so that a change to a few files patches it instead of
 * assembling it again from every file: the documents in path order, which path holds each id
 * first (a later file with the same id is a problem, not a document), and each file's problems.
 * A full read builds the parts once (`buildParts`); `patchParts` then costs a binary search
 * and an array splice per changed file, whatever the size of the corpus.
 *
 * Parts belong to the listing they were built or last patched for: a patch moves them on to
 * the next listing, so an older listing has none and its update assembles from the cache.
 */
import type { Reflection } from '../model/reflection';
import type { ReadResult } from './readCache';
import type { Corpus, CorpusDocument, CorpusListing, CorpusProblem } from './corpus';
import { eachStep, inOneGo, type Steps, type Turns } from '../util/turns';

/** A file's share of the corpus's problems; a duplicate keeps its reflection, which becomes a document when the first file with its id goes. */
interface FileProblems {
  problems: CorpusProblem[];
  duplicate?: { id: string; idLine: number; reflection: Reflection };
}

interface Parts {
  /** The listing these parts describe now: only its update may patch them. */
  owner: CorpusListing;
  /** In path order; `idLines[i]` is the line of `documents[i]`'s id, for the problem it becomes if a file sorting before it takes its id. */
  documents: CorpusDocument[];
  idLines: number[];
  firstPathOfId: Map<string, string>;
  /** Only for ids held by more than one file: the other files, in path order. */
  laterPathsOfId: Map<string, string[]>;
  fileProblems: Map<string, FileProblems>;
  /** The keys of fileProblems in path order, so the corpus lists problems file by file as a full read does. */
  problemPaths: string[];
  /** Set on every document the parts make (ReadOptions.source), when given. */
  source: unknown;
}

const partsOf = new WeakMap<CorpusListing, Parts>();

/** The problem of a file whose id an earlier file (by path) already holds. */
export function duplicateProblem(file: string, id: string, first: string, idLine: number): CorpusProblem {
  // Two files with one id make its action ids ambiguous. The first by path stays: within a
  // folder that is the older one, since names start with the date.
  return { path: file, line: idLine, col: 1, message: `Reflection id '${id}' is already used by ${first}; this file was skipped. Remove the copy, or give it a new id and new action ids.` };
}

function parseProblems(file: string, result: Extract<ReadResult, { problems: unknown }>): CorpusProblem[] {
  return result.problems.map((p) => ({ path: file, line: p.line, col: p.col, message: p.message, ...(p.omitted ? { omitted: p.omitted } : {}) }));
}

/** Where `key` is, or would be inserted, among `items` sorted by `keyOf` in code-unit order. */
function search<T>(items: readonly T[], key: string, keyOf: (item: T) => string): { index: number; found: boolean } {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: lo < items.length && keyOf(items[lo]) === key };
}

/** Where `path` is, or would be inserted, in `paths` sorted in code-unit order (the walk's order). */
export const positionIn = (paths: readonly string[], path: string): { index: number; found: boolean } => search(paths, path, (p) => p);
const pathOf = (document: CorpusDocument) => document.path;

function setProblems(parts: Parts, file: string, entry: FileProblems): void {
  if (!parts.fileProblems.has(file)) parts.problemPaths.splice(positionIn(parts.problemPaths, file).index, 0, file);
  parts.fileProblems.set(file, entry);
}

function deleteProblems(parts: Parts, file: string): void {
  if (!parts.fileProblems.delete(file)) return;
  const at = positionIn(parts.problemPaths, file);
  if (at.found) parts.problemPaths.splice(at.index, 1);
}

function insertDocument(parts: Parts, document: CorpusDocument, idLine: number): void {
  const at = search(parts.documents, document.path, pathOf).index;
  parts.documents.splice(at, 0, document);
  parts.idLines.splice(at, 0, idLine);
}

/** Sets the duplicate problem of every later file of `id`, each naming the first. */
function nameFirst(parts: Parts, id: string, first: string): void {
  for (const later of parts.laterPathsOfId.get(id) ?? []) {
    const duplicate = parts.fileProblems.get(later)?.duplicate;
    if (duplicate) setProblems(parts, later, { problems: [duplicateProblem(later, id, first, duplicate.idLine)], duplicate });
  }
}

/** Takes `file`'s share out of the parts. */
function remove(parts: Parts, file: string): void {
  const at = search(parts.documents, file, pathOf);
  if (at.found) {
    const { id } = parts.documents[at.index].reflection;
    parts.documents.splice(at.index, 1);
    parts.idLines.splice(at.index, 1);
    parts.firstPathOfId.delete(id);
    const later = parts.laterPathsOfId.get(id);
    const next = later?.shift();
    if (later && !later.length) parts.laterPathsOfId.delete(id);
    const duplicate = next === undefined ? undefined : parts.fileProblems.get(next)?.duplicate;
    if (next === undefined || !duplicate) return;
    // The next file with the id is now the first: a document, and the one the others name.
    deleteProblems(parts, next);
    insertDocument(parts, documentOf(parts, next, duplicate.reflection), duplicate.idLine);
    parts.firstPathOfId.set(id, next);
    nameFirst(parts, id, next);
    return;
  }
  const duplicate = parts.fileProblems.get(file)?.duplicate;
  deleteProblems(parts, file);
  if (!duplicate) return;
  const later = parts.laterPathsOfId.get(duplicate.id) ?? [];
  const place = positionIn(later, file);
  if (place.found) later.splice(place.index, 1);
  if (!later.length) parts.laterPathsOfId.delete(duplicate.id);
}

/** Puts `file`'s share, as parsed into `result`, into the parts (which hold nothing of `file`). */
function add(parts: Parts, file: string, result: ReadResult): void {
  if ('problems' in result) {
    setProblems(parts, file, { problems: parseProblems(file, result) });
    return;
  }
  const { reflection, idLine } = result;
  const { id } = reflection;
  const first = parts.firstPathOfId.get(id);
  if (first === undefined) {
    parts.firstPathOfId.set(id, file);
    insertDocument(parts, documentOf(parts, file, reflection), idLine);
    return;
  }
  const later = parts.laterPathsOfId.get(id) ?? [];
  parts.laterPathsOfId.set(id, later);
  if (file > first) {
    later.splice(positionIn(later, file).index, 0, file);
    setProblems(parts, file, { problems: [duplicateProblem(file, id, first, idLine)], duplicate: { id, idLine, reflection } });
    return;
  }
  // `file` sorts before the first file of its id: that one steps back to the first of the others.
  const at = search(parts.documents, first, pathOf).index;
  const [demoted] = parts.documents.splice(at, 1);
  const [demotedLine] = parts.idLines.splice(at, 1);
  later.unshift(first);
  // Its problem is written with the others' by nameFirst, once `file` is the first.
  setProblems(parts, first, { problems: [], duplicate: { id, idLine: demotedLine, reflection: demoted.reflection } });
  parts.firstPathOfId.set(id, file);
  insertDocument(parts, documentOf(parts, file, reflection), idLine);
  nameFirst(parts, id, file);
}

/** The corpus the parts make with `listing`'s walk problems; arrays of its own, so a later patch changes nothing a caller holds. */
function corpusOf(parts: Parts, listing: CorpusListing): Corpus {
  const problems = [...listing.walkProblems];
  for (const file of parts.problemPaths) problems.push(...(parts.fileProblems.get(file) as FileProblems).problems);
  return { documents: parts.documents.slice(), problems };
}

/** The parts of `listing`'s files, parsed into `read` (in the same order), kept for its updates; and the corpus they make. */
export function buildParts(listing: CorpusListing, read: readonly ReadResult[], source?: unknown): Corpus {
  return inOneGo((turns) => buildPartsSteps(listing, read, turns, source));
}

/** `buildParts`, yielding wherever a turn is due (util/turns.ts). */
export function* buildPartsSteps(listing: CorpusListing, read: readonly ReadResult[], turns: Turns, source?: unknown): Steps<Corpus> {
  const parts: Parts = { owner: listing, documents: [], idLines: [], firstPathOfId: new Map(), laterPathsOfId: new Map(), fileProblems: new Map(), problemPaths: [], source };
  // Files come in path order, so each append keeps every list sorted.
  yield* eachStep(read, turns, (result, i) => {
    const file = listing.files[i];
    if ('problems' in result) {
      parts.fileProblems.set(file, { problems: parseProblems(file, result) });
      parts.problemPaths.push(file);
      return;
    }
    const { reflection, idLine } = result;
    const first = parts.firstPathOfId.get(reflection.id);
    if (first === undefined) {
      parts.firstPathOfId.set(reflection.id, file);
      parts.documents.push(documentOf(parts, file, reflection));
      parts.idLines.push(idLine);
      return;
    }
    const later = parts.laterPathsOfId.get(reflection.id);
    if (later) later.push(file);
    else parts.laterPathsOfId.set(reflection.id, [file]);
    parts.fileProblems.set(file, { problems: [duplicateProblem(file, reflection.id, first, idLine)], duplicate: { id: reflection.id, idLine, reflection } });
    parts.problemPaths.push(file);
  });
  partsOf.set(listing, parts);
  return corpusOf(parts, listing);
}

/**
 * What changed between `previous` and `next` (two full reads of one root, `next`'s files
 * parsed into `read`, of which `fresh` were read now rather than taken from the cache): each
 * file read now, or new to the listing, with its parse, and each file gone, with undefined.
 * Files the cache answered for in both keep the parse `previous`'s parts were built from.
 */
export function* changesSteps(previous: CorpusListing, next: CorpusListing, read: readonly ReadResult[], fresh: readonly number[], turns: Turns): Steps<Map<string, ReadResult | undefined>> {
  const changed = new Map<string, ReadResult | undefined>();
  for (const i of fresh) changed.set(next.files[i], read[i]);
  // Both lists are sorted in code-unit order: one pass finds what either lacks.
  const [before, after] = [previous.files, next.files];
  let [i, j] = [0, 0];
  for (let step = 1; i < before.length || j < after.length; step++) {
    if (j >= after.length || (i < before.length && before[i] < after[j])) changed.set(before[i++], undefined);
    else if (i >= before.length || after[j] < before[i]) changed.set(after[j], read[j++]);
    else [i, j] = [i + 1, j + 1];
    if (step % CHANGES_CHUNK === 0 && turns.due()) yield;
  }
  return changed;
}

/** How many files `changesSteps` passes between two looks at the clock. */
const CHANGES_CHUNK = 1_024;

/** Whether `listing` still has parts of its own that a patch may move on to a later listing. */
export function hasParts(listing: CorpusListing, source?: unknown): boolean {
  const parts = partsOf.get(listing);
  return parts?.owner === listing && parts.source === source;
}

/** A document of the parts: with their source when they have one. */
function documentOf(parts: Parts, path: string, reflection: Reflection): CorpusDocument {
  return parts.source === undefined ? { path, reflection } : { path, reflection, source: parts.source };
}

/**
 * The corpus of `next`, from the parts of `previous` with each of `changed` replaced by its new
 * parse (absent: the file is gone); undefined when `previous` has no parts of its own any more
 * (an older listing), and then nothing is changed.
 */
export function patchParts(previous: CorpusListing, next: CorpusListing, changed: ReadonlyMap<string, ReadResult | undefined>): Corpus | undefined {
  const parts = partsOf.get(previous);
  if (!parts || parts.owner !== previous) return undefined;
  for (const [file, result] of changed) {
    remove(parts, file);
    if (result) add(parts, file, result);
  }
  parts.owner = next;
  partsOf.set(next, parts);
  return corpusOf(parts, next);
}
