import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KnownPaths, readListed, readReflections, statBlocking, type StatFiles } from '../../src/core/store/corpus';
import type { ReadCache } from '../../src/core/store/readCache';
import { ParsePool } from '../../src/core/worker/pool';
import { MAX_STAT_FILES_PER_REQUEST, STAT_FIELDS, isStatRequest, isStatResponse, packStats, PackedStats } from '../../src/core/worker/protocol';
import { LIMITS } from '../../src/core/model/reflection';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';
import { makeHostileCorpus } from '../fixtures/hostile/make';

describe('reading the corpus', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-corpus-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  /** Writes raw text at a path relative to root, creating folders. */
  async function writeRaw(relative: string, text: string): Promise<string> {
    const file = path.join(root, ...relative.split('/'));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    return file;
  }

  /** Saves reflections with distinct ids, one per month, so their paths sort in the given order. */
  async function saveTeam(count: number): Promise<string[]> {
    const paths: string[] = [];
    for (let i = 1; i <= count; i++) {
      const saved = await saveReflection(root, sampleReflection({ id: `team000${i}`, created: `2026-0${i}-10T09:00:00+01:00`, actions: [] }), seededRandom(i));
      paths.push(saved.relativePath);
    }
    return paths;
  }

  it('is empty, without problems, when there is no .coaching folder', async () => {
    assert.deepEqual(await readReflections(root, { includePrivate: true }), { documents: [], problems: [] });
  });

  it('reads team files in path order, and private ones only when asked', async () => {
    const late = await saveReflection(root, sampleReflection({ id: 'next0001', created: '2026-12-02T09:00:00+01:00' }), seededRandom(1));
    const early = await saveReflection(root, sampleReflection({ id: 'past0001', created: '2026-03-02T09:00:00+01:00' }), seededRandom(2));
    const mine = await saveReflection(root, sampleReflection({ id: 'prv00001', visibility: 'private' }), seededRandom(3));
    await writeRaw('.coaching/reflections/notes.md', 'not a reflection');

    const team = await readReflections(root, { includePrivate: false });
    assert.deepEqual(team.problems, []);
    assert.deepEqual(team.documents.map((d) => d.path), [early.relativePath, late.relativePath]);
    assert.deepEqual(team.documents[0].reflection, early.reflection);

    const all = await readReflections(root, { includePrivate: true });
    assert.deepEqual(all.problems, []);
    assert.deepEqual(all.documents.map((d) => d.path).sort(), [early.relativePath, late.relativePath, mine.relativePath].sort());
    assert.equal(all.documents.find((d) => d.path === mine.relativePath)?.reflection.visibility, 'private');
  });

  it('reports a malformed file with its line while the others still load', async () => {
    const [good] = await saveTeam(1);
    const text = serializeReflection(sampleReflection({ id: 'badknd01' })).replace('kind: session', 'kind: meeting');
    const kindLine = text.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    await writeRaw('.coaching/reflections/2026/11/bad-kind.yaml', text);
    await writeRaw('.coaching/reflections/2026/11/bad-syntax.yml', 'schema: retro-coach/reflection/v1\nid: badsyn01\nkind: [session\n');

    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [good]);
    const kind = corpus.problems.filter((p) => p.path === '.coaching/reflections/2026/11/bad-kind.yaml');
    assert.equal(kind.length, 1, JSON.stringify(corpus.problems));
    assert.equal(kind[0].line, kindLine);
    assert.match(kind[0].message, /kind/);
    const syntax = corpus.problems.filter((p) => p.path === '.coaching/reflections/2026/11/bad-syntax.yml');
    assert.ok(syntax.length >= 1, JSON.stringify(corpus.problems));
    assert.match(syntax[0].message, /YAML syntax/);
    assert.ok(syntax[0].line >= 3, `line ${syntax[0].line}`);
  });

  it('skips a symbolic link with a problem, even one pointing at a valid reflection', async function () {
    const outside = await writeRaw('elsewhere/r.yaml', serializeReflection(sampleReflection({ id: 'xtrn0001' })));
    const [good] = await saveTeam(1);
    const link = path.join(root, '.coaching', 'reflections', 'linked.yaml');
    const folderLink = path.join(root, '.coaching', 'reflections', 'linked-folder');
    try {
      await fs.symlink(outside, link);
      await fs.symlink(path.dirname(outside), folderLink, 'dir');
    } catch {
      this.skip(); // e.g. Windows without the right to create links
    }
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [good]);
    assert.deepEqual(corpus.problems.map((p) => p.path).sort(), ['.coaching/reflections/linked-folder', '.coaching/reflections/linked.yaml']);
    for (const p of corpus.problems) assert.match(p.message, /symbolic link/);
  });

  it('does not follow a .coaching folder that is itself a link', async function () {
    await writeRaw('elsewhere/reflections/r.yaml', serializeReflection(sampleReflection({ id: 'xtrn0001' })));
    try {
      await fs.symlink(path.join(root, 'elsewhere'), path.join(root, '.coaching'), 'dir');
    } catch {
      this.skip();
    }
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents, []);
    assert.deepEqual(corpus.problems.map((p) => [p.path, /symbolic link/.test(p.message)]), [['.coaching', true]]);
  });

  it('reports an oversized file as not read, without parsing it', async () => {
    const [good] = await saveTeam(1);
    // Valid YAML padded past the limit: parsing it would succeed, so a document here means it was read.
    const padded = serializeReflection(sampleReflection({ id: 'bgg00001' })) + `# ${'x'.repeat(LIMITS.fileBytes)}\n`;
    await writeRaw('.coaching/reflections/2026/11/huge.yaml', padded);
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [good]);
    assert.equal(corpus.problems.length, 1);
    assert.equal(corpus.problems[0].path, '.coaching/reflections/2026/11/huge.yaml');
    assert.match(corpus.problems[0].message, /larger than 262144 bytes.*not read/);
  });

  it('stops at maxFiles and says the rest was not read', async () => {
    const paths = await saveTeam(3);
    const corpus = await readReflections(root, { includePrivate: false, maxFiles: 2 });
    assert.deepEqual(corpus.documents.map((d) => d.path), paths.slice(0, 2));
    assert.equal(corpus.problems.length, 1);
    assert.match(corpus.problems[0].message, /Stopped after 2 reflection files; the rest .* was not read/);

    const exact = await readReflections(root, { includePrivate: false, maxFiles: 3 });
    assert.equal(exact.documents.length, 3);
    assert.deepEqual(exact.problems, [], 'exactly maxFiles files is not a cut-off');
  });

  it('rejects a second file claiming an id already used, naming both files', async () => {
    const first = await saveReflection(root, sampleReflection({ id: 'same0001', created: '2026-11-01T09:00:00+01:00' }), seededRandom(1));
    const second = await saveReflection(root, sampleReflection({ id: 'same0001', created: '2026-11-20T09:00:00+01:00' }), seededRandom(2));
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [first.relativePath]);
    assert.equal(corpus.problems.length, 1);
    const [problem] = corpus.problems;
    assert.equal(problem.path, second.relativePath);
    assert.ok(problem.message.includes(first.relativePath), problem.message);
    assert.match(problem.message, /'same0001'/);
    assert.equal(problem.line, serializeReflection(second.reflection).split('\n').findIndex((l) => l.startsWith('id:')) + 1);
  });

  it('reports a named pipe called .yaml without opening it (opening would wait forever)', async function () {
    if (process.platform === 'win32') this.skip();
    const { execFileSync } = await import('node:child_process');
    const [good] = await saveTeam(1);
    try { execFileSync('mkfifo', [path.join(root, '.coaching', 'reflections', 'pipe.yaml')]); } catch { this.skip(); }
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [good]);
    assert.deepEqual(corpus.problems.map((p) => [p.path, /not a regular file/.test(p.message)]), [['.coaching/reflections/pipe.yaml', true]]);
  });

  it('reports an unreadable file and still reads the others', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // permissions do not bind root
    const [good] = await saveTeam(1);
    const locked = await writeRaw('.coaching/reflections/locked.yaml', serializeReflection(sampleReflection({ id: 'ckd00001' })));
    await fs.chmod(locked, 0o000);
    const corpus = await readReflections(root, { includePrivate: false });
    assert.deepEqual(corpus.documents.map((d) => d.path), [good]);
    assert.equal(corpus.problems.length, 1);
    assert.match(corpus.problems[0].message, /Could not read the file \(EACCES\).*readable/);
  });
});

