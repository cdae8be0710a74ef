/**
 * The CLI as a coach runs it: `node dist/cli.js report --format json` as a child process, cold
 * (an empty cache folder) and warm (the cache the cold run left), with node's own start-up
 * measured the same way and subtracted.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { collect, time } from './timing';

const run = promisify(execFile);
export const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

/** Runs node with `args` and a cache home of its own; returns the wall time in ms. */
async function node(args: readonly string[], cacheHome: string): Promise<number> {
  // A collection now, not one of the bench's own heap running beside the process on the same cores.
  collect();
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, RETRO_COACH_CACHE: '' };
  const t = await time(() => run(process.execPath, [...args], { env, maxBuffer: 512 * 1024 * 1024 }));
  return t.ms;
}

/** Node's start-up: the fastest of five empty scripts. */
export async function nodeStartMs(): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) fastest = Math.min(fastest, await node(['-e', ''], os.tmpdir()));
  return fastest;
}

export interface CliTimes {
  /** Whole process, node start not subtracted. */
  coldMs: number;
  warmMs: number;
}

/** `report --format json` over `roots` (one --root each): a cold run on a new cache folder, then the best of two warm runs. */
export async function measureReport(roots: readonly string[]): Promise<CliTimes> {
  const cacheHome = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-bench-cache-'));
  try {
    const args = [CLI, 'report', '--format', 'json', '--since', '2026-01-01', '--until', '2026-12-31', ...roots.flatMap((r) => ['--root', r])];
    const coldMs = await node(args, cacheHome);
    const warmMs = Math.min(await node(args, cacheHome), await node(args, cacheHome));
    return { coldMs, warmMs };
  } finally {
    await fs.rm(cacheHome, { recursive: true, force: true });
  }
}

/** Sizes in KB (1,000 bytes, as the goals count) of the shipped bundles; undefined when not built. */
export async function bundleSizes(): Promise<Record<string, number | undefined>> {
  const dist = path.dirname(CLI);
  const size = async (file: string) => ((await fs.stat(path.join(dist, file)).catch(() => undefined))?.size ?? NaN) / 1000;
  const sizes: Record<string, number | undefined> = {};
  for (const file of ['extension.js', 'webview/session.js', 'webview/review.js']) {
    const kb = await size(file);
    sizes[file] = Number.isNaN(kb) ? undefined : kb;
  }
  return sizes;
}
