/**
 * UI test helpers: a real VS Code workbench (code-server) in headless chromium with Retro
 * Coach loaded from this checkout, on a throwaway git workspace.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FrameLocator, Page } from 'playwright-core';
import type * as HostModule from '../host/host.mjs' with { 'resolution-mode': 'import' };
import type * as WorkspaceModule from '../host/workspace.mjs' with { 'resolution-mode': 'import' };

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const screenshotDir = path.join(repoRoot, 'out', 'screenshots');

const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(repoRoot, 'test', 'host', file)).href) as Promise<T>;
export const host = () => load<typeof HostModule>('host.mjs');
export const workspaces = () => load<typeof WorkspaceModule>('workspace.mjs');

export interface Session {
  page: Page;
  workspace: string;
  /** The workbench's user data folder (settings, workspace storage). */
  userDataDir: string;
  panel(): FrameLocator;
  /** Waits until the panel shows `step` (kind, question, action, review, saved). */
  step(step: string, extra?: string): Promise<void>;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts a server with optional user settings, opens a workbench on a new git workspace. */
export async function openSession(opts: {
  settings?: Record<string, unknown>;
  /** A folder to open (default: a new git repository), or null for an empty window. */
  workspace?: string | null;
  /** A multi-root .code-workspace file to open instead. */
  workspaceFile?: string;
  /** Run the extensions installed in this folder instead of this checkout (test/ui/install.test.ts). */
  extensionsDir?: string;
  /** Turn VS Code's workspace trust on, so an untrusted folder opens in Restricted Mode. */
  workspaceTrust?: boolean;
} = {}): Promise<Session> {
  const { startServer, openWorkbench, waitForWorkbench, webviewFrame } = await host();
  const { makeWorkspace, removeWorkspace } = await workspaces();
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-ui-user-'));
  await fs.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fs.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    ...opts.settings,
  }));
  const ownWorkspace = opts.workspace === undefined && !opts.workspaceFile;
  const workspace = ownWorkspace ? makeWorkspace('rc-ui-ws-') : opts.workspace ?? '';
  const server = await startServer({ userDataDir, extensionsDir: opts.extensionsDir, workspaceTrust: opts.workspaceTrust });
  const wb = await openWorkbench(server, {
    folder: opts.workspaceFile ? undefined : workspace || null,
    workspaceFile: opts.workspaceFile,
    extensionDevelopmentPath: opts.extensionsDir ? undefined : repoRoot,
    viewport: { width: 1280, height: 860 },
  });
  await waitForWorkbench(wb.page);
  await fs.mkdir(screenshotDir, { recursive: true });
  const panel = () => webviewFrame(wb.page);
  return {
    page: wb.page,
    workspace,
    userDataDir,
    panel,
    async step(step, extra = '') {
      await panel().locator(`main#app[data-step="${step}"]${extra}`).waitFor({ timeout: 30_000 });
    },
    async shot(name) {
      await wb.page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
    },
    async close() {
      await wb.close();
      await server.close();
      if (ownWorkspace) removeWorkspace(workspace);
      await fs.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sets the Team Review's period through its date inputs, as a person would, and waits until both show it. */
export async function setReviewPeriod(s: Session, from: string, to: string): Promise<void> {
  await s.panel().locator('#filter-from').fill(from);
  await s.panel().locator(`#filter-from[value="${from}"]`).waitFor();
  await s.panel().locator('#filter-to').fill(to);
  await s.panel().locator(`#filter-to[value="${to}"]`).waitFor();
}

/** All reflection files under `.coaching/` of `root`, relative, '/' separated. */
export async function reflectionFiles(root: string, area = 'reflections'): Promise<string[]> {
  const dir = path.join(root, '.coaching', area);
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((f) => f.endsWith('.yaml')).map((f) => `.coaching/${area}/${f.split(path.sep).join('/')}`).sort();
}

export async function waitForFile(root: string, area = 'reflections', timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [file] = await reflectionFiles(root, area);
    if (file) return file;
    if (Date.now() > deadline) throw new Error(`no reflection file appeared under ${root}/.coaching/${area}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Answers the current question as a person would: type, then Ctrl+Enter, or with `more`
 * Ctrl+Shift+Enter ("And what else?"). Waits for question `expectNumber` first.
 */
export async function answer(s: Session, text: string, expectNumber: number, opts: { more?: boolean } = {}): Promise<void> {
  await s.panel().locator('#progress', { hasText: new RegExp(`Question ${expectNumber} of`) }).waitFor();
  const box = s.panel().locator('#answer');
  await box.fill(text);
  await box.press(opts.more ? 'Control+Shift+Enter' : 'Control+Enter');
}

/** The number of questions in the session on screen. */
export async function questionCount(s: Session): Promise<number> {
  return Number((await s.panel().locator('#progress').textContent())?.match(/of (\d+)/)?.[1]);
}

/** Skips questions `from`..last, one at a time (each click waits for its question). */
export async function skipRest(s: Session, from: number): Promise<void> {
  const total = await questionCount(s);
  for (let i = from; i <= total; i++) {
    await s.panel().locator('#progress', { hasText: new RegExp(`Question ${i} of`) }).waitFor();
    await s.panel().locator('#skip').click();
  }
}

/**
 * Runs the command, picks `kind`, answers the first (focus) question, skips the rest and the
 * next step. For "not sure yet" it confirms `confirm`, or else the kind the coach guessed.
 */
export async function reachReview(s: Session, kind: string, first: string, confirm?: string): Promise<void> {
  const { runCommand } = await host();
  await runCommand(s.page, 'Coach: Start Reflection');
  await s.step('kind');
  await s.panel().locator(`#kind-${kind}`).click();
  await s.step('question');
  await answer(s, first, 1);
  if (kind === 'unsure') await confirmKind(s, confirm);
  await skipRest(s, 2);
  await s.step('action');
  await s.panel().locator('#skip-action').click();
  await s.step('review');
}

/** After the focus answer of a "not sure yet" session: picks `kind`, or the one the coach suggested. */
export async function confirmKind(s: Session, kind?: string): Promise<void> {
  await s.step('confirmKind');
  const suggested = s.panel().locator('.choice.suggested');
  const choice = kind ? s.panel().locator(`#kind-${kind}`) : (await suggested.count()) ? suggested : s.panel().locator('#kind-technical');
  await choice.click();
  await s.step('question');
}

/** Waits until the extension has written a session draft containing `text` to its workspace storage. */
export async function waitForDraftOnDisk(s: Session, text: string, timeoutMs = 15_000): Promise<void> {
  const root = path.join(s.userDataDir, 'User', 'workspaceStorage');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entries = await fs.readdir(root).catch(() => [] as string[]);
    for (const entry of entries) {
      const file = path.join(root, entry, 'retro-coach.retro-coach', 'reflection-draft.v1.json');
      const draft = await fs.readFile(file, 'utf8').catch(() => '');
      if (draft.includes(JSON.stringify(text).slice(1, -1))) return;
    }
    if (Date.now() > deadline) throw new Error(`no draft containing ${JSON.stringify(text)} was written under ${root}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The teardown every UI suite needs, registered once: after each test, close the workbench
 * the test opened and delete the folders it made. `current` reads the suite's variables.
 */
export function closeAfterEach(current: () => { session?: Session; dirs?: ReadonlyArray<string | undefined> }): void {
  afterEach(async () => {
    const { session, dirs = [] } = current();
    await session?.close();
    for (const dir of dirs) if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
}