describe('readReflections with a cache', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-cache-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('re-reads only the files that changed, and forgets deleted ones', async () => {
    const a = await saveReflection(root, sampleReflection({ id: 'aaaa0001' }), seededRandom(1));
    const b = await saveReflection(root, sampleReflection({ id: 'bbbb0001', exchanges: [{ question: 'q', text: 'What?', answer: 'Other words' }] }), seededRandom(2));
    const cache = new Map();
    assert.equal((await readReflections(root, { includePrivate: false, cache })).documents.length, 2);
    const before = new Map([...cache].map(([k, v]) => [k, v.result]));
    await fs.writeFile(b.absolutePath, (await fs.readFile(b.absolutePath, 'utf8')).replace('Other words', 'Changed words'));
    const second = await readReflections(root, { includePrivate: false, cache });
    assert.equal(cache.get(a.relativePath)?.result, before.get(a.relativePath), 'the unchanged file was not read again');
    assert.notEqual(cache.get(b.relativePath)?.result, before.get(b.relativePath), 'the changed file was');
    assert.equal(second.documents.find((d) => d.reflection.id === 'bbbb0001')?.reflection.exchanges[0].answer, 'Changed words');
    await fs.rm(a.absolutePath);
    await readReflections(root, { includePrivate: false, cache });
    assert.deepEqual([...cache.keys()], [b.relativePath]);
  });
});

