/**
 * `retro-coach export --format jsonl`: one reflection per line, for the analytics engine an
 * organisation already runs (DuckDB, BigQuery, Spark). Each line is the reflection as its
 * schema defines it, tagged with that schema, plus `team`, `repository` and `path`. Only
 * documents that passed the core's privacy gate (`teamDocuments`) are written: private never,
 * anonymous without author.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REFLECTION_SCHEMA } from '../core/model/reflection';
import { teamDocuments } from '../core/insights/index';
import { escapeJsonControls } from '../core/util/plainText';
import { UsageError } from './args';
import { msg } from '../core/util/message';
import type { ReadRepository } from './teams';
import type { Write } from './output';

/** The formats `export` writes; one for now, named so a second one is an addition. */
export const EXPORT_FORMATS = ['jsonl'] as const;

/** Lines handed to the output at once: few writes, bounded memory on a 100k corpus. */
const LINES_PER_WRITE = 1_000;

/** The export lines of one repository, in written order. */
export function exportLines(repo: Pick<ReadRepository, 'team' | 'repository' | 'corpus'>): string[] {
  return teamDocuments(repo.corpus.documents).map((d) =>
    // The tags come first (a validated reflection's own schema is the same value, so the key
    // keeps its place); JSON.stringify writes no raw newline, so each reflection is one line.
    escapeJsonControls(JSON.stringify(Object.assign({ schema: REFLECTION_SCHEMA, team: repo.team, repository: repo.repository, path: d.path }, d.reflection))));
}

/** Writes every repository's lines through `write`, in batches. */
async function writeAll(repos: readonly ReadRepository[], write: (text: string) => void | Promise<void>): Promise<number> {
  let count = 0;
  for (const repo of repos) {
    const lines = exportLines(repo);
    for (let i = 0; i < lines.length; i += LINES_PER_WRITE) await write(`${lines.slice(i, i + LINES_PER_WRITE).join('\n')}\n`);
    count += lines.length;
  }
  return count;
}

/** Refuses an output inside a repository's .coaching folder: the export must never replace a reflection. */
export function checkOutPath(out: string, repos: readonly Pick<ReadRepository, 'root'>[]): void {
  for (const { root } of repos) {
    const inside = path.relative(path.join(root, '.coaching'), out);
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
      throw new UsageError(msg("--out {0} is inside {1}; write the export somewhere else, .coaching/ holds the team's reflections.", out, path.join(root, '.coaching')));
    }
  }
}

/**
 * Writes the export to stdout, or to `out` through a temporary file renamed into place, so an
 * interrupted export never leaves half a file where a complete one was. Returns the line count.
 */
export async function writeExport(repos: readonly ReadRepository[], out: string | undefined, stdout: Write): Promise<number> {
  if (out === undefined) return writeAll(repos, stdout);
  checkOutPath(out, repos);
  const temporary = `${out}.${process.pid}.tmp`;
  const file = await fs.open(temporary, 'wx');
  try {
    const count = await writeAll(repos, async (text) => { await file.write(text); });
    await file.close();
    await fs.rename(temporary, out);
    return count;
  } catch (err) {
    await file.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw err;
  }
}
