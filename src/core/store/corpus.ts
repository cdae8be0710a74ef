/**
 * Reads every reflection of a workspace. The files arrive with `git clone`, so the walk
 * trusts nothing: it never follows a symbolic link, reads each file through the one
 * untrusted reader (safeRead.ts), stays within a budget of files and bytes, and turns every
 * failure into a problem for that one file instead of an error for the whole corpus.
 */
import { LIMITS, type Reflection } from '../model/reflection';
import { foldActionSteps, type ActionView } from '../model/actionState';
import type { TeamFileProblem } from '../model/teamConfig';
import { COACHING_DIR, PRIVATE_DIR, REFLECTIONS_DIR } from './store';
import { compare } from '../util/order';
import { TURN_BUDGET_MS, eachStep, inOneGo, inTurns, runInOneGo, sortedStep, type RunSteps, type Steps, type Turns } from '../util/turns';
import { capProblems } from '../util/problemCap';
import { plainLine } from '../util/plainText';
import { readFiles, type FileStats, type ParseFiles, type ReadCache, type ReadResult } from './readCache';
import { isWalkable, statInThreadPool, walk, type KnownPaths, type StatFiles } from './corpusWalk';
import { buildParts, buildPartsSteps, changesSteps, hasParts, patchParts } from './corpusParts';

export type { FileStats, ParseFiles, ReadCache, ReadResult } from './readCache';
export { KnownPaths, statBlocking, statInThreadPool, type StatFiles } from './corpusWalk';
export { readReflectionFile } from './readCache';

export interface CorpusDocument<S = unknown> {
  /** Relative to the workspace root, '/' separated, e.g. .coaching/reflections/2026/11/x.yaml. */
  path: string;
  reflection: Reflection;
  /**
   * Where the host found the file (the extension: its workspace folder). Opaque to the core,
   * which passes it through untouched to every output that points at the file; the reader
   * sets it only when asked to (ReadOptions.source).
   */
  source?: S;
}

/** Something wrong with one file or folder; `line` and `col` are 1-based (1:1 for the file as a whole). */
export interface CorpusProblem {
  path: string;
  line: number;
  col: number;
  message: string;
  /** On the "… and N more problems" line that ends a file's capped list: N. */
  omitted?: number;
}

export interface Corpus {
  /** Sorted by path. */
  documents: CorpusDocument[];
  problems: CorpusProblem[];
}

/**
 * How much one read takes on: sized for 100,000 reflections of 2.5 KB on average (a typical
 * one is 1–2 KB). Past either bound the rest is left unread, with one problem saying so.
 */
export const CORPUS_BUDGET = { files: 100_000, bytes: 100_000 * 2_560 } as const;

export interface ReadOptions {
  /** Also read `.coaching/private/` (this machine's own private reflections). */
  includePrivate: boolean;
  /** Stop after this many reflection files (default CORPUS_BUDGET.files). */
  maxFiles?: number;
  /** Stop before the file that would take the bytes read past this (default CORPUS_BUDGET.bytes). */
  maxBytes?: number;
  /** Keep parsed files between reads so unchanged files are not read again (see ReadCache). */
  cache?: ReadCache;
  /** How files not in the cache are read and parsed (default: here, in this thread; core/worker: in worker threads). */
  parse?: ParseFiles;
  /**
   * How the walk's files are lstat'ed (default: the thread pool's asynchronous lstat, which
   * never holds this thread; core/worker's `statOr`: blocking calls, several times cheaper per
   * file, in a worker thread, for the CLI and the extension host).
   */
  stat?: StatFiles;
  /**
   * How the steps over every file (sorting, cache look-ups, assembling) run: in one go (the
   * default) or in turns of the event loop (util/turns.ts: the extension host's thread).
   */
  run?: RunSteps;
  /**
   * The listing of the last read of this root with the same options and cache: a file the
   * cache answers for again keeps its document (the same object), and only the files that
   * changed are patched in (corpusParts.ts), when they are few.
   */
  previous?: CorpusListing;
  /**
   * Set as `source` on every document the read makes (the extension's index: the workspace
   * folder), so no caller copies 100,000 documents to add it.
   */
  source?: unknown;
  /** The paths of earlier walks of this root, so a file found again costs no new string (the extension's index keeps one per folder). */
  knownPaths?: KnownPaths;
}

