import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readListed, readReflections, statBlocking, type ReadCache, type StatFiles } from '../../src/core/store/corpus';
import { updateReflections } from '../../src/core/store/corpusUpdate';
import { cliCacheDir, loadReadCache, rootHash, saveReadCache, type CacheLocation } from '../../src/core/store/persistentCache';
import { readCorpus } from '../../src/core/worker/readCorpus';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

/** A fixed modification time (whole seconds, so every file system keeps it exactly). */
const PINNED = new Date('2026-11-01T10:00:00Z');

describe('the persistent read cache', () => {
  let root: string;
  let location: CacheLocation;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-persist-'));
    location = { dir: path.join(root, 'cache-dir'), version: '1.2.3' };
  });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  async function savedCache(): Promise<ReadCache> {
    await saveReflection(root, sampleReflection({ id: 'aaaa0001' }), seededRandom(1));
    await fs.writeFile(path.join(root, '.coaching', 'reflections', 'bad.yaml'), 'id: [unclosed\n');
    const cache: ReadCache = new Map();
    await readReflections(root, { includePrivate: false, cache });
    assert.equal(await saveReadCache(root, location, false, cache), true);
    return cache;
  }

  const cacheFile = () => path.join(location.dir, 'corpus.json');

  it('loads back exactly the documents and problems it saved', async () => {
    const cache = await savedCache();
    assert.deepEqual(await loadReadCache(root, location, false), cache);
  });

  it('is empty when saved by another version, for another root, or without private files', async () => {
    await savedCache();
    assert.equal((await loadReadCache(root, { ...location, version: '1.2.4' }, false)).size, 0);
    assert.equal((await loadReadCache(path.join(root, 'elsewhere'), location, false)).size, 0);
    assert.equal((await loadReadCache(root, location, true)).size, 0);
  });

  it('is empty when the file was changed, cut short or is not JSON', async () => {
    await savedCache();
    const text = await fs.readFile(cacheFile(), 'utf8');
    await fs.writeFile(cacheFile(), text.replace('aaaa0001', 'aaaa0002'));
    assert.equal((await loadReadCache(root, location, false)).size, 0, 'changed payload');
    await fs.writeFile(cacheFile(), text.slice(0, text.length - 10));
    assert.equal((await loadReadCache(root, location, false)).size, 0, 'cut short');
    await fs.writeFile(cacheFile(), 'not json at all');
    assert.equal((await loadReadCache(root, location, false)).size, 0, 'not JSON');
  });

  it('leaves no temporary file behind after a save', async () => {
    await savedCache();
    assert.deepEqual(await fs.readdir(location.dir), ['corpus.json']);
  });

  it('lets readCorpus answer an unchanged file from the cache without reading it', async () => {
    const saved = await saveReflection(root, sampleReflection({ id: 'aaaa0001', exchanges: [{ question: 'q', text: 'What?', answer: 'First words' }] }), seededRandom(1));
    await fs.utimes(saved.absolutePath, PINNED, PINNED);
    const first = await readCorpus(root, { includePrivate: false, persist: location });
    // Same size, same time, same inode: only a read of the file could see the new words.
    const text = await fs.readFile(saved.absolutePath, 'utf8');
    await fs.writeFile(saved.absolutePath, text.replace('First words', 'Other words'));
    await fs.utimes(saved.absolutePath, PINNED, PINNED);
    const second = await readCorpus(root, { includePrivate: false, persist: location });
    assert.deepEqual(second, first);
    // The cache loads while the walk lstats, whoever takes the lstats (the CLI hands them to a worker).
    const statLater: StatFiles = async (from, files) => { await new Promise((resolve) => setTimeout(resolve, 20)); return statBlocking(from, files); };
    assert.deepEqual(await readCorpus(root, { includePrivate: false, persist: location, stat: statLater }), first);
    const fresh = await readReflections(root, { includePrivate: false });
    assert.equal(fresh.documents[0].reflection.exchanges[0].answer, 'Other words');
  });

  it('puts the CLI cache under XDG_CACHE_HOME, ~/.cache, ~/Library/Caches or LOCALAPPDATA', () => {
    const id = rootHash('/repo');
    assert.equal(cliCacheDir('/repo', { XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ada'), path.join('/xdg', 'retro-coach', id));
    assert.equal(cliCacheDir('/repo', { XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ada'), path.join('/home/ada', '.cache', 'retro-coach', id));
    assert.equal(cliCacheDir('/repo', {}, 'darwin', '/Users/ada'), path.join('/Users/ada', 'Library', 'Caches', 'retro-coach', id));
    assert.equal(cliCacheDir('/repo', { LOCALAPPDATA: 'C:\\Local' }, 'win32', 'C:\\Users\\ada'), path.join('C:\\Local', 'retro-coach', id));
  });
});

describe('updating the corpus from named files', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-update-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  async function save(id: string, created: string, answer = 'Words'): Promise<string> {
    const reflection = sampleReflection({ id, created, exchanges: [{ question: 'q', text: 'What?', answer }] });
    return (await saveReflection(root, reflection, seededRandom(id.length))).relativePath;
  }

  async function listed() {
    const cache: ReadCache = new Map();
    const { listing } = await readListed(root, { includePrivate: true, cache });
    return { cache, listing };
  }

  it('gives what a full read gives after a change, an addition and a deletion, reading only those files', async () => {
    const keep = await save('keep0001', '2026-01-10T09:00:00+01:00');
    const change = await save('chng0001', '2026-02-10T09:00:00+01:00');
    const drop = await save('dxpp0001', '2026-03-10T09:00:00+01:00');
    const { cache, listing } = await listed();
    const kept = cache.get(keep);
    const file = path.join(root, ...change.split('/'));
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Words', 'New words'));
    await fs.rm(path.join(root, ...drop.split('/')));
    const added = await save('news0001', '2027-04-10T09:00:00+01:00');
    const updated = await updateReflections(root, listing, [change, drop, added], { includePrivate: true, cache });
    assert.ok(updated);
    assert.deepEqual(updated.corpus, await readReflections(root, { includePrivate: true }));
    assert.equal(cache.get(keep), kept, 'the unchanged file was not read again');
    assert.equal(cache.has(drop), false);
  });

  it('reports a duplicate id in a new file like a full read does', async () => {
    await save('same0001', '2026-01-10T09:00:00+01:00');
    const { cache, listing } = await listed();
    const copy = await save('same0001', '2026-05-10T09:00:00+01:00', 'Copy');
    const updated = await updateReflections(root, listing, [copy], { includePrivate: true, cache });
    assert.deepEqual(updated?.corpus, await readReflections(root, { includePrivate: true }));
    assert.match(updated.corpus.problems[0].message, /already used/);
  });

  it('leaves it to a full walk for a link, a folder, a team file, a deleted folder or a reached budget', async () => {
    const first = await save('frst0001', '2026-01-10T09:00:00+01:00');
    const box = '.coaching/reflections/box.yaml';
    await fs.mkdir(path.join(root, ...box.split('/')));
    await fs.copyFile(path.join(root, ...first.split('/')), path.join(root, ...box.split('/'), 'inside.yaml'));
    const { cache, listing } = await listed();
    const link = '.coaching/reflections/link.yaml';
    await fs.symlink(path.join(root, ...first.split('/')), path.join(root, ...link.split('/')));
    const update = (changed: string[], maxFiles?: number) => updateReflections(root, listing, changed, { includePrivate: true, cache, maxFiles });
    assert.equal(await update([link]), undefined, 'link');
    assert.equal(await update(['.coaching/reflections/2026']), undefined, 'folder');
    assert.equal(await update(['.coaching/config.yaml']), undefined, 'team file');
    const second = await save('scnd0001', '2026-01-11T09:00:00+01:00');
    assert.equal(await update([second], 1), undefined, 'file budget');
    await fs.rm(path.join(root, ...box.split('/')), { recursive: true });
    assert.equal(await update([box]), undefined, 'deleted folder named like a reflection');
  });
});
