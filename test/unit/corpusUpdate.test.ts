import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { KnownPaths, readListed, type CorpusListing, type ReadCache } from '../../src/core/store/corpus';
import { updateReflections } from '../../src/core/store/corpusUpdate';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { sampleReflection } from './fixtures';
import { runInTurns } from '../../src/core/util/turns';

/** Files in two months and the private folder; the folders exist, so every change is one an update can take. */
const FILES = [
  '.coaching/reflections/2026/01/a.yaml',
  '.coaching/reflections/2026/01/b.yaml',
  '.coaching/reflections/2026/01/c.yml',
  '.coaching/reflections/2026/02/a.yaml',
  '.coaching/reflections/2026/02/d.yaml',
  '.coaching/private/e.yaml',
];
/** Few ids, so files often share one and the first by path changes as files come and go. */
const IDS = ['aaaa0001', 'bbbb0002', 'cccc0003'];

type Change = { file: string; content: { id: string; answer: string } | 'invalid' | 'gone' };

const change: fc.Arbitrary<Change> = fc.record({
  file: fc.constantFrom(...FILES),
  content: fc.oneof(
    fc.record({ id: fc.constantFrom(...IDS), answer: fc.constantFrom('Short.', 'A longer answer.') }),
    fc.constant('invalid' as const),
    fc.constant('gone' as const),
  ),
});

