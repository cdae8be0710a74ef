/**
 * What the index keeps of one workspace folder after a walk or a file update: its actions
 * folded from every file (and whose are the person's), its documents with their folder, its
 * problems as the Problems panel and the log show them, and a key that says whether anything
 * changed since the last walk. All of it runs on the extension host's thread, so every step
 * over the files runs in turns (core/util/turns.ts). No `vscode` here, so the bench measures
 * exactly these steps in plain node: the folder and the files' URIs come in as values.
 */
import { isTheirs, type ActionView, type Person } from '../core/model/actionState';
import { checkCoachingInTurns, type CoachingProblem, type Corpus, type CorpusDocument } from '../core/store/corpus';
import type { TeamFileProblem } from '../core/model/teamConfig';
import { joinInTurns, mapInTurns } from '../core/util/turns';

export interface FolderSnapshot<F, P> {
  actions: { folder: F; action: ActionView; mine: boolean }[];
  /** In the order they were written, as the privacy gate orders them: it checks that order instead of sorting (~15 ms for 100,000). */
  documents: (CorpusDocument & { source: F })[];
  problems: P[];
  /** The problems as log lines: `label`/path:line:col: message. */
  messages: string[];
  /** Equal for two walks that found the same files, parses, problems and people. */
  key: string;
}

export interface SnapshotOf<F, P> {
  folder: F;
  /** Names the folder in the key (its URI). */
  id: string;
  /** Names the folder in log lines (its name). */
  label: string;
  teamProblems: readonly TeamFileProblem[];
  person: Person;
  /** A number per parse: the read cache hands back the same objects for unchanged files, so identities say "same". */
  identity: (reflection: object) => number;
  problem: (found: CoachingProblem) => P;
}

export async function folderSnapshot<F, P>(corpus: Corpus, of: SnapshotOf<F, P>): Promise<FolderSnapshot<F, P>> {
  // The same problems the CLI's validate reports: one core function computes them for both.
  const { actions, problems: found, inWrittenOrder } = await checkCoachingInTurns(corpus, of.teamProblems);
  // Team files count through their problems: no reader of the index uses their settings.
  const keyLines = [of.id];
  const documents = await mapInTurns(inWrittenOrder, (document) => {
    keyLines.push(`${document.path}#${of.identity(document.reflection)}`);
    return { ...document, source: of.folder };
  });
  const theirs = isTheirs(of.person, { includeUnowned: true });
  const folderActions = await mapInTurns(actions, (action) => {
    const mine = theirs(action);
    keyLines.push(`${action.id}:${mine}`);
    return { folder: of.folder, action, mine };
  });
  const messages: string[] = [];
  const problems = await mapInTurns(found, (p) => {
    const message = `${of.label}/${p.path}:${p.line}:${p.col}: ${p.message}`;
    messages.push(message);
    keyLines.push(message);
    return of.problem(p);
  });
  return { actions: folderActions, documents, problems, messages, key: await joinInTurns(keyLines, '\n') };
}
