/**
 * `npm run bench`: issue #10's measurements in one run on the same generated files, as
 * absolute times and as ratios to a raw read of those files (ratios say whether the design
 * holds on any machine). Prints a table, writes out/bench/results.json, and exits 1 when a
 * goal is missed, naming which. `BENCH_LARGE=1` adds the 100k corpus and 10 repositories of
 * 10k (several minutes on two cores). Unit tests never assert timings; this does.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sharedParsePool } from '../../src/core/worker/pool';
import { writeCorpus, type WrittenCorpus } from './corpus';
import { bundleSizes, measureReport, nodeStartMs } from './cliSteps';
import { GOALS, judged, type Row } from './goals';
import { measureIndex, type IndexTimes } from './indexSteps';
import { growthRows, indexRows, machine, table, writeResults, RESULTS_FILE } from './results';

const LARGE = process.env.BENCH_LARGE === '1';
const MANY_REPOSITORIES = 10;

async function corpusOf(base: string, label: string, count: number): Promise<WrittenCorpus> {
  const root = path.join(base, label);
  await fs.mkdir(root);
  const written = await writeCorpus(root, count);
  console.error(`bench: wrote ${label}: ${count} files, ${(written.bytes / count).toFixed(0)} bytes each on average`);
  return written;
}

/** The CLI rows: report cold and warm on one repository, node start subtracted. */
async function cliRows(root: string, rawMs: number): Promise<Row[]> {
  const start = await nodeStartMs();
  const report = await measureReport([root]);
  const row = (step: string, ms: number, goal: Row['goal']) => judged({ step, corpus: '10k', value: ms, unit: 'ms', xRaw: ms / rawMs, goal });
  return [
    judged({ step: 'node start (subtracted below)', corpus: '-', value: start, unit: 'ms' }),
    row('CLI report --format json, cold', report.coldMs - start, GOALS.cliCold),
    row('CLI report --format json, warm', report.warmMs - start, GOALS.cliWarm),
  ];
}

/** Ten repositories of 10k (copies of the 10k corpus), reported together by the CLI, whole process. */
async function manyRepositoryRows(base: string, tenK: WrittenCorpus): Promise<Row[]> {
  const roots: string[] = [];
  for (let i = 0; i < MANY_REPOSITORIES; i++) {
    const root = path.join(base, `repo-${i}`);
    await fs.cp(tenK.root, root, { recursive: true });
    roots.push(root);
  }
  const report = await measureReport(roots);
  return [
    judged({ step: `CLI report, ${MANY_REPOSITORIES} repositories × 10k, cold`, corpus: '100k', value: report.coldMs / 1000, unit: 's', goal: GOALS.manyReposColdS }),
    judged({ step: `CLI report, ${MANY_REPOSITORIES} repositories × 10k, warm`, corpus: '100k', value: report.warmMs / 1000, unit: 's', goal: GOALS.manyReposWarmS }),
  ];
}

async function bundleRows(): Promise<Row[]> {
  const sizes = await bundleSizes();
  return Object.entries(sizes).map(([file, kb]) => judged({
    step: `bundle dist/${file}${kb === undefined ? ' (not built)' : ''}`, corpus: '-', value: kb ?? Number.POSITIVE_INFINITY, unit: 'KB',
    goal: file === 'extension.js' ? GOALS.extensionKb : GOALS.webviewKb,
  }));
}

async function run(base: string): Promise<{ rows: Row[]; notes: string[] }> {
  const sizes = LARGE ? [['1k', 1_000], ['10k', 10_000], ['100k', 100_000]] as const : [['1k', 1_000], ['10k', 10_000]] as const;
  // Sizes first: the bundles were just built by `npm run bench`, and nothing else has had time to rebuild dist/.
  const bundles = await bundleRows();
  const corpora = new Map<string, WrittenCorpus>();
  for (const [label, count] of sizes) corpora.set(label, await corpusOf(base, label, count));
  const times = new Map<string, IndexTimes>();
  const rows: Row[] = [];
  for (const [label] of sizes) {
    const t = await measureIndex(corpora.get(label) as WrittenCorpus);
    times.set(label, t);
    rows.push(...indexRows(label, t));
  }
  rows.push(...growthRows(times.get('1k') as IndexTimes, times.get('10k') as IndexTimes, '1k → 10k'));
  if (LARGE) rows.push(...growthRows(times.get('10k') as IndexTimes, times.get('100k') as IndexTimes, '10k → 100k'));
  const tenK = corpora.get('10k') as WrittenCorpus;
  rows.push(...(await cliRows(tenK.root, (times.get('10k') as IndexTimes).rawMs)));
  if (LARGE) rows.push(...(await manyRepositoryRows(base, tenK)));
  rows.push(...bundles);
  const m = machine();
  const notes = [
    `Machine: ${m.nproc} cores (${m.cpu}), node ${m.node}, ${m.platform}; files in the OS page cache (every step reads the same files).`,
    'Extension activation time: not measurable outside VS Code (activation needs the extension host); the Team Review first paint is measured in the real host by `npm run bench:review`.',
    ...(LARGE ? [] : ['100k corpus and 10 repositories × 10k: run with BENCH_LARGE=1.']),
  ];
  return { rows, notes };
}

async function main(): Promise<number> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-bench-'));
  try {
    const { rows, notes } = await run(base);
    console.log(table(rows, notes));
    await writeResults(rows, notes);
    const missed = rows.filter((r) => r.ok === false);
    console.log(`\nbench: wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
    if (missed.length) console.log(`bench: ${missed.length} goal(s) missed:\n${missed.map((r) => `  - ${r.step} (${r.corpus}): ${r.value.toFixed(2)} ${r.unit}${r.xRaw === undefined ? '' : `, ${r.xRaw.toFixed(2)}× raw`}; goal ${r.goal?.label}`).join('\n')}`);
    return missed.length ? 1 : 0;
  } finally {
    await sharedParsePool().close();
    await fs.rm(base, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
