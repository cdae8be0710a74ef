/**
 * `npm run bench`: speed and memory of the index and the insights on a synthetic corpus,
 * reported as ratios measured in one run (absolute times depend on the machine; ratios say
 * whether the design holds: a warm re-read must be far cheaper than a cold one, and insights
 * must grow about linearly with the corpus).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readReflections, type ReadCache } from '../../src/core/store/corpus';
import { teamDocuments, teamInsights } from '../../src/core/insights/index';
import { FRICTION_KINDS, type FrictionKind, type Reflection } from '../../src/core/model/reflection';
import { buildReflection } from '../fixtures/reflections';
import { serializeReflection } from '../../src/core/model/reflectionYaml';

const WORDS = ['flaky', 'tests', 'review', 'waiting', 'deploy', 'pipeline', 'meetings', 'context', 'switching', 'unclear', 'priorities', 'staging', 'database', 'handoff', 'approval', 'focus', 'interrupts', 'docs', 'onboarding', 'ownership'];

function reflection(i: number): Reflection {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const pick = (n: number) => WORDS[(i * 7 + n * 13) % WORDS.length];
  // Base 32 digits without i, l, o, u (Crockford): map those four to w, x, y, z, which base 32 never uses.
  const id = `b${i.toString(32).padStart(7, '0')}`.replace(/[ilou]/g, (c) => ({ i: 'w', l: 'x', o: 'y', u: 'z' })[c] as string);
  return buildReflection({
    id, created: `2026-${month}-${day}T10:00:00+01:00`, author: `Person ${i % 12}`,
    visibility: i % 10 === 0 ? 'anonymous' : 'team', friction: [FRICTION_KINDS[i % 4] as FrictionKind],
    exchanges: [{ question: 'technical-reality-01', text: 'What is in your way?', answer: `The ${pick(1)} ${pick(2)} keep ${pick(3)} the ${pick(4)} and ${pick(5)}.` }],
    ...(i % 3 === 0 ? { nextStep: { text: `Fix the ${pick(6)}`, owner: `Person ${i % 12}`, due: `2026-${month}-28` } } : {}),
  });
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_REFLECTIONS ?? 10_000);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-bench-'));
  try {
    const docs = Array.from({ length: count }, (_, i) => reflection(i));
    const paths: string[] = [];
    for (const r of docs) {
      const dir = path.join(root, '.coaching', 'reflections', '2026', r.created.slice(5, 7));
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${r.created.slice(0, 10)}-bench-${r.id}.yaml`);
      paths.push(file);
      await fs.writeFile(file, r.visibility === 'anonymous' ? serializeReflection({ ...r, author: undefined }) : serializeReflection(r));
    }
    const cache: ReadCache = new Map();
    const heapBefore = process.memoryUsage().heapUsed;
    const cold = await time(() => readReflections(root, { includePrivate: false, cache }));
    const heapAfter = process.memoryUsage().heapUsed;
    await fs.appendFile(paths[0], '# touched\n');
    const warm = await time(() => readReflections(root, { includePrivate: false, cache }));
    const all = cold.value.documents;
    const period = { from: '2026-01-01', to: '2026-12-31' };
    // The gate is timed with the insights, as it was when teamInsights ran it itself.
    const tenth = await time(() => teamInsights(teamDocuments(all.slice(0, Math.floor(all.length / 10))), period, '2026-12-31'));
    const full = await time(() => teamInsights(teamDocuments(all), period, '2026-12-31'));
    const line = (name: string, value: string) => console.log(`bench: ${name.padEnd(44)} ${value}`);
    line(`reflections read`, String(all.length));
    line('cold read', `${cold.ms.toFixed(0)} ms`);
    line('warm re-read after one file changed', `${warm.ms.toFixed(0)} ms (ratio to cold ${(warm.ms / cold.ms).toFixed(2)}; want < 0.5)`);
    line('heap per reflection after a cold read', `${((heapAfter - heapBefore) / Math.max(1, all.length) / 1024).toFixed(1)} KiB`);
    line('insights, 1/10 of the corpus', `${tenth.ms.toFixed(0)} ms`);
    line('insights, whole corpus', `${full.ms.toFixed(0)} ms (ratio to 1/10: ${(full.ms / Math.max(1, tenth.ms)).toFixed(1)}; linear is 10)`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
