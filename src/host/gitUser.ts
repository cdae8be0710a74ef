import { runGit } from '../core/git/run';
import { workspaceTrusted } from './trust';

/**
 * How long the index reuses a folder's git user.name to tell "your" actions: it asks on every
 * walk (each save, focus or git change) and a name changes rarely; a new one shows within a minute.
 */
export const PERSON_NAME_MAX_AGE_MS = 60_000;

const TIMEOUT_MS = 3000;

const names = new Map<string, { at: number; name: Promise<string | undefined> }>();

/**
 * The name git would sign a commit with in `folder` (git config user.name), or undefined when
 * git is missing, has no name, takes too long, or the workspace is in Restricted Mode (where
 * Retro Coach runs no git). An answer git gave at most `maxAgeMs` ago is reused; by default
 * git is asked (what a saved file's author says must be what git says now).
 */
export function gitUserName(folder: string, maxAgeMs = 0): Promise<string | undefined> {
  if (!workspaceTrusted()) return Promise.resolve(undefined);
  const now = Date.now();
  const kept = names.get(folder);
  if (kept && now - kept.at <= maxAgeMs) return kept.name;
  const name = askGit(folder, TIMEOUT_MS);
  names.set(folder, { at: now, name });
  return name;
}

async function askGit(folder: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const result = await runGit(folder, ['config', '--get', 'user.name'], { timeoutMs });
    const name = result.code === 0 ? result.stdout.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}
