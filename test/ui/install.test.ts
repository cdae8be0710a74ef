/**
 * A real install: `npm run package` builds the .vsix, code-server installs that FILE into a
 * fresh extensions folder, and the workbench runs it without this checkout anywhere in sight.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { answer, closeAfterEach, host, openSession, reachReview, repoRoot, skipRest, waitForFile, workspaces, type Session } from './workbench';

/** What the Marketplace and `code --install-extension` should have to download, at most. */
const MAX_VSIX_BYTES = 1_000_000;
/** What the packaging copy needs from this checkout; the rest (tests, docs, out/) is never there to leak. */
const PACKAGING_INPUTS = ['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'esbuild.mjs', 'tsconfig.json', 'src', 'media', 'schemas', 'l10n'];
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
const NOTICE = 'New to Retro Coach?';

/** The names of the entries in a zip file, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the .vsix is a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names.sort();
}

/**
 * Runs `npm run package` on a copy of the packaging inputs, so a concurrent rebuild of this
 * checkout's dist/ cannot change the package halfway; node_modules is linked, not copied.
 */
async function buildVsix(dir: string): Promise<string> {
  const stage = path.join(dir, 'stage');
  await fs.mkdir(stage);
  for (const input of PACKAGING_INPUTS) {
    const from = path.join(repoRoot, input);
    if (await fs.stat(from).catch(() => undefined)) await fs.cp(from, path.join(stage, input), { recursive: true });
  }
  for (const nls of (await fs.readdir(repoRoot)).filter((f) => /^package\.nls\..+\.json$/.test(f))) await fs.cp(path.join(repoRoot, nls), path.join(stage, nls));
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const vsix = path.join(dir, `${manifest.name}-${manifest.version}.vsix`);
  execFileSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: stage, stdio: 'pipe' });
  return vsix;
}

