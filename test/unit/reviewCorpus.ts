/**
 * A corpus for the Team Review tests: ordinary reflections and ones at the edge of what the
 * validator accepts (longest texts, astral characters counted as two code units, odd but valid
 * action ids, many pulse dimensions, many owners), so "every view the host can produce passes
 * its guard" is tested against the files the extension may really meet.
 */
import type { CorpusDocument } from '../../src/core/store/corpus';
import { LIMITS, TRIGGER_KINDS, type Action, type Reflection } from '../../src/core/model/reflection';
import { buildReflection } from '../fixtures/reflections';

/** The day the corpus is looked at. */
export const CORPUS_TODAY = '2026-11-25';

/** Two UTF-16 code units each: a text of n of them is 2n long to the validator. */
const EMOJI = '😀';
const astral = (units: number): string => EMOJI.repeat(Math.floor(units / 2));
const words = (n: number, word: string): string => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(' ');

/** Workspace folder 0 or 1, as the host would set `source` in a multi-root workspace. */
export type CorpusSource = 0 | 1;

let serial = 0;
/** A short id in the validator's alphabet, unique within the corpus. */
function nextId(): string {
  serial++;
  return `c${serial.toString(32).padStart(7, '0')}`.replace(/[ilou]/g, (c) => ({ i: 'w', l: 'x', o: 'y', u: 'z' })[c] as string);
}

function file(reflection: Reflection, source: CorpusSource = 0, path?: string): CorpusDocument<CorpusSource> {
  const dir = reflection.visibility === 'private' ? 'private' : 'reflections';
  const day = reflection.created.slice(0, 10);
  return { path: path ?? `.coaching/${dir}/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}-${reflection.kind}-${reflection.id}.yaml`, reflection, source };
}

function session(created: string, fields: Partial<Reflection> = {}, actions: Array<Omit<Action, 'status' | 'id'> & { id?: string }> = []): Reflection {
  const id = fields.id ?? nextId();
  return buildReflection({ id, created, ...fields, actions: actions.map(({ id: actionId, ...a }, i) => ({ id: actionId ?? `${id}-a${i + 1}`, status: 'open', ...a })) });
}

/** Reflections that share distinctive words, so recurring blockers find groups. */
function recurring(): CorpusDocument<CorpusSource>[] {
  const answers = [
    'The flaky integration suite blocks merges again and staging deploys wait',
    'Flaky integration tests block our merges; staging waits for hours',
    'Merges blocked by the flaky integration suite, staging deploy stuck',
    'Unclear priorities from planning meetings and constant context switching',
    'Priorities unclear after planning meetings; context switching all day',
    'Context switching between meetings, priorities still unclear',
  ];
  return answers.map((answer, i) => file(session(`2026-11-${String(2 + i * 3).padStart(2, '0')}T10:00:00+01:00`, {
    author: i % 2 ? 'Ada Tester' : 'Bob Builder',
    friction: [i < 3 ? 'technical' : 'procedural'],
    trigger: { kind: TRIGGER_KINDS[i % TRIGGER_KINDS.length] },
    exchanges: [{ question: 'technical-reality-01', text: 'What is in your way?', answer }],
  }), (i % 2) as CorpusSource));
}

/** Every text as long as the validator allows, in characters outside the BMP where it matters. */
function longest(): CorpusDocument<CorpusSource>[] {
  const created = '2026-11-20T23:59:59-11:00';
  const long = session(created, {
    author: astral(LIMITS.ownerChars),
    friction: ['technical', 'procedural', 'cultural', 'personal'],
    trigger: { kind: 'long-debug', detail: astral(LIMITS.detailChars) },
    exchanges: Array.from({ length: LIMITS.exchanges }, (_, i) => ({
      question: `q-${'x'.repeat(60)}`.slice(0, 64),
      text: astral(LIMITS.questionChars),
      answer: i % 2 ? astral(LIMITS.answerChars) : `${words(1200, 'flaky')} ${astral(200)}`.slice(0, LIMITS.answerChars),
    })),
  }, Array.from({ length: LIMITS.actions }, (_, i) => ({
    id: i === 0 ? '-' : i === 1 ? '-'.repeat(40) : i === 2 ? 'z'.repeat(40) : undefined,
    text: i % 2 ? astral(LIMITS.actionChars) : `  ${'word '.repeat(LIMITS.actionChars / 5 - 1)}  `.slice(0, LIMITS.actionChars),
    owner: i % 3 === 0 ? astral(LIMITS.ownerChars) : i % 3 === 1 ? `  Ada \t  Tester ${' '.repeat(150)}` : undefined,
    due: i % 4 === 0 ? '2020-02-29' : i % 4 === 1 ? '2099-12-31' : undefined,
  })));
  const path = `.coaching/reflections/2026/11/${'deep/'.repeat(150)}${long.id}.yaml`;
  return [file(long, 1, path.slice(0, 990))];
}

