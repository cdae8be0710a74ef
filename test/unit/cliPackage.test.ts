import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
const tarball = path.join(root, 'out', `retro-coach-cli-${manifest.version}.tgz`);

/** Runs the installed `retro-coach` (POSIX prefix layout: <prefix>/bin) in `cwd`. */
function retroCoach(prefix: string, cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(prefix, 'bin', 'retro-coach'), args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the retro-coach CLI as an npm package (npm run package:cli)', function () {
  // Bundling, packing and a real `npm install` take seconds, not the unit tests' milliseconds.
  this.timeout(120_000);
  let prefix: string;
  let repo: string;

  before(async () => {
    execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--cli-package'], { cwd: root, stdio: 'pipe' });
    prefix = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-cli-prefix-'));
    repo = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-cli-repo-'));
    // --offline: the package has no dependencies, so installing it must never need the registry.
    execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { stdio: 'pipe' });
    await saveReflection(repo, sampleReflection({ id: 'pack0001', created: '2026-11-20T10:00:00+01:00' }), seededRandom(7));
  });
  after(async () => {
    for (const dir of [prefix, repo]) if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('the tarball holds only the bundled CLI, its worker thread, its package.json and the licence', () => {
    const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(entries, ['package/LICENSE', 'package/cli.js', 'package/indexWorker.js', 'package/package.json']);
  });

  it('the installed package.json is generated: retro-coach-cli at the extension version, one bin, no dependencies', async () => {
    const installed = JSON.parse(await fs.readFile(path.join(prefix, 'lib', 'node_modules', 'retro-coach-cli', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(installed.name, 'retro-coach-cli');
    assert.equal(installed.version, manifest.version);
    assert.deepEqual(installed.bin, { 'retro-coach': 'cli.js' });
    assert.deepEqual(installed.engines, { node: manifest.engines.node });
    assert.equal(installed.dependencies, undefined);
  });

  it('retro-coach validate from the prefix: exit 0 on the fixture repo, exit 1 with path:line:col once a file breaks', async () => {
    const ok = retroCoach(prefix, repo, 'validate');
    assert.equal(ok.status, 0, ok.stderr);
    const broken = path.join(repo, '.coaching', 'reflections', '2026', '11', 'broken.yaml');
    await fs.writeFile(broken, 'schema: retro-coach/reflection/v1\nid: [oops\n');
    try {
      const bad = retroCoach(prefix, repo, 'validate');
      assert.equal(bad.status, 1);
      assert.match(bad.stdout, /^\.coaching\/reflections\/2026\/11\/broken\.yaml:\d+:\d+: YAML syntax/m);
    } finally {
      await fs.rm(broken);
    }
  });

  it('retro-coach report from the prefix: the fixture reflection in Markdown and JSON', () => {
    const md = retroCoach(prefix, repo, 'report', '--since', '2026-11-01', '--until', '2026-11-30');
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# Retro summary/m);
    assert.match(md.stdout, /Split the integration suite/);
    const json = retroCoach(prefix, repo, 'report', '--since', '2026-11-01', '--until', '2026-11-30', '--format', 'json');
    assert.equal(json.status, 0, json.stderr);
    assert.equal((JSON.parse(json.stdout) as { reflections: { total: number } }).reflections.total, 1);
  });
});
