import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { FileExistsError, PRIVATE_GITIGNORE, UnsafePathError, reflectionPath, saveReflection, writeNewFile } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

describe('YAML store', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-store-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('names files by local date, slug and id, under YYYY/MM', () => {
    assert.equal(reflectionPath(sampleReflection(), 'ci-green'), '.coaching/reflections/2026/11/2026-11-25-ci-green-k3j9x2ab.yaml');
    assert.equal(reflectionPath(sampleReflection({ created: '2026-12-31T23:30:00-08:00' }), 'x'), '.coaching/reflections/2026/12/2026-12-31-x-k3j9x2ab.yaml');
    assert.equal(reflectionPath(sampleReflection({ visibility: 'private' }), 'x'), '.coaching/private/2026/11/2026-11-25-x-k3j9x2ab.yaml');
  });

  it('saves a reflection that parses back, named after its first answer', async () => {
    const saved = await saveReflection(root, sampleReflection(), seededRandom());
    assert.equal(saved.relativePath, '.coaching/reflections/2026/11/2026-11-25-ci-green-in-under-ten-k3j9x2ab.yaml');
    const result = parseReflection(await fs.readFile(saved.absolutePath, 'utf8'));
    assert.ok(result.ok);
    assert.deepEqual(result.reflection, sampleReflection());
  });

  it('never overwrites: the same name gets a new id, and the first file is untouched', async () => {
    const first = await saveReflection(root, sampleReflection(), seededRandom(1));
    const before = await fs.readFile(first.absolutePath, 'utf8');
    const second = await saveReflection(root, sampleReflection({ exchanges: [{ ...sampleReflection().exchanges[0], answer: 'CI green in under ten minutes, again' }] }), seededRandom(2));
    assert.notEqual(second.absolutePath, first.absolutePath);
    assert.notEqual(second.reflection.id, 'k3j9x2ab');
    assert.equal(second.reflection.actions[0].id, `${second.reflection.id}-a1`, 'action ids follow the new id');
    assert.ok(second.absolutePath.endsWith(`-${second.reflection.id}.yaml`));
    assert.equal(await fs.readFile(first.absolutePath, 'utf8'), before);
  });

  it('writeNewFile refuses an existing file and leaves it and no temp files behind', async () => {
    const target = path.join(root, 'a', 'b.yaml');
    await writeNewFile(root, 'a/b.yaml', 'first\n', seededRandom());
    await assert.rejects(writeNewFile(root, 'a/b.yaml', 'second\n', seededRandom(7)), FileExistsError);
    assert.equal(await fs.readFile(target, 'utf8'), 'first\n');
    assert.deepEqual(await fs.readdir(path.dirname(target)), ['b.yaml']);
  });

  it('refuses with a clear message when .coaching is a file, writing nothing', async () => {
    await fs.writeFile(path.join(root, '.coaching'), 'not a folder');
    await assert.rejects(saveReflection(root, sampleReflection(), seededRandom()), (err: Error) => err instanceof UnsafePathError && /^\.coaching is a file where Retro Coach needs a folder\. Move it aside/.test(err.message));
    assert.equal(await fs.readFile(path.join(root, '.coaching'), 'utf8'), 'not a folder');
  });

  it('keeps private reflections git-ignored, without replacing an existing .gitignore that ignores everything', async () => {
    const saved = await saveReflection(root, sampleReflection({ visibility: 'private' }), seededRandom());
    assert.match(saved.relativePath, /^\.coaching\/private\//);
    const ignore = path.join(root, '.coaching', 'private', '.gitignore');
    assert.equal(await fs.readFile(ignore, 'utf8'), PRIVATE_GITIGNORE);
    await fs.writeFile(ignore, '*\n# mine\n');
    await saveReflection(root, sampleReflection({ visibility: 'private', id: 'zzzz9999' }), seededRandom(3));
    assert.equal(await fs.readFile(ignore, 'utf8'), '*\n# mine\n');
  });

  it('with a schema, keeps a copy in .coaching/schema and points each file at it with a modeline', async () => {
    const schemaText = '{ "title": "v1" }\n';
    for (const visibility of ['team', 'private'] as const) {
      const saved = await saveReflection(root, sampleReflection({ visibility, id: visibility === 'team' ? 'team0001' : 'prvt0001' }), seededRandom(4), { schemaText });
      const text = await fs.readFile(saved.absolutePath, 'utf8');
      const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      assert.ok(modeline, text.slice(0, 120));
      assert.equal(await fs.readFile(path.resolve(path.dirname(saved.absolutePath), modeline[1]), 'utf8'), schemaText, 'the modeline resolves to the copy');
      assert.ok(parseReflection(text).ok);
    }
    // An outdated copy is replaced; nothing else is touched.
    await saveReflection(root, sampleReflection({ id: 'team0002' }), seededRandom(5), { schemaText: '{ "title": "v2" }\n' });
    assert.equal(await fs.readFile(path.join(root, '.coaching', 'schema', 'reflection.schema.json'), 'utf8'), '{ "title": "v2" }\n');
    assert.deepEqual(await fs.readdir(path.join(root, '.coaching', 'schema')), ['reflection.schema.json']);
  });

  it('a private .gitignore really makes git ignore the files', async function () {
    const { execFileSync } = await import('node:child_process');
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    execFileSync('git', ['init', '-q'], { cwd: root });
    await saveReflection(root, sampleReflection({ visibility: 'private' }), seededRandom());
    await saveReflection(root, sampleReflection({ id: 'team0001' }), seededRandom(9));
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
    assert.match(status, /\.coaching\/reflections\//);
    assert.ok(!status.includes('private'), status);
  });
});