const leftUnread = (what: string) =>
  `Stopped after ${what}; the rest of ${COACHING_DIR}/ was not read, because Retro Coach reads at most that much at once. Move old reflections out of ${COACHING_DIR}/ (git history keeps them).`;

/** Reads the reflections under `root`/.coaching. Never throws for anything a file or folder contains. */
export async function readReflections(root: string, opts: ReadOptions): Promise<Corpus> {
  return (await readListed(root, opts)).corpus;
}

/**
 * What a full read found besides the files' contents: the files it read (sorted), the
 * problems of the walk itself (folders, links, budgets), whether it read everything it found,
 * and the bytes those files count for against the budget. Enough to update one file later
 * without walking again (corpusUpdate.ts).
 */
export interface CorpusListing {
  files: string[];
  walkProblems: CorpusProblem[];
  complete: boolean;
  bytes: number;
}

/** A full read, with its listing. */
export async function readListed(root: string, opts: ReadOptions): Promise<{ corpus: Corpus; listing: CorpusListing }> {
  const maxFiles = opts.maxFiles ?? CORPUS_BUDGET.files;
  const problems: CorpusProblem[] = [];
  const problem = (relative: string, message: string, line = 1, col = 1) => problems.push({ path: relative, line, col, message });

  if (!(await isWalkable(root, COACHING_DIR, problem))) {
    return { corpus: { documents: [], problems }, listing: { files: [], walkProblems: [...problems], complete: problems.length === 0, bytes: 0 } };
  }
  const areas = opts.includePrivate ? [REFLECTIONS_DIR, PRIVATE_DIR] : [REFLECTIONS_DIR];
  const files: string[] = [];
  let truncated = false;
  for (const area of areas) {
    truncated = await walk(root, `${COACHING_DIR}/${area}`, files, maxFiles, problem, opts.knownPaths);
    if (truncated) break;
  }
  opts.knownPaths?.forgetOthers();
  if (truncated) problem(COACHING_DIR, leftUnread(`${maxFiles} reflection files`));
  const run = opts.run ?? runInOneGo;
  const sorted = await run((turns) => sortedStep(files, turns, compare));

  const stats = await (opts.stat ?? statInThreadPool)(root, sorted);
  const { count, bytes } = await run((turns) => withinBytesSteps(stats, opts.maxBytes ?? CORPUS_BUDGET.bytes, turns));
  if (count < sorted.length) problem(COACHING_DIR, leftUnread(`${count} reflection files (${bytes.toLocaleString('en')} bytes)`));
  const selected = count < sorted.length ? sorted.slice(0, count) : sorted;
  const { results, fresh } = await readFiles(root, selected, stats, opts);
  const listing: CorpusListing = { files: selected, walkProblems: [...problems], complete: !truncated && count === sorted.length, bytes };
  const corpus = await run(function* (turns) {
    if (opts.cache) yield* forgetOthersSteps(opts.cache, selected, turns);
    const previous = opts.previous && hasParts(opts.previous, opts.source) ? opts.previous : undefined;
    const changed = previous && (yield* changesSteps(previous, listing, results, fresh, turns));
    // A few changes (a save, a pull of some files) are patched in; many (a checkout), the parts are built again.
    const patched = previous && changed && changed.size <= PATCH_AT_MOST ? patchParts(previous, listing, changed) : undefined;
    return patched ?? (yield* buildPartsSteps(listing, results, turns, opts.source));
  });
  return { corpus, listing };
}

/** Past this many changed files, building the parts again costs less than patching each in. */
const PATCH_AT_MOST = 256;

/** Takes every file not in `files` out of `cache`; in a walk that found every cached file again (most), without a set of them all. */
function* forgetOthersSteps(cache: ReadCache, files: readonly string[], turns: Turns): Steps<void> {
  let cached = 0;
  yield* eachStep(files, turns, (file) => { if (cache.has(file)) cached++; });
  if (cached === cache.size) return;
  const present = new Set<string>();
  yield* eachStep(files, turns, (file) => { present.add(file); });
  const gone: string[] = [];
  for (const file of cache.keys()) {
    if (!present.has(file)) gone.push(file);
    if (turns.due()) yield;
  }
  for (const file of gone) cache.delete(file);
}

