/**
 * What the index keeps of a folder after a walk (host/folderSnapshot.ts, no `vscode`): the
 * last snapshot comes back exactly when no parse, problem or person changed.
 */
import * as assert from 'node:assert/strict';
import type { Corpus } from '../../src/core/store/corpus';
import { folderSnapshot, type SnapshotOf } from '../../src/host/folderSnapshot';
import { answered, at } from './insightDocs';

function corpus(): Corpus {
  return {
    documents: [
      answered(at('2026-11-25'), ['Later'], { id: 'bbbb2222', author: 'Kim Writer', actions: [{ id: 'bbbb2222-a1', text: 'Write the notes', status: 'open' }] }, '.coaching/reflections/2026/11/a-later.yaml'),
      answered(at('2026-11-24'), ['Earlier'], { id: 'aaaa1111', author: 'Ada Tester', actions: [{ id: 'aaaa1111-a1', text: 'Split the suite', status: 'open' }] }, '.coaching/reflections/2026/11/b-earlier.yaml'),
    ],
    problems: [{ path: '.coaching/reflections/2026/11/broken.yaml', line: 2, col: 5, message: 'YAML syntax: a list is not closed.' }],
  };
}

function of(person: string): SnapshotOf<string, string> {
  return { folder: 'web', label: 'web', teamProblems: [], person: { names: [person] }, problem: (p, logLine) => `${p.path}:${p.line} | ${logLine}` };
}

describe('a folder’s snapshot after a walk', () => {
  it('holds the documents in written order with their folder, the actions with whose they are, and the problems as log lines', async () => {
    const s = await folderSnapshot(corpus(), of('Ada Tester'));
    assert.deepEqual(s.documents.map((d) => [d.reflection.id, d.source]), [['aaaa1111', 'web'], ['bbbb2222', 'web']]);
    assert.deepEqual(s.actions.map((a) => [a.action.id, a.mine, a.folder]), [['aaaa1111-a1', true, 'web'], ['bbbb2222-a1', false, 'web']]);
    assert.deepEqual(s.problems, ['.coaching/reflections/2026/11/broken.yaml:2 | web/.coaching/reflections/2026/11/broken.yaml:2:5: YAML syntax: a list is not closed.']);
  });

  it('is the last snapshot again for the same documents, problems and person, and a new one when a file was parsed again, the person is someone else, or a problem appears', async () => {
    const read = corpus();
    const first = await folderSnapshot(read, of('Ada Tester'));
    const again = (c: Corpus, person = 'Ada Tester') => folderSnapshot(c, of(person), first);
    assert.equal(await again({ documents: [...read.documents], problems: read.problems.map((p) => ({ ...p })) }), first);
    const reparsed = { ...read, documents: [{ ...read.documents[0], reflection: { ...read.documents[0].reflection } }, read.documents[1]] };
    assert.notEqual(await again(reparsed), first);
    assert.notEqual(await again(read, 'Kim Writer'), first);
    assert.notEqual(await again({ ...read, problems: [...read.problems, { path: 'x.yaml', line: 1, col: 1, message: 'Another.' }] }), first);
    assert.notEqual(await again({ ...read, problems: [{ ...read.problems[0], message: 'Another.' }] }), first);
  });

  it('uses a document read with its folder as its source as it is, and gives one read without it its folder', async () => {
    const read = corpus();
    const withSource = { ...read, documents: [{ ...read.documents[0], source: 'web' }, read.documents[1]] };
    const s = await folderSnapshot(withSource, of('Ada Tester'));
    // Written order: "Earlier" (read without a source) first, "Later" (read with it) second.
    assert.equal(s.documents[1], withSource.documents[0]);
    assert.notEqual(s.documents[0], read.documents[1]);
    assert.deepEqual(s.documents[0], { ...read.documents[1], source: 'web' });
  });
});
