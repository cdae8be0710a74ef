import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PRIVACY_ORDER, defaultVisibilityFrom, mostPrivate } from '../../src/core/model/visibility';
import { gitArgs, runGit } from '../../src/core/git/run';
import { SETTINGS, allSettingKeys } from '../../src/settings';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('default visibility: a cloned repository can make it more private, never less', () => {
  it('orders private before anonymous before team', () => {
    assert.deepEqual(PRIVACY_ORDER, ['private', 'anonymous', 'team']);
  });

  it('a workspace "team" cannot override the person’s "private" (the .vscode/settings.json attack)', () => {
    assert.equal(defaultVisibilityFrom({ user: 'private', workspace: 'team' }), 'private');
    assert.equal(defaultVisibilityFrom({ user: 'anonymous', folder: 'team' }), 'anonymous');
    assert.equal(defaultVisibilityFrom({ user: 'private', team: 'team' }), 'private');
  });

  it('a workspace or team value more private than the person’s wins', () => {
    assert.equal(defaultVisibilityFrom({ user: 'team', workspace: 'anonymous' }), 'anonymous');
    assert.equal(defaultVisibilityFrom({ user: 'anonymous', team: 'private' }), 'private');
  });

  it('ignores values that are not visibilities, and is team when nothing valid is set', () => {
    assert.equal(defaultVisibilityFrom({}), 'team');
    assert.equal(defaultVisibilityFrom({ user: 'secret', workspace: 42, folder: null }), 'team');
    assert.equal(mostPrivate(['Private', 'anonymous']), 'anonymous');
  });
});

describe('Restricted Mode and workspace capabilities in package.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    capabilities?: {
      untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] };
      virtualWorkspaces?: { supported: unknown; description?: string };
    };
  };
  const untrusted = manifest.capabilities?.untrustedWorkspaces;

  it('declares limited support in untrusted workspaces, with a description of what is off', () => {
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted?.description ?? '', /runs no git/);
    assert.match(untrusted?.description ?? '', /config\.yaml/);
  });

  it('restricts the privacy settings, and only settings Retro Coach has', () => {
    const restricted = untrusted?.restrictedConfigurations ?? [];
    for (const key of [SETTINGS.defaultVisibility, SETTINGS.anonymousName, SETTINGS.anonymousEmail]) assert.ok(restricted.includes(key), key);
    const known = new Set(allSettingKeys());
    assert.deepEqual(restricted.filter((key) => !known.has(key)), []);
  });

  it('lets only the person turn on AI follow-ups: the setting is application-scoped, so no workspace can', () => {
    // contributes.configuration is a list of categories (Prompts, Privacy, …), each with its properties.
    const categories = (manifest as { contributes?: { configuration?: Array<{ properties: Record<string, { scope?: string }> }> } }).contributes?.configuration ?? [];
    const properties = Object.assign({}, ...categories.map((c) => c.properties)) as Record<string, { scope?: string }>;
    assert.equal(properties[SETTINGS.aiFollowUps]?.scope, 'application');
  });

  it('declares that virtual workspaces are not supported (files are read with node fs)', () => {
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, false);
  });
});

describe('running git', () => {
  it('names the repository with -C before git’s own arguments', () => {
    assert.deepEqual(gitArgs('/work/repo', ['status', '--porcelain']), ['-C', '/work/repo', 'status', '--porcelain']);
  });

  it('does not start a git program that lies in the workspace folder', async function () {
    if (process.platform === 'win32') this.skip(); // the fake git below is a shell script
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-fakegit-'));
    const marker = path.join(workspace, 'fake-git-ran');
    await fs.writeFile(path.join(workspace, 'git'), `#!/bin/sh\necho ran > "${marker}"\n`, { mode: 0o755 });
    // Windows looks in the current folder first; "." on PATH does the same here.
    const saved = process.env.PATH;
    process.env.PATH = `.${path.delimiter}${saved}`;
    try {
      const result = await runGit(workspace, ['--version']);
      assert.match(result.stdout, /^git version/);
      await assert.rejects(fs.access(marker), 'the committed git must not run');
    } finally {
      process.env.PATH = saved;
      await fs.rm(workspace, { recursive: true, force: true });
    }
  });

  it('is started in one place only: src/core/git/run.ts', () => {
    const runner = path.join(repoRoot, 'src', 'core', 'git', 'run.ts');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && file !== runner && /\b(execFile|execFileSync|spawn|spawnSync|exec|execSync)\(\s*['"`]git/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(repoRoot, file));
      }
    };
    walk(path.join(repoRoot, 'src'));
    assert.deepEqual(offenders, []);
    assert.match(readFileSync(runner, 'utf8'), /spawn\('git', gitArgs\(root, args\), \{\s*cwd: os\.tmpdir\(\)/);
  });
});