/** Blocking lstats in this thread, as the pool takes them when no worker can. */
const statHere: StatFiles = async (root, files) => statBlocking(root, files);

describe('reading the corpus with blocking stats (the CLI)', () => {
  let dir: string;
  before(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-blocking-')); });
  after(async () => { await fs.rm(dir, { recursive: true, force: true }); });

  it('gives exactly the corpus and listing of the thread-pool stats, links, pipes and oversized files included', async () => {
    const { root } = await makeHostileCorpus(path.join(dir, 'repo'));
    const pooled = await readListed(root, { includePrivate: true });
    const blocking = await readListed(root, { includePrivate: true, stat: statHere });
    assert.ok(pooled.corpus.problems.length > 5, 'the hostile corpus has problems to compare');
    assert.deepEqual(blocking, pooled);
  });

  it('gives exactly the same corpus, listing and cache when a worker thread takes the lstats (as the CLI reads)', async () => {
    const { root } = await makeHostileCorpus(path.join(dir, 'in-worker'));
    const pool = new ParsePool({ size: 1, parallelFrom: 1 });
    try {
      const [hereCache, workerCache] = [new Map(), new Map()] as ReadCache[];
      const here = await readListed(root, { includePrivate: true, stat: statHere, cache: hereCache });
      const inWorker = await readListed(root, { includePrivate: true, stat: pool.stat, cache: workerCache });
      assert.equal(pool.threads, 1, 'the lstats were taken in a worker');
      assert.deepEqual(inWorker, here);
      assert.deepEqual([...workerCache].map(([file, e]) => [file, e.stamp]), [...hereCache].map(([file, e]) => [file, e.stamp]));
    } finally {
      await pool.close();
    }
  });

  it('lstats more files than one request may name in several requests to a worker, each file\'s lstat in its place; few files through the fallback', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'many-'));
    await fs.writeFile(path.join(folder, 'a.txt'), 'a');
    await fs.writeFile(path.join(folder, 'b.txt'), 'bb');
    const names = Array.from({ length: MAX_STAT_FILES_PER_REQUEST + 2 }, (_, i) => `missing-${i}`);
    // The last file of the first request and the first of the second.
    names[MAX_STAT_FILES_PER_REQUEST - 1] = 'a.txt';
    names[MAX_STAT_FILES_PER_REQUEST] = 'b.txt';
    let inFallback = 0;
    const fallback: StatFiles = async (root, files) => { inFallback += files.length; return statBlocking(root, files); };
    const pool = new ParsePool({ size: 1, parallelFrom: 10 });
    try {
      const stats = await pool.statOr(fallback)(folder, names);
      assert.equal(inFallback, 0);
      assert.equal(pool.threads, 1, 'the lstats were taken in a worker');
      const found = Array.from({ length: stats.length }, (_, i) => stats.at(i)).map((s, i) => (s ? [i, s.size] : undefined)).filter(Boolean);
      assert.deepEqual(found, [[MAX_STAT_FILES_PER_REQUEST - 1, 1], [MAX_STAT_FILES_PER_REQUEST, 2]]);
      assert.equal(stats.length, names.length);
      await pool.statOr(fallback)(folder, ['a.txt', 'b.txt']);
      assert.equal(inFallback, 2, 'two files are lstat\'ed by the fallback');
    } finally {
      await pool.close();
    }
  });

  it('takes the lstats in this thread, with the same corpus, when the worker script is missing', async () => {
    const { root } = await makeHostileCorpus(path.join(dir, 'no-worker'));
    const pool = new ParsePool({ size: 1, parallelFrom: 1, script: path.join(dir, 'no-such-worker.js') });
    const here = await readListed(root, { includePrivate: true, stat: statHere });
    assert.deepEqual(await readListed(root, { includePrivate: true, stat: pool.stat }), here);
    assert.equal(pool.threads, 0);
  });
});