describe('a single-file update of the corpus', () => {
  let root: string;
  /** Each write gets its own modification time, so the read cache can never mistake it for the last one. */
  let clock = 0;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-patch-'));
    for (const file of FILES) await fs.mkdir(path.join(root, path.dirname(file)), { recursive: true });
  });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  async function apply({ file, content }: Change): Promise<void> {
    const absolute = path.join(root, ...file.split('/'));
    if (content === 'gone') {
      await fs.rm(absolute, { force: true });
      return;
    }
    const text = content === 'invalid'
      ? 'id: [unclosed\n'
      : serializeReflection(sampleReflection({ id: content.id, exchanges: [{ question: 'q', text: 'What?', answer: content.answer }] }));
    await fs.writeFile(absolute, text);
    const time = new Date(Date.UTC(2026, 0, 1) + ++clock * 1000);
    await fs.utimes(absolute, time, time);
  }

  const fullRead = () => readListed(root, { includePrivate: true });

  it('gives exactly the corpus and listing of a full read after any sequence of changed, added and removed files', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(fc.array(change, { maxLength: 6 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (start, steps) => {
      await fs.rm(path.join(root, '.coaching'), { recursive: true, force: true });
      for (const file of FILES) await fs.mkdir(path.join(root, path.dirname(file)), { recursive: true });
      for (const c of start) await apply(c);
      const cache: ReadCache = new Map();
      let { listing }: { listing: CorpusListing } = await readListed(root, { includePrivate: true, cache });
      for (const step of steps) {
        for (const c of step) await apply(c);
        const updated = await updateReflections(root, listing, step.map((c) => c.file), { includePrivate: true, cache });
        assert.ok(updated, 'an update of files in existing folders needs no walk');
        const expected = await fullRead();
        assert.deepEqual(updated.corpus, expected.corpus);
        assert.deepEqual(updated.listing, expected.listing);
        listing = updated.listing;
      }
    }), { numRuns: 60 });
  });

  it('a full read from the last listing and the paths earlier walks made (in turns, as the index reads) gives exactly what a fresh read gives, after any sequence of walks and updates, keeping the document of every file the cache answered for', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(fc.array(change, { maxLength: 6 }), fc.array(fc.tuple(fc.boolean(), fc.array(change, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 6 }), async (start, steps) => {
      await fs.rm(path.join(root, '.coaching'), { recursive: true, force: true });
      for (const file of FILES) await fs.mkdir(path.join(root, path.dirname(file)), { recursive: true });
      for (const c of start) await apply(c);
      const cache: ReadCache = new Map();
      const knownPaths = new KnownPaths();
      let last = await readListed(root, { includePrivate: true, cache, run: runInTurns, knownPaths });
      for (const [walk, step] of steps) {
        for (const c of step) await apply(c);
        const named = new Set(step.map((c) => c.file));
        const next = walk
          ? await readListed(root, { includePrivate: true, cache, run: runInTurns, previous: last.listing, knownPaths })
          : await updateReflections(root, last.listing, [...named], { includePrivate: true, cache });
        assert.ok(next, 'an update of files in existing folders needs no walk');
        const expected = await fullRead();
        assert.deepEqual(next.corpus, expected.corpus);
        assert.deepEqual(next.listing, expected.listing);
        // A file nobody touched that stays a document is the same object: the index's snapshot sees "same".
        for (const document of next.corpus.documents) {
          const before = last.corpus.documents.find((d) => d.path === document.path);
          if (before && !named.has(document.path) && before.reflection === document.reflection) assert.equal(document, before, document.path);
        }
        last = next;
      }
    }), { numRuns: 60 });
  });

  it('a full read from the last listing with nothing changed gives the same documents, the same objects', async () => {
    await apply({ file: FILES[0], content: { id: IDS[0], answer: 'Short.' } });
    await apply({ file: FILES[3], content: { id: IDS[1], answer: 'Short.' } });
    const cache: ReadCache = new Map();
    const first = await readListed(root, { includePrivate: true, cache });
    const again = await readListed(root, { includePrivate: true, cache, previous: first.listing });
    assert.equal(again.corpus.documents.length, 2);
    again.corpus.documents.forEach((d, i) => assert.equal(d, first.corpus.documents[i]));
    const fresh = await readListed(root, { includePrivate: true, cache });
    assert.notEqual(fresh.corpus.documents[0], first.corpus.documents[0], 'without the last listing, the documents are made again');
  });

  it('a read asked for a source puts it on every document it makes, built, patched or promoted from a duplicate, and a read for another source builds anew', async () => {
    await apply({ file: FILES[0], content: { id: IDS[0], answer: 'Short.' } });
    await apply({ file: FILES[3], content: { id: IDS[0], answer: 'Short.' } });
    await apply({ file: FILES[4], content: { id: IDS[1], answer: 'Short.' } });
    const cache: ReadCache = new Map();
    const sources = (c: { documents: { source?: unknown }[] }) => c.documents.map((d) => d.source);
    const first = await readListed(root, { includePrivate: true, cache, source: 'web' });
    assert.deepEqual(sources(first.corpus), ['web', 'web']);
    // The first file of IDS[0] goes: the duplicate in 02/a.yaml becomes a document.
    await apply({ file: FILES[0], content: 'gone' });
    const promoted = await updateReflections(root, first.listing, [FILES[0]], { includePrivate: true, cache, source: 'web' });
    assert.ok(promoted);
    assert.deepEqual(promoted.corpus.documents.map((d) => [d.path, d.source]), [[FILES[3], 'web'], [FILES[4], 'web']]);
    await apply({ file: FILES[4], content: { id: IDS[1], answer: 'A longer answer.' } });
    const walked = await readListed(root, { includePrivate: true, cache, source: 'web', previous: promoted.listing });
    assert.deepEqual(sources(walked.corpus), ['web', 'web']);
    assert.equal(walked.corpus.documents[0], promoted.corpus.documents[0], 'patched: the unchanged document is kept');
    const other = await readListed(root, { includePrivate: true, cache, source: 'api', previous: walked.listing });
    assert.deepEqual(sources(other.corpus), ['api', 'api']);
  });

  it('gives what a full read gives when updated from a listing that a later update replaced', async () => {
    await apply({ file: FILES[0], content: { id: IDS[0], answer: 'Short.' } });
    await apply({ file: FILES[3], content: { id: IDS[0], answer: 'Short.' } });
    const cache: ReadCache = new Map();
    const { listing: older } = await readListed(root, { includePrivate: true, cache });
    await apply({ file: FILES[1], content: { id: IDS[1], answer: 'Short.' } });
    const newer = await updateReflections(root, older, [FILES[1]], { includePrivate: true, cache });
    assert.ok(newer);
    await apply({ file: FILES[0], content: 'gone' });
    const fromOlder = await updateReflections(root, older, [FILES[0], FILES[1]], { includePrivate: true, cache });
    assert.ok(fromOlder);
    assert.deepEqual(fromOlder.corpus, (await fullRead()).corpus);
  });

  it('leaves the corpus an earlier update returned as it was', async () => {
    await apply({ file: FILES[0], content: { id: IDS[0], answer: 'Short.' } });
    const cache: ReadCache = new Map();
    const first = await readListed(root, { includePrivate: true, cache });
    const before = structuredClone(first.corpus);
    await apply({ file: FILES[1], content: { id: IDS[1], answer: 'Short.' } });
    await apply({ file: FILES[0], content: 'invalid' });
    const updated = await updateReflections(root, first.listing, [FILES[0], FILES[1]], { includePrivate: true, cache });
    assert.ok(updated);
    assert.deepEqual(first.corpus, before);
    assert.notDeepEqual(updated.corpus, before);
  });
});
