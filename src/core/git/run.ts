/**
 * The one way Retro Coach runs git. The repository is named with `-C <root>` and the process
 * starts in the system temp folder, never in the workspace: on Windows a program is looked up
 * in the current folder before PATH, so a `git.exe` committed to the repository would
 * otherwise run instead of git. Arguments go to git directly, never through a shell.
 */
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

export interface GitRunOptions {
  /** Added to the environment (identity, dates, a temporary index). */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Kill git after this long; the result is then a failure that says so. */
  timeoutMs?: number;
  /** Most bytes of output kept; git is stopped past it (a history can be long, never endless). */
  maxBytes?: number;
  /** Bytes for git's standard input (e.g. `hash-object --stdin`); none when absent. */
  input?: Buffer;
}

export interface GitResult {
  /** git's exit code; -1 when it was stopped (timeout, output cap, cancel). */
  code: number;
  stdout: string;
  stderr: string;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Raised when git itself cannot be started (not installed, not on PATH). */
export class GitMissingError extends Error {
  constructor(cause: unknown) {
    super('git could not be started: it is not installed or not on PATH. Install git, then try again.', { cause });
    this.name = 'GitMissingError';
  }
}

/** The git command in `args` (e.g. `commit-tree` in `-c x=y commit-tree …`), for messages. */
function commandOf(args: readonly string[]): string {
  return args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? 'git';
}

/** The arguments git receives for `args` run in `root`: exported so tests can check the form. */
export function gitArgs(root: string, args: readonly string[]): string[] {
  return ['-C', root, ...args];
}

/**
 * Runs `git -C root …args` and resolves to its exit code and output (UTF-8; bytes that are
 * not valid UTF-8, as in old author names, become U+FFFD). Rejects only when git could not
 * run at all, or was cancelled through `signal`.
 */
export function runGit(root: string, args: readonly string[], opts: GitRunOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(root, args), {
      cwd: os.tmpdir(),
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...opts.env },
      signal: opts.signal,
      timeout: opts.timeoutMs,
      windowsHide: true,
      stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    // git may exit before reading all of its input (a failure); that is reported by its exit code.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(opts.input);
    const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let overflow = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        overflow = true;
        child.kill();
      } else out.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => { if (err.length < 64) err.push(chunk); });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new GitMissingError(e) : e));
    child.on('close', (code, signal) => {
      if (opts.signal?.aborted) return reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('git was cancelled.'));
      const decode = (chunks: Buffer[]) => new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
      const stopped = overflow ? `git ${commandOf(args)} printed more than ${limit} bytes and was stopped.` : signal ? `git ${commandOf(args)} was stopped (${signal}).` : '';
      resolve({ code: code ?? -1, stdout: decode(out), stderr: stopped || decode(err) });
    });
  });
}

/** Runs git and resolves to its output; any non-zero exit rejects with git's own message. */
export async function git(root: string, args: readonly string[], opts: GitRunOptions = {}): Promise<string> {
  const result = await runGit(root, args, opts);
  if (result.code !== 0) throw new Error(`git ${commandOf(args)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout;
}

/** What a folder is to git: inside a work tree (with its prefix and git dir), outside any repository, or unknown (git failed). */
export type RepoProbe =
  | { kind: 'repo'; prefix: string; excludeFile: string }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: string };

/**
 * Whether `root` is inside a git work tree. `prefix` is root's path from the top of the work
 * tree ('' at the top, else ending in '/'); `excludeFile` is the repository's
 * `info/exclude`, absolute. git runs in the C locale so "not a git repository" is recognised.
 */
export async function probeRepo(root: string, opts: GitRunOptions = {}): Promise<RepoProbe> {
  let result: GitResult;
  try {
    result = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix', '--git-path', 'info/exclude'], { ...opts, env: { ...opts.env, LC_ALL: 'C', LANGUAGE: 'C' } });
  } catch (err) {
    if (err instanceof GitMissingError) return { kind: 'unknown', reason: err.message };
    throw err;
  }
  if (result.code !== 0) {
    if (/not a git repository/i.test(result.stderr)) return { kind: 'none' };
    return { kind: 'unknown', reason: result.stderr.trim() || `git rev-parse exited with ${result.code}` };
  }
  const [inside, prefix, exclude] = result.stdout.split('\n');
  if (inside !== 'true') return { kind: 'none' };
  return { kind: 'repo', prefix: prefix ?? '', excludeFile: path.resolve(root, exclude ?? '.git/info/exclude') };
}