/**
 * The corpus a listing and the parse of each of its files make: the documents in path order,
 * a second file with an id already used as a problem (corpusParts.ts keeps these parts, so
 * an update of a few files patches them).
 */
export function assemble(listing: CorpusListing, read: readonly ReadResult[], source?: unknown): Corpus {
  return buildParts(listing, read, source);
}

/** How many files, in order, fit in `maxBytes`; links, non-files and oversize files are refused unread, so they cost nothing. */
function* withinBytesSteps(stats: FileStats, maxBytes: number, turns: Turns): Steps<{ count: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < stats.length; i++) {
    const s = stats.at(i);
    if (s?.isFile() && s.size <= LIMITS.fileBytes) {
      if (bytes + s.size > maxBytes) return { count: i, bytes };
      bytes += s.size;
    }
    if (turns.due()) yield;
  }
  return { count: stats.length, bytes };
}

/** A problem of any `.coaching/` file, as the extension and the CLI show it. */
export interface CoachingProblem extends CorpusProblem {
  /** Errors lost something (a file or entry was skipped); warnings are advice. */
  severity: 'error' | 'warning';
}

/**
 * Every problem of a workspace's `.coaching/`: the corpus's own (files skipped, budgets
 * reached), the team files', and what folding the actions found (updates of unknown actions,
 * action ids defined twice). The one list the extension's index and the CLI's `validate` and
 * `index` show, so both report the same problems. Messages are made safe to show on one line
 * (control and bidirectional characters escaped, length capped), and each file reports at
 * most MAX_PROBLEMS_PER_FILE (util/problemCap.ts), then one line counting the rest.
 */
export function checkCoaching(corpus: Corpus, teamProblems: readonly TeamFileProblem[]): CheckedCoaching {
  return inOneGo((turns) => checkSteps(corpus, teamProblems, turns));
}

/** `checkCoaching` in turns of the event loop (util/turns.ts), for the extension host's thread: the same actions and problems. */
export function checkCoachingInTurns(corpus: Corpus, teamProblems: readonly TeamFileProblem[], budgetMs = TURN_BUDGET_MS): Promise<CheckedCoaching> {
  return inTurns((turns) => checkSteps(corpus, teamProblems, turns), budgetMs);
}

export interface CheckedCoaching {
  actions: ActionView[];
  problems: CoachingProblem[];
  /**
   * The corpus's documents in the order they were written (model/writtenOrder.ts), as the fold
   * ordered them: the privacy gate's own order, so the index's gate finds them in order
   * instead of sorting them again.
   */
  inWrittenOrder: CorpusDocument[];
}

/** checkCoaching, written once for both ways it runs: the fold, then every problem grouped by file and capped. */
function* checkSteps(corpus: Corpus, teamProblems: readonly TeamFileProblem[], turns: Turns): Steps<CheckedCoaching> {
  const { actions, warnings, ordered } = yield* foldActionSteps(corpus.documents, turns);
  const byPath = new Map<string, CoachingProblem[]>();
  const add = (p: CoachingProblem) => {
    const list = byPath.get(p.path) ?? [];
    list.push({ ...p, message: plainLine(p.message) });
    byPath.set(p.path, list);
  };
  yield* eachStep(corpus.problems, turns, (p) => add({ ...p, severity: 'error' }));
  yield* eachStep(teamProblems, turns, ({ file, ...p }) => add({ path: file, ...p }));
  yield* eachStep(warnings, turns, (w) => add({ path: w.path, line: 1, col: 1, message: w.message, severity: 'error' }));
  const capped: CoachingProblem[] = [];
  yield* eachStep([...byPath.values()], turns, (list) => capped.push(...capProblems(list, (at, message, omitted) => ({ ...at, message, omitted }))));
  return { actions, problems: capped, inWrittenOrder: ordered };
}
