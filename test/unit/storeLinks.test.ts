import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UnsafePathError, reflectionPath, reflectionSlug, saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

/** Every file and folder under `dir`, relative, sorted: what a save left there. */
async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      out.push(path.relative(dir, full));
      if (e.isDirectory()) await walk(full);
    }
  };
  await walk(dir);
  return out.sort();
}

describe('saving never follows a symbolic link out of the repository', () => {
  let root: string;
  let outside: string;

  beforeEach(async function () {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-links-'));
    outside = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-outside-'));
    try {
      await fs.symlink(outside, path.join(root, 'probe'), 'dir');
      await fs.rm(path.join(root, 'probe'));
    } catch {
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(outside, { recursive: true, force: true });
  });

  /** Makes `relative` (under root) a committed-style link to the outside folder. */
  async function linkOut(relative: string): Promise<void> {
    const link = path.join(root, ...relative.split('/'));
    await fs.mkdir(path.dirname(link), { recursive: true });
    await fs.symlink(outside, link, 'dir');
  }

  const cases: Array<{ link: string; visibility: 'team' | 'private' }> = [
    { link: '.coaching', visibility: 'team' },
    { link: '.coaching/reflections', visibility: 'team' },
    { link: '.coaching/private', visibility: 'private' },
    { link: '.coaching/reflections/2026', visibility: 'team' },
    { link: '.coaching/private/2026/11', visibility: 'private' },
  ];
  for (const { link, visibility } of cases) {
    it(`refuses a ${visibility} save when ${link} is a link, writing nothing outside`, async () => {
      await linkOut(link);
      await assert.rejects(
        saveReflection(root, sampleReflection({ visibility }), seededRandom(), { schemaText: '{}\n' }),
        (err: Error) => err instanceof UnsafePathError && err.relativePath === link && err.message.startsWith(`${link} is a symbolic link.`),
      );
      assert.deepEqual(await listAll(outside), []);
    });
  }

  it('refuses to write the schema copy through a linked .coaching/schema', async () => {
    await linkOut('.coaching/schema');
    await assert.rejects(saveReflection(root, sampleReflection(), seededRandom(), { schemaText: '{}\n' }), UnsafePathError);
    assert.deepEqual(await listAll(outside), []);
  });

  it('does not write through a link at the file name: the outside file stays as it was and the reflection gets a new id', async () => {
    const reflection = sampleReflection();
    const target = path.join(root, ...reflectionPath(reflection, reflectionSlug(reflection)).split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    const victim = path.join(outside, 'victim.txt');
    await fs.writeFile(victim, 'untouched\n');
    await fs.symlink(victim, target);
    const saved = await saveReflection(root, reflection, seededRandom());
    assert.notEqual(saved.absolutePath, target);
    assert.equal(await fs.readFile(victim, 'utf8'), 'untouched\n');
    assert.equal((await fs.lstat(target)).isSymbolicLink(), true);
  });

  it('replaces a linked .coaching/private/.gitignore with a real file, leaving the link target alone', async () => {
    const victim = path.join(outside, 'gitignore');
    await fs.writeFile(victim, '# keep\n');
    await fs.mkdir(path.join(root, '.coaching', 'private'), { recursive: true });
    await fs.symlink(victim, path.join(root, '.coaching', 'private', '.gitignore'));
    await saveReflection(root, sampleReflection({ visibility: 'private' }), seededRandom());
    assert.equal((await fs.lstat(path.join(root, '.coaching', 'private', '.gitignore'))).isFile(), true);
    assert.equal(await fs.readFile(victim, 'utf8'), '# keep\n');
  });
});
