/**
 * The story in git: when each reflection and follow-up was added or changed and by whom,
 * action lifecycles, weekly participation. git runs through the one runner in run.ts (never a
 * shell, never from the workspace folder), and the read can be cancelled. Anonymous and
 * private files never show who committed them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { foldActions } from '../model/actionState';
import type { CorpusDocument } from '../store/corpus';
import { countReflections, weekOf } from '../insights/index';
import { COACHING_DIR } from '../store/store';
import { isReflectionPath } from '../store/reflectionFiles';
import { daysBetween, localDateOf } from '../calendar';
import { git } from './run';
import { msg, type Message } from '../util/message';

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed';

export interface HistoryEntry {
  /** Commit hash, or undefined when the entry comes from file times (no git). */
  commit?: string;
  /** ISO author date of the commit (or the file's modification time). */
  date: string;
  /** The committer's name as git records it; absent for anonymous and private files. */
  author?: string;
  path: string;
  change: ChangeKind;
  /** For renames: where the file was before. */
  from?: string;
}

export interface History {
  entries: HistoryEntry[];
  /** What the reader should know about the history's gaps, translated where it is shown. */
  warnings: Message[];
  source: 'git' | 'files';
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Parses `git log -z --name-status --format=%x1e%H%x1f%an%x1f%aI` output. Exported for tests. */
export function parseLog(output: string): Array<Omit<HistoryEntry, 'author'> & { author: string }> {
  const entries: Array<Omit<HistoryEntry, 'author'> & { author: string }> = [];
  for (const record of output.split(RECORD).slice(1)) {
    const tokens = record.split('\0');
    const [commit, author, date] = tokens[0].replace(/\n$/, '').split(FIELD);
    const rest = tokens.slice(1).map((t) => t.replace(/^\n/, '')).filter((t) => t !== '');
    for (let i = 0; i < rest.length; i++) {
      const status = rest[i];
      const letter = status[0];
      if ((letter === 'R' || letter === 'C') && i + 2 < rest.length) {
        entries.push({ commit, author, date, path: rest[i + 2], from: rest[i + 1], change: 'renamed' });
        i += 2;
      } else if (i + 1 < rest.length) {
        const change: ChangeKind = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified';
        entries.push({ commit, author, date, path: rest[i + 1], change });
        i += 1;
      }
    }
  }
  return entries;
}

async function walk(dir: string, base: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (e.isDirectory()) await walk(full, base, out);
    else if (e.isFile() && isReflectionPath(relative)) out.push(relative);
  }
}

/**
 * The history of the reflection and follow-up files in `.coaching/` (store/reflectionFiles.ts:
 * not the schema copy, summaries or team files), oldest first. Without git (or outside a
 * repository) it falls back to file modification times, with a warning saying so.
 */
export async function readHistory(root: string, documents: readonly CorpusDocument[], opts: { signal?: AbortSignal } = {}): Promise<History> {
  const hidden = new Set(documents.filter((d) => d.reflection.visibility !== 'team').map((d) => d.path));
  const hide = (p: string) => hidden.has(p) || p.startsWith(`${COACHING_DIR}/private/`);
  const warnings: Message[] = [];
  try {
    const inside = (await git(root, ['rev-parse', '--is-inside-work-tree'], { signal: opts.signal })).trim();
    if (inside !== 'true') throw new Error('not a work tree');
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    warnings.push(msg('This folder is not a git repository (or git is not installed): the history below uses file modification times, so it shows neither authors nor earlier versions.'));
    const files: string[] = [];
    await walk(path.join(root, COACHING_DIR), root, files);
    const entries: HistoryEntry[] = [];
    for (const file of files.sort()) {
      const stat = await fs.stat(path.join(root, file)).catch(() => undefined);
      if (stat) entries.push({ date: stat.mtime.toISOString(), path: file, change: 'added' });
    }
    return { entries: entries.sort((a, b) => a.date.localeCompare(b.date)), warnings, source: 'files' };
  }
  if ((await git(root, ['rev-parse', '--is-shallow-repository'], { signal: opts.signal })).trim() === 'true') {
    warnings.push(msg('This is a shallow clone: history before its oldest commit is missing. Run `git fetch --unshallow` for the whole story.'));
  }
  const log = await git(root, ['-c', 'i18n.logOutputEncoding=UTF-8', '-c', 'core.quotePath=false', 'log', '--reverse', '-z', '--name-status', '-M',
    `--format=${RECORD}%H${FIELD}%an${FIELD}%aI`, '--', COACHING_DIR], { signal: opts.signal }).catch((err: Error) => {
    if (/does not have any commits/.test(err.message)) return '';
    throw err;
  });
  const entries = parseLog(log)
    .filter((e) => isReflectionPath(e.path) || (e.from !== undefined && isReflectionPath(e.from)))
    .map((e): HistoryEntry => (hide(e.path) || (e.from !== undefined && hide(e.from)) ? { ...e, author: undefined } : e));
  return { entries, warnings, source: 'git' };
}

