/**
 * The goals of issue #10, as the bench checks them. Each measured step may carry one; a step
 * without a goal is reported for context (the floor, the anchor, absolute times).
 */
export interface Goal {
  /** What is compared: the step's time as a multiple of the raw read, its absolute value, or a ratio of two steps. */
  kind: 'x-raw' | 'max';
  limit: number;
  /** How the goal reads in the table, e.g. "≤ 8× raw". */
  label: string;
}

export const GOALS = {
  coldIndex: { kind: 'x-raw', limit: 8, label: '≤ 8× raw' },
  warmIndex: { kind: 'x-raw', limit: 0.5, label: '≤ 0.5× raw' },
  singleUpdateMs: { kind: 'max', limit: 5, label: '≤ 5 ms' },
  /** "No task on the host thread takes more than ~10 ms": after a walk, and while the Team Review gets its documents and first view. */
  hostTaskMs: { kind: 'max', limit: 10, label: '≤ 10 ms' },
  insights: { kind: 'x-raw', limit: 2, label: '≤ 2× raw' },
  /** Ten times the corpus at most ten times the time: linear, not quadratic. */
  linearGrowth: { kind: 'max', limit: 10, label: '≤ 10 (linear)' },
  cliCold: { kind: 'x-raw', limit: 10, label: '≤ 10× raw' },
  cliWarm: { kind: 'x-raw', limit: 3, label: '≤ 3× raw' },
  /** The Team Review sends aggregates and first pages, never all documents: its message does not grow with the corpus. */
  reviewPayloadGrowth: { kind: 'max', limit: 2, label: '≤ 2 (not per document)' },
  indexMemoryMb: { kind: 'max', limit: 60, label: '≤ 60 MB' },
  extensionKb: { kind: 'max', limit: 400, label: '≤ 400 KB' },
  webviewKb: { kind: 'max', limit: 150, label: '≤ 150 KB' },
  manyReposColdS: { kind: 'max', limit: 30, label: '≤ 30 s' },
  manyReposWarmS: { kind: 'max', limit: 5, label: '≤ 5 s' },
} as const satisfies Record<string, Goal>;

export interface Row {
  step: string;
  corpus: string;
  /** Milliseconds, or the row's own unit (see `unit`). */
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'KiB' | 's' | '×';
  /** The value as a multiple of the same corpus's raw read, for times. */
  xRaw?: number;
  goal?: Goal;
  ok?: boolean;
}

/** A row with its goal checked: against the ratio to raw read, or against the value itself. */
export function judged(row: Omit<Row, 'ok'>): Row {
  if (!row.goal) return row;
  const measured = row.goal.kind === 'x-raw' ? row.xRaw ?? Number.POSITIVE_INFINITY : row.value;
  return { ...row, ok: measured <= row.goal.limit };
}
