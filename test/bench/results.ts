/** The bench's output: a Markdown table (pasted into the README's Performance section) and out/bench/results.json. */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GOALS, judged, type Row } from './goals';
import type { IndexTimes } from './indexSteps';

export const RESULTS_FILE = path.resolve(__dirname, '..', '..', '..', 'out', 'bench', 'results.json');

/** The machine the numbers belong to. */
export function machine(): { nproc: number; cpu: string; node: string; platform: string } {
  return { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model.trim() ?? 'unknown', node: process.version, platform: `${process.platform} ${os.arch()}` };
}

/** Goals hold for the corpus sizes the issue measured (10k and up); 1k rows are context. */
const withGoal = (label: string, goal: Row['goal']) => (label === '1k' ? undefined : goal);

/** The rows of one corpus's in-process steps. */
export function indexRows(label: string, t: IndexTimes): Row[] {
  const x = (ms: number) => ms / t.rawMs;
  const row = (step: string, ms: number, goal?: Row['goal']) => judged({ step, corpus: label, value: ms, unit: 'ms', xRaw: x(ms), goal: withGoal(label, goal) });
  return [
    row(`raw read of ${t.files} files (the floor)`, t.rawMs),
    row('naive `yaml` loop (the anchor)', t.yamlMs),
    row('cold index (readCorpus, workers)', t.coldMs, GOALS.coldIndex),
    row('cold index in one thread (readReflections)', t.coldInThreadMs),
    row('warm re-read, one file changed', t.warmMs, GOALS.warmIndex),
    judged({ step: 'single-file update (watcher event)', corpus: label, value: t.updateMs, unit: 'ms', xRaw: x(t.updateMs), goal: withGoal(label, GOALS.singleUpdateMs) }),
    row('host thread after a first walk: problems, actions, privacy gate (in turns)', t.afterWalkMs),
    judged({ step: 'longest host-thread task after a first walk', corpus: label, value: t.afterWalkTaskMs, unit: 'ms', goal: withGoal(label, GOALS.hostTaskMs) }),
    row('index walk with one file changed, and what follows (lstats in a worker, the rest in turns)', t.walkMs),
    judged({ step: 'longest host-thread task in that walk and after it', corpus: label, value: t.walkTaskMs, unit: 'ms', goal: withGoal(label, GOALS.hostTaskMs) }),
    row('index walk that found nothing new, and what follows', t.sameWalkMs),
    judged({ step: 'longest host-thread task in that walk', corpus: label, value: t.sameWalkTaskMs, unit: 'ms', goal: withGoal(label, GOALS.hostTaskMs) }),
    row(`team insights (${t.documents} documents)`, t.insightsMs, GOALS.insights),
    row('recurring blockers', t.recurringMs),
    row('Team Review first view, computed in one go (as its worker does)', t.reviewMs),
    row('Team Review in its worker: documents sent, first view back', t.reviewWorkerMs),
    judged({ step: 'longest host-thread task while the Team Review gets its documents', corpus: label, value: t.hostTaskMs, unit: 'ms', goal: withGoal(label, GOALS.hostTaskMs) }),
    judged({ step: 'Team Review message size', corpus: label, value: t.reviewBytes / 1024, unit: 'KiB' }),
    judged({ step: 'index heap (in-thread read)', corpus: label, value: t.heapBytes / 1e6, unit: 'MB', goal: label === '10k' ? GOALS.indexMemoryMb : undefined }),
  ];
}

/** How a step grows from the small corpus to the large one. */
export function growthRows(small: IndexTimes, large: IndexTimes, label: string): Row[] {
  const ratio = (step: string, a: number, b: number, goal: Row['goal']) => judged({ step, corpus: label, value: b / a, unit: '×', goal });
  return [
    ratio('team insights growth', small.insightsMs, large.insightsMs, GOALS.linearGrowth),
    ratio('recurring blockers growth', small.recurringMs, large.recurringMs, GOALS.linearGrowth),
    ratio('Team Review message growth', small.reviewBytes, large.reviewBytes, GOALS.reviewPayloadGrowth),
  ];
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function table(rows: readonly Row[], notes: readonly string[]): string {
  const lines = ['| step | corpus | value | × raw read | goal | met |', '| --- | --- | ---: | ---: | --- | --- |'];
  for (const r of rows) {
    lines.push(`| ${r.step} | ${r.corpus} | ${fmt(r.value)} ${r.unit} | ${r.xRaw === undefined ? '' : `${fmt(r.xRaw)}×`} | ${r.goal?.label ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'yes' : '**no**'} |`);
  }
  return [...lines, '', ...notes.map((n) => `- ${n}`)].join('\n');
}

export async function writeResults(rows: readonly Row[], notes: readonly string[]): Promise<void> {
  await fs.mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  const missed = rows.filter((r) => r.ok === false).map((r) => `${r.step} (${r.corpus})`);
  await fs.writeFile(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), rows, notes, missed }, null, 2)}\n`);
}
