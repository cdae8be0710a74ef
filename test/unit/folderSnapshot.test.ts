/**
 * What the index keeps of a folder after a walk (host/folderSnapshot.ts, no `vscode`): the
 * key says "changed" exactly when a parse, whose an action is, or a problem changed.
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

let nextNumber = 0;

/** A number per parse, as the index keeps them: the same object keeps its number. */
function identities(): (reflection: object) => number {
  const known = new WeakMap<object, number>();
  return (reflection) => {
    if (!known.has(reflection)) known.set(reflection, nextNumber++);
    return known.get(reflection) as number;
  };
}

function of(person: string, identity = identities()): SnapshotOf<string, string> {
  return { folder: 'web', id: 'file:///ws/web', label: 'web', teamProblems: [], person: { names: [person] }, identity, problem: (p) => `${p.path}:${p.line}` };
}

describe('a folder’s snapshot after a walk', () => {
  it('holds the documents in written order with their folder, the actions with whose they are, and the problems as log lines', async () => {
    const s = await folderSnapshot(corpus(), of('Ada Tester'));
    assert.deepEqual(s.documents.map((d) => [d.reflection.id, d.source]), [['aaaa1111', 'web'], ['bbbb2222', 'web']]);
    assert.deepEqual(s.actions.map((a) => [a.action.id, a.mine, a.folder]), [['aaaa1111-a1', true, 'web'], ['bbbb2222-a1', false, 'web']]);
    assert.deepEqual(s.problems, ['.coaching/reflections/2026/11/broken.yaml:2']);
    assert.deepEqual(s.messages, ['web/.coaching/reflections/2026/11/broken.yaml:2:5: YAML syntax: a list is not closed.']);
  });

  it('has the same key for the same parses, and another when a file was parsed again, the person is someone else, or a problem appears', async () => {
    const read = corpus();
    const identity = identities();
    const key = async (c: Corpus, person = 'Ada Tester') => (await folderSnapshot(c, of(person, identity))).key;
    const first = await key(read);
    assert.equal(await key(read), first);
    const reparsed = { ...read, documents: [{ ...read.documents[0], reflection: { ...read.documents[0].reflection } }, read.documents[1]] };
    assert.notEqual(await key(reparsed), first);
    assert.notEqual(await key(read, 'Kim Writer'), first);
    assert.notEqual(await key({ ...read, problems: [...read.problems, { path: 'x.yaml', line: 1, col: 1, message: 'Another.' }] }), first);
  });
});
