/**
 * Friction by area: the folders and files of the code that reflections name in their context
 * (recorded only by people who turned retroCoach.context.capture on), with how many
 * reflections named each and of which friction kinds. A reflection names a file and, through
 * it, every folder above it; each counts the reflection once, however many of its files lie
 * there. A folder is left out when one of its entries was named by every reflection that named
 * it: the entry says the same, more precisely.
 */
import { checkPeriod, compare, createdIn, type Period } from './period';
import type { TeamDocument } from './team';
import { FRICTION_BUCKETS, frictionBucket, reportsFriction, type FrictionBucket } from './counting';

export interface AreaOptions {
  /** Areas kept, most often named first. */
  maxAreas?: number;
  /** Folders deeper than this are not areas of their own (their files still are). */
  maxDepth?: number;
}

const DEFAULTS: Required<AreaOptions> = { maxAreas: 20, maxDepth: 8 };

export interface FrictionArea<S = unknown> {
  /** A folder ends in '/', e.g. `src/auth/`; a file does not, e.g. `src/auth/login.ts`. */
  area: string;
  kind: 'folder' | 'file';
  /** Reflections that named it, and by friction kind, each under one kind as every count does (counting.ts). */
  total: number;
  counts: Record<FrictionBucket, number>;
  /** Those reflections, newest first. */
  paths: string[];
  /** The `source` of each of `paths`, when the documents have one, untouched. */
  sources?: S[];
}

/** The areas one path names: its folders from the top, at most `maxDepth` of them, then the file. */
function areasOf(path: string, maxDepth: number): string[] {
  const parts = path.split('/');
  const folders = parts.slice(0, -1).slice(0, maxDepth).map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
  return [...folders, path];
}

/** The folder an area sits in ('' at the top). */
function parentOf(area: string): string {
  const end = area.endsWith('/') ? area.length - 1 : area.length;
  const slash = area.lastIndexOf('/', end - 1);
  return slash < 0 ? '' : area.slice(0, slash + 1);
}

interface Tally<S> {
  documents: TeamDocument<S>[];
}

function tally<S>(documents: readonly TeamDocument<S>[], period: Period, maxDepth: number): Map<string, Tally<S>> {
  const byArea = new Map<string, Tally<S>>();
  for (const document of documents) {
    const r = document.reflection;
    // The gate already keeps private files out; an anonymous reflection never has a context to name.
    if (!reportsFriction(r) || r.visibility !== 'team' || !createdIn(r.created, period)) continue;
    const named = new Set((r.context?.paths ?? []).flatMap((p) => areasOf(p, maxDepth)));
    for (const area of named) {
      let t = byArea.get(area);
      if (!t) byArea.set(area, (t = { documents: [] }));
      t.documents.push(document);
    }
  }
  return byArea;
}

function areaOf<S>(area: string, documents: readonly TeamDocument<S>[]): FrictionArea<S> {
  const counts = Object.fromEntries(FRICTION_BUCKETS.map((b) => [b, 0])) as Record<FrictionBucket, number>;
  for (const d of documents) counts[frictionBucket(d.reflection)]++;
  const newestFirst = [...documents].reverse();
  return {
    area,
    kind: area.endsWith('/') ? 'folder' : 'file',
    total: documents.length,
    counts,
    paths: newestFirst.map((d) => d.path),
    ...(newestFirst.some((d) => d.source !== undefined) ? { sources: newestFirst.map((d) => d.source as S) } : {}),
  };
}

/**
 * The areas of the period's team reflections, most often named first (then the more precise,
 * then in path order). `documents` come from the privacy gate, in written order.
 */
export function frictionByArea<S>(documents: readonly TeamDocument<S>[], period: Period, options: AreaOptions = {}): FrictionArea<S>[] {
  checkPeriod(period);
  const opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const byArea = tally(documents, period, opts.maxDepth);
  const redundant = new Set<string>();
  for (const [area, t] of byArea) {
    const parent = parentOf(area);
    if (parent && byArea.get(parent)?.documents.length === t.documents.length) redundant.add(parent);
  }
  const depth = (area: string) => area.split('/').filter(Boolean).length;
  return [...byArea]
    .filter(([area]) => !redundant.has(area))
    .sort(([a, ta], [b, tb]) => tb.documents.length - ta.documents.length || depth(b) - depth(a) || compare(a, b))
    .slice(0, opts.maxAreas)
    .map(([area, t]) => areaOf(area, t.documents));
}