describe('the stat messages', () => {
  it('carry each lstat as numbers and read back the same size, time, inode and kind, or none', async () => {
    const file = await fs.stat(__filename);
    const unpacked = new PackedStats([packStats([file]), packStats([undefined])]);
    assert.equal(unpacked.length, 2);
    assert.deepEqual([0, 1, 2, -1].map((i) => unpacked.at(i)).map((s) => s && [s.size, s.mtimeMs, s.ino, s.isFile()]), [[file.size, file.mtimeMs, file.ino, true], undefined, undefined, undefined]);
  });

  it('accept a request of at most the files one request may name and an answer of four numbers per file, and refuse others', () => {
    assert.equal(isStatRequest({ type: 'stat', id: 1, root: '/r', files: ['a.yaml'] }), true);
    assert.equal(isStatRequest({ type: 'stat', id: 1, root: '/r', files: [1] }), false);
    assert.equal(isStatRequest({ type: 'stat', id: 1, root: '/r', files: Array.from({ length: MAX_STAT_FILES_PER_REQUEST + 1 }, () => 'a.yaml') }), false);
    assert.equal(isStatResponse({ id: 1, stats: new Float64Array(STAT_FIELDS * 2) }, 2), true);
    assert.equal(isStatResponse({ id: 1, stats: new Float64Array(STAT_FIELDS) }, 2), false);
    assert.equal(isStatResponse({ id: 1, stats: [1, 2, 3, 4] }, 1), false);
  });
});

describe('the paths earlier walks made', () => {
  it('gives each folder\'s entries their paths, and forgets a folder\'s names once fewer entries are listed there, and folders a walk did not list', () => {
    const known = new KnownPaths();
    const month = known.folder('.coaching/reflections/2026/11');
    assert.equal(month.path('a.yaml'), '.coaching/reflections/2026/11/a.yaml');
    assert.equal(month.path('b.yaml'), '.coaching/reflections/2026/11/b.yaml');
    month.listed(2);
    known.forgetOthers();
    assert.equal(known.folder('.coaching/reflections/2026/11').path('a.yaml'), '.coaching/reflections/2026/11/a.yaml');
    assert.equal(known.size, 2);
    known.folder('.coaching/reflections/2026/11').listed(1);
    assert.equal(known.size, 0, 'a file is gone: the folder starts over');
    known.folder('.coaching/reflections/2026/12').path('c.yaml');
    known.forgetOthers();
    known.folder('.coaching/reflections/2026/11').path('a.yaml');
    known.forgetOthers();
    assert.equal(known.size, 1, 'the folder the last walk did not list is forgotten');
  });
});
