import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foldActionSteps, foldActions } from '../../src/core/model/actionState';
import { checkCoaching, checkCoachingInTurns, readReflections, type Corpus, type CorpusDocument, type CorpusProblem } from '../../src/core/store/corpus';
import type { TeamFileProblem } from '../../src/core/model/teamConfig';
import { sortInWrittenOrder, teamDocuments, teamDocumentsInTurns } from '../../src/core/insights/team';
import { readTeamFiles } from '../../src/core/model/teamConfig';
import { MAX_PROBLEMS_PER_FILE } from '../../src/core/util/problemCap';
import { inTurns } from '../../src/core/util/turns';
import { makeHostileCorpus } from '../fixtures/hostile/make';
import { sampleReflection } from './fixtures';
import { answered, at, doc, followUpDoc, shuffled } from './insightDocs';

const ACTION = 'k3j9x2ab-a1';

/** The reflections of the fold's tests (actions.test.ts) and the gate's (insightPrivacy.test.ts), in one corpus. */
function documents(): CorpusDocument[] {
  return [
    // Defines ACTION, 2026-11-25T10:12:00+01:00.
    { path: '.coaching/reflections/2026/11/2026-11-25-origin.yaml', reflection: sampleReflection() },
    followUpDoc('2026-11-27T10:00:00+02:00', [{ action: ACTION, status: 'done', note: 'Merged' }]),
    followUpDoc('2026-11-27T09:30:00+00:00', [{ action: ACTION, status: 'open', note: 'Flaky again' }]),
    // Dated before the action it updates.
    followUpDoc('2026-11-20T10:00:00+01:00', [{ action: ACTION, status: 'dropped' }]),
    // Updates an action no reflection defines.
    followUpDoc(at('2026-11-28'), [{ action: ACTION, status: 'done' }, { action: 'nope0000-a1', status: 'dropped' }]),
    // A second definition of ACTION, written later.
    doc('2026-11-26T09:00:00+01:00', { actions: [{ id: ACTION, text: 'A copy', status: 'open' }] }),
    answered(at('2026-11-24'), ['The e2e suite is flaky again'], { id: 'team0001', actions: [{ id: 'team0001-a1', text: 'Quarantine flaky tests', status: 'open' }] }),
    answered(at('2026-11-26'), ['Nobody owns the suite'], {
      id: 'anon0001', visibility: 'anonymous', author: 'Zed Secretname', actions: [{ id: 'anon0001-a1', text: 'Find an owner', status: 'open' }],
    }),
    doc(at('2026-11-27'), { kind: 'pulse', visibility: 'anonymous', author: 'Zed Secretname', exchanges: [], friction: [], pulse: { focus: 1 } }),
    answered(at('2026-11-25'), ['Privatemarker'], { visibility: 'private', author: 'Pat Privatename', actions: [{ id: 'priv0001-a1', text: 'Private action', status: 'open' }] }),
    followUpDoc(at('2026-11-27'), [{ action: 'team0001-a1', status: 'done' }], { visibility: 'private' }),
    answered(at('2026-11-27'), ['Misfiled'], { visibility: 'team' }, '.coaching/private/2026/11/misfiled.yaml'),
    // The same instant as the one above: ties go by path, then id.
    answered(at('2026-11-27'), ['Same instant'], { id: 'tie00001' }, '.coaching/reflections/2026/11/a-tie.yaml'),
  ].map((d, i) => ({ ...d, source: { folder: i % 2 } }));
}

/** More problems in one file than it may show, and one with characters that must not reach a terminal raw. */
function corpusProblems(): CorpusProblem[] {
  const many = Array.from({ length: MAX_PROBLEMS_PER_FILE + 5 }, (_, i) => ({ path: '.coaching/reflections/2026/11/bad.yaml', line: i + 1, col: 1, message: `Problem ${i}.` }));
  return [...many, { path: '.coaching/reflections/2026/11/\u001b[31mred.yaml', line: 1, col: 1, message: 'Bad \u001b[31mred\u202e name.' }];
}