export interface ActionLifecycle {
  id: string;
  text: string;
  owner?: string;
  opened: string;
  status: 'open' | 'done' | 'dropped';
  closed?: string;
  /** Calendar days from opened to closed (done or dropped). */
  days?: number;
}

/** Each action from opening to done or dropped, with the days it took; team files only. */
export function actionLifecycles(documents: readonly CorpusDocument[]): ActionLifecycle[] {
  const team = documents.filter((d) => d.reflection.visibility !== 'private');
  return foldActions(team).actions.map((a) => {
    const last = a.history.at(-1);
    const closed = a.status !== 'open' ? last?.at : undefined;
    const days = closed ? Math.max(0, daysBetween(localDateOf(a.created), localDateOf(closed))) : undefined;
    return {
      id: a.id,
      text: a.text,
      ...(a.owner ? { owner: a.owner } : {}),
      opened: a.created,
      status: a.status,
      ...(closed ? { closed, days } : {}),
    };
  });
}

export interface WeeklyActivity {
  week: string;
  monday: string;
  /** Reflections added that week, as every surface counts them (insights/counting.ts): follow-ups apart. */
  added: number;
  /** Follow-up files added that week. */
  followUps: number;
  /** Distinct committers of team files; anonymous and private files count no one. */
  people: number;
}

/**
 * Participation by week as git saw it: reflections and follow-ups added, and distinct named
 * committers. What a file is comes from its document (followed through later renames); a file
 * deleted since, whose kind is unknown, counts as a reflection.
 */
export function weeklyActivity(entries: readonly HistoryEntry[], documents: readonly CorpusDocument[]): WeeklyActivity[] {
  const kindAt = new Map(documents.map((d) => [d.path, d.reflection.kind]));
  // Where each path ended up: entries run oldest first, so walking back resolves chains of renames.
  const finalPath = new Map<string, string>();
  for (const e of [...entries].reverse()) if (e.change === 'renamed' && e.from !== undefined) finalPath.set(e.from, finalPath.get(e.path) ?? e.path);
  const weeks = new Map<string, { monday: string; files: Array<{ reflection: { kind: CorpusDocument['reflection']['kind'] } }>; people: Set<string> }>();
  for (const e of entries) {
    if (e.change !== 'added') continue;
    const { week, monday } = weekOf(e.date.slice(0, 10));
    const w = weeks.get(week) ?? { monday, files: [], people: new Set<string>() };
    w.files.push({ reflection: { kind: kindAt.get(finalPath.get(e.path) ?? e.path) ?? 'session' } });
    if (e.author) w.people.add(e.author);
    weeks.set(week, w);
  }
  return [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, w]) => {
    const counts = countReflections(w.files);
    return { week, monday: w.monday, added: counts.total, followUps: counts.followUps, people: w.people.size };
  });
}
