/**
 * Reading several repositories at once, for coaches with many teams. Each repository's
 * documents pass the core's one privacy gate (`teamDocuments`) before they are merged, and
 * carry their team and repository in `source`; paths are prefixed with the repository so two
 * repositories' `.coaching/reflections/…` stay apart.
 */
import * as path from 'node:path';
import type { Corpus, CorpusDocument } from '../core/store/corpus';
import { readForCli } from './corpus';
import { teamDocuments, type TeamDocument } from '../core/insights/index';
import { sortInWrittenOrder } from '../core/insights/team';
import type { Repository } from './roots';

export interface RepositorySource {
  team: string;
  repository: string;
}

export type SourcedDocument = TeamDocument<RepositorySource>;

export interface ReadRepository extends Repository {
  corpus: Corpus;
  /** The team-visible documents, gated, with prefixed paths and their source. */
  documents: SourcedDocument[];
}

/**
 * Names that tell repositories apart: the folder name, or parent/name when two repositories
 * share a folder name.
 */
export function distinctLabels(repos: readonly Repository[]): Repository[] {
  const count = new Map<string, number>();
  for (const r of repos) count.set(r.repository, (count.get(r.repository) ?? 0) + 1);
  return repos.map((r) => (count.get(r.repository) ?? 0) > 1
    ? { ...r, repository: `${path.basename(path.dirname(r.root))}/${r.repository}` }
    : r);
}

/** Repositories read at once: while a worker lstats one repository's files, this thread reads the next one's cache. */
const READ_AHEAD = 2;

/**
 * Reads each repository (each read is concurrent inside, and the next is begun before the last
 * ends), gated for a team view; `onRead` hears of each, in order, as soon as it is read.
 */
export async function readRepositories(repos: readonly Repository[], env: NodeJS.ProcessEnv | undefined, onRead?: (read: ReadRepository) => void): Promise<ReadRepository[]> {
  const labelled = distinctLabels(repos);
  const reads: Promise<Corpus>[] = [];
  const begin = (i: number) => {
    if (i >= labelled.length) return;
    reads[i] = readForCli(labelled[i].root, false, env);
    // Awaited in order below; observed here so a later one failing first is not an unhandled rejection.
    reads[i].catch(() => undefined);
  };
  for (let i = 0; i < READ_AHEAD; i++) begin(i);
  const out: ReadRepository[] = [];
  for (const [i, repo] of labelled.entries()) {
    const corpus = await reads[i];
    begin(i + READ_AHEAD);
    const source: RepositorySource = { team: repo.team, repository: repo.repository };
    const documents = teamDocuments(corpus.documents as CorpusDocument<RepositorySource>[])
      .map((d): SourcedDocument => ({ ...d, path: `${repo.repository}/${d.path}`, source }));
    out.push({ ...repo, corpus, documents });
    onRead?.(out[out.length - 1]);
  }
  return out;
}

export interface TeamGroup {
  team: string;
  repositories: string[];
  /** In written order (inWrittenOrder), as every insight expects. */
  documents: SourcedDocument[];
}

/** Repositories grouped by team name (two repositories may serve one team), teams in name order. */
export function groupByTeam(read: readonly ReadRepository[]): TeamGroup[] {
  const groups = new Map<string, TeamGroup>();
  for (const r of read) {
    const group = groups.get(r.team) ?? { team: r.team, repositories: [], documents: [] };
    group.repositories.push(r.repository);
    group.documents.push(...r.documents);
    groups.set(r.team, group);
  }
  const teams = [...groups.values()].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  for (const t of teams) t.documents = sortInWrittenOrder(t.documents);
  return teams;
}

/** Every team's documents together, in written order. */
export function allDocuments(teams: readonly TeamGroup[]): SourcedDocument[] {
  return sortInWrittenOrder(teams.flatMap((t) => t.documents));
}