const TEAM_PROBLEMS: TeamFileProblem[] = [
  { file: '.coaching/config.yaml', line: 2, col: 3, message: 'Unknown field.', severity: 'warning' },
  { file: '.coaching/reflections/2026/11/bad.yaml', line: 9, col: 1, message: 'Also here.', severity: 'error' },
];

/** `run`'s result, and how many turns of the event loop passed while it ran. */
async function countingTurns<T>(run: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await run();
  running = false;
  return { value, turns };
}

describe('the index’s work after a walk, in turns', () => {
  const corpus: Corpus = { documents: shuffled(documents(), 7), problems: corpusProblems() };

  it('checkCoachingInTurns gives checkCoaching’s actions and problems: duplicate ids, unknown and early updates, team files, capped and escaped lines', async () => {
    const expected = checkCoaching(corpus, TEAM_PROBLEMS);
    const messages = expected.problems.map((p) => p.message).join('\n');
    for (const kind of [/is also defined in/, /which no reflection defines/, /is dated before action/, /more problems in this file/, /Unknown field/, /\\u\{1b\}|\\u001b|\\x1b/i]) {
      assert.match(messages, kind, 'the fixture has this kind of problem');
    }
    const sliced = await countingTurns(() => checkCoachingInTurns(corpus, TEAM_PROBLEMS, 0));
    assert.deepEqual(sliced.value, expected);
    assert.ok(sliced.turns > corpus.documents.length, `${sliced.turns} turns for ${corpus.documents.length} documents`);
  });

  it('checkCoaching gives the documents in the privacy gate’s order, whatever order they were read in', () => {
    const { inWrittenOrder } = checkCoaching(corpus, TEAM_PROBLEMS);
    assert.notDeepEqual(corpus.documents, inWrittenOrder, 'the fixture is read out of order');
    assert.deepEqual(sortInWrittenOrder(inWrittenOrder), inWrittenOrder);
    assert.deepEqual(new Set(inWrittenOrder), new Set(corpus.documents));
  });

  it('foldActionSteps in turns gives foldActions’ actions and warnings', async () => {
    const { actions, warnings } = await inTurns((turns) => foldActionSteps(corpus.documents, turns), 0);
    assert.deepEqual({ actions, warnings }, foldActions(corpus.documents));
  });

  it('teamDocumentsInTurns gives teamDocuments’ documents: no private one, no anonymous author, in written order, sources kept', async () => {
    const expected = teamDocuments(corpus.documents);
    assert.ok(expected.length > 0 && expected.length < corpus.documents.length, 'the fixture has private documents');
    assert.ok(expected.some((d) => d.reflection.visibility === 'anonymous'), 'the fixture has anonymous documents');
    assert.ok(!expected.some((d) => d.reflection.visibility === 'anonymous' && d.reflection.author !== undefined));
    const sliced = await countingTurns(() => teamDocumentsInTurns(corpus.documents, 0));
    assert.deepEqual(sliced.value, expected);
    assert.ok(sliced.turns > corpus.documents.length, `${sliced.turns} turns for ${corpus.documents.length} documents`);
  });

  describe('on the hostile corpus', function () {
    this.timeout(30_000);
    let dir: string;
    let root: string;
    before(async function () {
      if (process.platform === 'win32') this.skip(); // links to /dev/zero and named pipes are POSIX
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-turns-'));
      root = (await makeHostileCorpus(path.join(dir, 'a'))).root;
    });
    after(async () => { if (dir) await fs.rm(dir, { recursive: true, force: true }); });

    it('checkCoachingInTurns and teamDocumentsInTurns give what checkCoaching and teamDocuments give', async () => {
      const hostile = await readReflections(root, { includePrivate: true });
      const teamProblems = readTeamFiles(root).problems;
      assert.deepEqual(await checkCoachingInTurns(hostile, teamProblems, 0), checkCoaching(hostile, teamProblems));
      assert.deepEqual(await teamDocumentsInTurns(hostile.documents, 0), teamDocuments(hostile.documents));
    });
  });
});