/** `code-server --install-extension <file>`: what `code --install-extension` does for a person. */
async function installVsix(vsix: string, extensionsDir: string, userDataDir: string): Promise<void> {
  const { codeServerEntry } = await host();
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') || key.startsWith('VSCODE_HOST_')));
  const child = spawn(process.execPath, [codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `code-server --install-extension failed:\n${output}`);
}

describe('Retro Coach installed from its .vsix', function () {
  // Packaging runs esbuild and vsce once for the whole suite.
  this.timeout(300_000);
  let dir: string;
  let vsix: string;
  let extensionsDir: string;
  let s: Session | undefined;
  let other: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [other] }));

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-ui-install-'));
    vsix = await buildVsix(dir);
    extensionsDir = path.join(dir, 'extensions');
    await installVsix(vsix, extensionsDir, path.join(dir, 'install-user-data'));
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('the .vsix holds the runtime and nothing from src/, test/, out/ or source maps, in at most 1 MB', async () => {
    const entries = zipEntries(await fs.readFile(vsix));
    const leaked = entries.filter((e) => /^extension\/(src|test|out|node_modules)\//.test(e) || e.endsWith('.map') || e.endsWith('.ts'));
    assert.deepEqual(leaked, []);
    // Each worker thread too: without its script the work falls back to the extension host's thread, silently slow.
    for (const needed of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/indexWorker.js', 'extension/dist/reviewWorker.js', 'extension/dist/webview/session.js', 'extension/dist/webview/review.js', 'extension/media/icon.png', 'extension/schemas/reflection.schema.json']) {
      assert.ok(entries.includes(needed), `${needed} is in the package`);
    }
    const walkthroughMedia = readFileSync(path.join(repoRoot, 'package.json'), 'utf8').match(/media\/walkthrough\/[\w.-]+/g) ?? [];
    assert.ok(walkthroughMedia.length > 0, 'package.json names walkthrough media');
    for (const media of new Set(walkthroughMedia)) assert.ok(entries.includes(`extension/${media}`), `${media} is in the package`);
    const { size } = await fs.stat(vsix);
    assert.ok(size <= MAX_VSIX_BYTES, `the .vsix is ${size} bytes; at most ${MAX_VSIX_BYTES}`);
  });

  it('runs from the installed file: palette → Start Reflection → saved file on disk, then Open Team Review opens', async () => {
    const installed = JSON.parse(await fs.readFile(path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`, 'package.json'), 'utf8')) as { version: string };
    assert.equal(installed.version, manifest.version);
    s = await openSession({ extensionsDir });
    await reachReview(s, 'technical', 'The release pipeline needs a manual approval at night');
    await s.panel().locator('#save').click();
    await s.step('saved');
    const saved = await waitForFile(s.workspace);
    assert.ok((await fs.readFile(path.join(s.workspace, saved), 'utf8')).includes('The release pipeline needs a manual approval at night'), `${saved} holds the answer`);

    const { runCommand } = await host();
    await runCommand(s.page, 'View: Close All Editors');
    await runCommand(s.page, 'Coach: Open Team Review');
    await s.panel().locator('main#app[data-state="ready"]').waitFor({ timeout: 30_000 });
    await s.panel().locator('#count-reflections', { hasText: /^1$/ }).waitFor();
  });

  it('offers the walkthrough once where .coaching/ is missing, and its buttons and completion events work', async () => {
    s = await openSession({ extensionsDir });
    const { page } = s;
    const { runCommand } = await host();
    const notice = page.locator('.notification-toast', { hasText: NOTICE });
    // Nothing starts Retro Coach in a folder without .coaching/ until the person opens its view.
    await runCommand(page, 'View: Show Retro Coach');
    await notice.locator('.monaco-button', { hasText: 'Open Walkthrough' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.locator('.getting-started-category, .gettingStartedSlideDetails', { hasText: 'Get Started with Retro Coach' }).first().waitFor();

    const step = (id: string) => page.locator(`button.getting-started-step[data-step-id$="#${id}"]`);
    const walkthroughTab = page.locator('.tab', { hasText: 'Walkthrough: Retro Coach' });
    // Selecting a step with an image drops the markdown media's webview, so the panel is the only one.
    await step('firstReflection').click();
    await step('firstReflection').locator('.monaco-button', { hasText: 'Start Reflection' }).click();
    await s.step('kind');
    await s.panel().locator('#kind-procedural').click();
    await answer(s, 'Reviews wait two days for a second approver', 1);
    await skipRest(s, 2);
    await s.step('action');
    await s.panel().locator('#skip-action').click();
    await s.step('review');
    await s.panel().locator('#save').click();
    await s.step('saved');
    // The walkthrough opened the panel beside itself; closed, it leaves the Team Review the only panel.
    // Focus the session's own tab first: after saving, the walkthrough may hold the focus.
    await page.locator('.tab .label-name').filter({ hasText: /^Retro Coach$/ }).click();
    await runCommand(page, 'View: Close Editor');
    await walkthroughTab.click();
    await step('firstReflection').and(page.locator('[aria-checked="true"]')).waitFor();
    assert.equal(await step('teamReview').getAttribute('aria-checked'), 'false');
    await step('teamReview').click();
    await s.shot('23-walkthrough');
    await step('teamReview').locator('.monaco-button', { hasText: 'Open Team Review' }).click();
    await s.panel().locator('main#app[data-state="ready"]').waitFor({ timeout: 30_000 });
    await walkthroughTab.click();
    await step('teamReview').and(page.locator('[aria-checked="true"]')).waitFor();

    // Answered once, the notice stays away: another folder without .coaching/, same person.
    const { makeWorkspace } = await workspaces();
    other = makeWorkspace('rc-ui-install-other-');
    await page.goto(`${new URL(page.url()).origin}/?folder=${encodeURIComponent(other)}`);
    await runCommand(page, 'View: Show Retro Coach');
    await page.locator('.pane-header', { hasText: 'Reflections' }).waitFor();
    await page.locator('.statusbar-item', { hasText: 'Coach' }).first().waitFor();
    await page.waitForTimeout(2_000);
    assert.equal(await notice.count(), 0, 'the notice does not come back once answered');
  });
});
