import { runGit } from '../core/git/run';
import { workspaceTrusted } from './trust';

/**
 * The name git would sign a commit with in `folder` (git config user.name), or undefined when
 * git is missing, has no name, takes too long, or the workspace is in Restricted Mode (where
 * Retro Coach runs no git).
 */
export async function gitUserName(folder: string, timeoutMs = 3000): Promise<string | undefined> {
  if (!workspaceTrusted()) return undefined;
  try {
    const result = await runGit(folder, ['config', '--get', 'user.name'], { timeoutMs });
    const name = result.code === 0 ? result.stdout.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}
