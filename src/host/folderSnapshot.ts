/**
 * What the index keeps of one workspace folder after a walk or a file update: its actions
 * folded from every file (and whose are the person's), its documents with their folder, its
 * problems as the Problems panel and the log show them. All of it runs on the extension
 * host's thread, so every step over the files runs in turns (core/util/turns.ts), and a walk
 * that read the same as the last (most: window focus, git status) costs one look at each
 * document and makes nothing new. No `vscode` here, so the bench measures exactly these steps
 * in plain node: the folder and the files' URIs come in as values.
 */
import { isTheirs, type ActionView, type Person } from '../core/model/actionState';
import { checkCoachingInTurns, type CoachingProblem, type Corpus, type CorpusDocument, type CorpusProblem } from '../core/store/corpus';
import type { TeamFileProblem } from '../core/model/teamConfig';
import { inTurns, mapInTurns, type Steps, type Turns } from '../core/util/turns';

export type SourcedDocument<F> = CorpusDocument & { source: F };

export interface FolderSnapshot<F, P> {
  actions: { folder: F; action: ActionView; mine: boolean }[];
  /** In the order they were written, as the privacy gate orders them: it checks that order instead of sorting (~15 ms for 100,000). */
  documents: SourcedDocument<F>[];
  problems: P[];
  /** What it was made of: a later walk that read the same gets this snapshot back (sameInputsSteps). */
  inputs: SnapshotInputs;
}

/** Everything a snapshot is computed from, besides the folder itself. */
interface SnapshotInputs {
  documents: readonly CorpusDocument[];
  problems: readonly CorpusProblem[];
  teamProblems: readonly TeamFileProblem[];
  person: Person;
}

export interface SnapshotOf<F, P> {
  folder: F;
  /** Names the folder in log lines (its name). */
  label: string;
  teamProblems: readonly TeamFileProblem[];
  person: Person;
  /** A problem as the caller keeps it, with its line for the log: `label`/path:line:col: message. */
  problem: (found: CoachingProblem, logLine: string) => P;
}

/**
 * The snapshot of `corpus`; `previous` itself when it was made of the same documents (the
 * same objects), problems, team file problems and person, since then nothing can differ.
 */
export async function folderSnapshot<F, P>(corpus: Corpus, of: SnapshotOf<F, P>, previous?: FolderSnapshot<F, P>): Promise<FolderSnapshot<F, P>> {
  const inputs: SnapshotInputs = { documents: corpus.documents, problems: corpus.problems, teamProblems: of.teamProblems, person: of.person };
  if (previous && (await inTurns((turns) => sameInputsSteps(previous.inputs, inputs, turns)))) return previous;
  // The same problems the CLI's validate reports: one core function computes them for both.
  const { actions, problems: found, inWrittenOrder } = await checkCoachingInTurns(corpus, of.teamProblems);
  // The index reads each folder with its folder as the documents' source (ReadOptions.source): no copy of 100,000 documents.
  const documents = await mapInTurns(inWrittenOrder, (document): SourcedDocument<F> =>
    (document.source === of.folder ? document as SourcedDocument<F> : { ...document, source: of.folder }));
  const theirs = isTheirs(of.person, { includeUnowned: true });
  const folderActions = await mapInTurns(actions, (action) => ({ folder: of.folder, action, mine: theirs(action) }));
  const problems = await mapInTurns(found, (p) => of.problem(p, `${of.label}/${p.path}:${p.line}:${p.col}: ${p.message}`));
  return { actions: folderActions, documents, problems, inputs };
}

/** Whether two snapshots' inputs are the same: documents by identity (the read cache keeps them), the rest by value. */
function* sameInputsSteps(a: SnapshotInputs, b: SnapshotInputs, turns: Turns): Steps<boolean> {
  if (a.person.names.length !== b.person.names.length || a.person.names.some((name, i) => name !== b.person.names[i])) return false;
  return (yield* sameSteps(a.documents, b.documents, turns, (x, y) => x === y))
    && (yield* sameSteps(a.problems, b.problems, turns, sameProblem))
    && (yield* sameSteps(a.teamProblems, b.teamProblems, turns, sameProblem));
}

/** Whether two lists hold the same items in the same order, looked at one by one until one differs. */
function* sameSteps<T>(a: readonly T[], b: readonly T[], turns: Turns, same: (x: T, y: T) => boolean): Steps<boolean> {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!same(a[i], b[i])) return false;
    if (turns.due()) yield;
  }
  return true;
}

function sameProblem(a: CorpusProblem | TeamFileProblem, b: CorpusProblem | TeamFileProblem): boolean {
  return ('path' in a ? a.path : a.file) === ('path' in b ? b.path : b.file) && a.line === b.line && a.col === b.col
    && a.message === b.message && a.omitted === b.omitted && ('severity' in a ? a.severity : undefined) === ('severity' in b ? b.severity : undefined);
}
