/**
 * Deterministic bench corpora: the same files for a given size on every run and machine.
 * Realistic reflections of about 1.5 KB (four exchanges of a GROW session, an action), every
 * seventh a follow-up closing an earlier action, every tenth anonymous, and a few invalid
 * files (a YAML error, a schema error) that every reader must report and skip.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FRICTION_KINDS, type FrictionKind, type Reflection } from '../../src/core/model/reflection';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { buildReflection } from '../fixtures/reflections';

const WORDS = ['flaky', 'tests', 'review', 'waiting', 'deploy', 'pipeline', 'meetings', 'context', 'switching', 'unclear', 'priorities', 'staging', 'database', 'handoff', 'approval', 'focus', 'interrupts', 'docs', 'onboarding', 'ownership', 'release', 'migration', 'estimates', 'pairing'];
/** Words of the themes people come back to: 300 made-up ones, so a theme is rare enough to stand out. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pu', 'gra', 'dek', 'fin', 'hol', 'jor'];
const THEME_WORDS = Array.from({ length: 300 }, (_, k) => `${SYLLABLES[k % 15]}${SYLLABLES[Math.floor(k / 15) % 15]}${SYLLABLES[(k * 7) % 15]}x`);
const THEMES = 150;

/** Two theme words of reflection i: about one theme in 150, so on 10,000 a theme recurs some 65 times. */
function theme(i: number): string {
  const t = (i * i + 3 * i) % THEMES;
  return `${THEME_WORDS[t]} ${THEME_WORDS[THEMES + ((t * 7) % THEMES)]}`;
}

const STAGES = ['goal', 'reality', 'options', 'will'] as const;
const QUESTIONS = [
  'What would unblocked look like by the end of the week?',
  'What is actually happening right now, and what have you tried so far?',
  'What else could you try, even if it sounds unusual at first?',
  'What is the very first thing you will do, and by when?',
];

/** One invalid file in this many; the rest are valid. */
const INVALID_EVERY = 997;

/** A reflection id from a number: base 32 without i, l, o, u (mapped to w, x, y, z as the id pattern wants). */
function idOf(i: number): string {
  return `b${i.toString(32).padStart(7, '0')}`.replace(/[ilou]/g, (c) => ({ i: 'w', l: 'x', o: 'y', u: 'z' })[c] as string);
}

function sentence(i: number, n: number, words: number): string {
  const pick = (k: number) => WORDS[(i * 7 + n * 13 + k * 5) % WORDS.length];
  return Array.from({ length: words }, (_, k) => pick(k)).join(' ');
}

/** The i-th reflection of every corpus: dates spread over 2026, twelve people, four friction kinds. */
export function benchReflection(i: number): Reflection {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const created = `2026-${month}-${day}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+01:00`;
  const anonymous = i % 10 === 0;
  const base = { id: idOf(i), created, author: anonymous ? undefined : `Person ${i % 12}`, visibility: anonymous ? 'anonymous' as const : 'team' as const };
  if (i % 7 === 6) {
    return buildReflection({ ...base, kind: 'follow-up', friction: [], exchanges: [], updates: [{ action: `${idOf(i - 3)}-a1`, status: i % 2 ? 'done' : 'dropped', note: `Tried: ${sentence(i, 9, 12)}.` }] });
  }
  const kind = FRICTION_KINDS[i % 4] as FrictionKind;
  return buildReflection({
    ...base,
    friction: [kind],
    trigger: { kind: i % 5 === 0 ? 'task-failed' : 'manual', ...(i % 5 === 0 ? { detail: `npm test ${sentence(i, 8, 2)}` } : {}) },
    exchanges: STAGES.map((stage, n) => ({ question: `${kind}-${stage}-0${1 + (i % 2)}`, text: QUESTIONS[n], answer: `The ${sentence(i, n, 10)}${n === 1 ? ` because of the ${theme(i)}` : ''}; ${sentence(i, n + 4, 12)}.` })),
    nextStep: { text: `Fix the ${sentence(i, 6, 4)}`, owner: `Person ${(i + 1) % 12}`, due: `2026-${month}-28` },
  });
}

/** Where benchReflection(i) lives, relative to the root, like the store names files. */
export function benchPath(r: Reflection): string {
  return `.coaching/reflections/${r.created.slice(0, 4)}/${r.created.slice(5, 7)}/${r.created.slice(0, 10)}-bench-${r.id}.yaml`;
}

/** The text of file i: the serializer's canonical form, or an invalid file now and then. */
function fileText(i: number, r: Reflection): string {
  if (i % INVALID_EVERY !== INVALID_EVERY - 1) return serializeReflection(r);
  return i % 2 ? `${serializeReflection(r)}  broken: [unclosed\n` : serializeReflection(r).replace(/^kind: .*$/m, 'kind: not-a-kind');
}

export interface WrittenCorpus {
  root: string;
  /** Absolute paths, in generation order. */
  files: string[];
  bytes: number;
}

/** Writes `count` reflections under `root`/.coaching (a folder per month), sixteen files at a time. */
export async function writeCorpus(root: string, count: number): Promise<WrittenCorpus> {
  const files: string[] = [];
  let bytes = 0;
  const folders = new Set<string>();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const r = benchReflection(i);
    const file = path.join(root, ...benchPath(r).split('/'));
    const dir = path.dirname(file);
    if (!folders.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      folders.add(dir);
    }
    const text = fileText(i, r);
    bytes += Buffer.byteLength(text);
    files.push(file);
    pending.push(fs.writeFile(file, text));
    if (pending.length >= 16) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { root, files, bytes };
}
