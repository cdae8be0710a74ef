/**
 * Where retro summaries live (`.coaching/summaries/YYYY-MM-DD.md`) and which period the next
 * one covers: since the last exported summary by default, so consecutive retros neither skip
 * nor repeat a day.
 */
import { listUntrustedFolder } from './safeRead';
import type { Random } from '../model/ids';
import { FileExistsError, writeNewFile } from './store';

export const SUMMARIES_DIR = '.coaching/summaries';
const SUMMARY_FILE = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;

/**
 * The date of the newest exported summary, or undefined when there is none. The folder is
 * listed through the untrusted reader: a summaries folder that is a link (or sits in one) is
 * not followed, and only regular files count.
 */
export async function lastSummaryDate(root: string): Promise<string | undefined> {
  const listed = await listUntrustedFolder(root, SUMMARIES_DIR);
  const names = listed.ok ? listed.entries.filter((e) => e.isFile()).map((e) => e.name) : [];
  const dates = names.map((n) => SUMMARY_FILE.exec(n)?.[1]).filter((d): d is string => !!d).sort();
  return dates.at(-1);
}

/**
 * Saves a summary as `.coaching/summaries/<date>.md`, or `<date>-2.md` and so on when that
 * day already has one: an exported summary is a record, never overwritten.
 */
export async function saveSummary(root: string, date: string, markdown: string, random: Random): Promise<string> {
  for (let n = 1; n <= 50; n++) {
    const relative = `${SUMMARIES_DIR}/${date}${n > 1 ? `-${n}` : ''}.md`;
    try {
      await writeNewFile(root, relative, markdown, random);
      return relative;
    } catch (err) {
      if (!(err instanceof FileExistsError)) throw err;
    }
  }
  throw new Error(`${SUMMARIES_DIR} already has 50 summaries dated ${date}.`);
}
