// Throwaway workspaces for tests: a temp folder that is a git repository with a fixed
// author, so reflections get a predictable `author` and nothing touches the real repo.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEST_AUTHOR = 'Ada Tester';

/** Creates a git repository in a new temp folder, optionally seeded from a fixture folder. */
export function makeWorkspace(prefix = 'retro-coach-ws-', fixture) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (fixture) fs.cpSync(fixture, dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.name', TEST_AUTHOR);
  git('config', 'user.email', 'ada@example.invalid');
  return dir;
}

export function removeWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}