/** Pulse checks naming more dimensions, across files, than the view shows. */
function pulses(): CorpusDocument<CorpusSource>[] {
  return Array.from({ length: 4 }, (_, f) => {
    const pulse: Record<string, number> = { focus: 1, flow: 5, clarity: 3 };
    for (let d = 0; Object.keys(pulse).length < LIMITS.pulseDimensions; d++) pulse[`z${f}-${d}-${'k'.repeat(24)}`.slice(0, 32)] = 1 + ((f + d) % 5);
    return file(session(`2026-11-${String(10 + f).padStart(2, '0')}T09:00:00Z`, { kind: 'pulse', friction: [], pulse, exchanges: [] }));
  });
}

/** Sixty owners, one of them with more open actions than the view lists. */
function owners(): CorpusDocument<CorpusSource>[] {
  const busy = Array.from({ length: 4 }, () => file(session('2026-10-01T10:00:00+02:00', {}, Array.from({ length: LIMITS.actions }, (_, i) => ({ text: `Busy task ${i}`, owner: 'Busy Owner', due: '2026-10-15' })))));
  const many = Array.from({ length: 60 }, (_, i) => file(session(`2026-09-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+02:00`, { author: `Person ${i}` }, [{ text: `Task for person ${i}`, owner: `Person ${i}` }])));
  return [...busy, ...many];
}

/** Quick blockers, follow-ups, anonymous and private reflections, and one written "tomorrow". */
function others(done: Reflection): CorpusDocument<CorpusSource>[] {
  const [first, second] = done.actions;
  return [
    file(session('2026-11-18T08:00:00+01:00', { kind: 'blocker', trigger: { kind: 'task-failed', detail: 'npm test' }, friction: ['technical'] })),
    file(session('2026-11-22T10:00:00+01:00', {
      kind: 'follow-up', friction: [], exchanges: [],
      updates: [{ action: first.id, status: 'done', note: astral(LIMITS.noteChars) }, { action: second.id, status: 'dropped' }, { action: 'gone-a1', status: 'done' }],
    })),
    file(session('2026-11-23T10:00:00+01:00', { visibility: 'anonymous', author: undefined, friction: ['cultural'] }, [{ text: 'Talk about review load' }])),
    file(session('2026-11-23T11:00:00+01:00', { visibility: 'private', author: 'Secret Person', friction: ['personal'] }, [{ text: 'Private step', owner: 'Secret Person' }])),
    file(session('2026-11-26T10:00:00+14:00', { author: 'Early Bird' }, [{ text: 'From tomorrow', due: '2026-11-24' }])),
    file(session('2024-01-03T10:00:00Z', { author: 'Old Timer', friction: [] }, [{ text: 'An old open step', due: '2024-02-01' }])),
  ];
}

/** The whole corpus, in no particular order (the privacy gate sorts it). */
export function reviewCorpus(): CorpusDocument<CorpusSource>[] {
  serial = 0;
  const done = session('2026-11-05T10:00:00+01:00', {}, [{ text: 'Quarantine flaky tests', owner: 'Ada Tester' }, { text: 'Ask for a staging slot' }]);
  return [...recurring(), file(done), ...longest(), ...pulses(), ...owners(), ...others(done)];
}

/** Two of Ada's sessions, one of them anonymous (with a name the gate must drop), seen on CORPUS_TODAY. */
export function smallTeam(): CorpusDocument[] {
  const reflection = (id: string, created: string, extra: Partial<Reflection> = {}): Reflection => buildReflection({
    id, created,
    exchanges: [{ question: 'q', text: 'What is in your way?', answer: 'The flaky integration suite blocks merges again' }],
    nextStep: { text: 'Quarantine flaky tests', owner: 'Ada Tester', due: '2026-11-01' },
    ...extra,
  });
  return [
    { path: '.coaching/reflections/2026/11/a.yaml', reflection: reflection('aaaa1111', '2026-11-10T10:00:00+01:00') },
    { path: '.coaching/reflections/2026/11/b.yaml', reflection: reflection('bbbb2222', '2026-11-12T10:00:00+01:00', { visibility: 'anonymous', author: 'Hidden Person' }) },
  ];
}
