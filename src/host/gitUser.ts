import { execFile } from 'node:child_process';

/**
 * The name git would sign a commit with in `cwd` (git config user.name), or undefined when
 * git is missing, has no name, or takes too long. Runs git directly, never through a shell.
 */
export function gitUserName(cwd: string, timeoutMs = 3000): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', 'user.name'], { cwd, timeout: timeoutMs, windowsHide: true }, (err, stdout) => {
      const name = err ? '' : String(stdout).trim();
      resolve(name ? name : undefined);
    });
  });
}
