// Retro Coach's test host: a real VS Code workbench + Node extension host on machines that
// reach only the npm registry and Debian packages. code-server (VS Code 1.100.3, installed
// by ./install.sh into a cache dir) serves the workbench; headless Debian chromium, driven by
// the project's own playwright-core, renders it. Adapted from the team's shared reference
// harness; kept here so the project owns and can change it.
/* global document */ // page.evaluate callbacks run in the browser.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

export const cacheDir = process.env.VSCODE_HOST_DIR || path.join(os.homedir(), '.cache', 'retro-coach', 'vscode-host');
export const codeServerEntry = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.VSCODE_HOST_CHROMIUM || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const MAX_OUTPUT_LINES = 400;

function loadPlaywright() {
  const require = createRequire(import.meta.url);
  try {
    return require('playwright-core');
  } catch (err) {
    throw new Error(`playwright-core is not installed (${err.message}); run npm ci first`);
  }
}

function tail(lines) {
  return lines.length ? lines.join('\n') : '(no output)';
}

/**
 * Starts code-server on a free loopback port with throwaway config, data and tmp dirs.
 * @param {{ userDataDir?: string, extensionsDir?: string, timeoutMs?: number, bindPort?: number, onOutput?: (line: string) => void, workspaceTrust?: boolean }} [opts]
 * @returns {Promise<{ port: number, origin: string, pid: number, output: string[], close(): Promise<void> }>}
 */
export async function startServer(opts = {}) {
  const { timeoutMs = 60_000, onOutput } = opts;
  if (!fs.existsSync(codeServerEntry)) {
    throw new Error(`code-server not found at ${codeServerEntry}; run install.sh first (VSCODE_HOST_DIR=${cacheDir})`);
  }
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-host-'));
  const dir = (name) => { const p = path.join(tmpRoot, name); fs.mkdirSync(p, { recursive: true }); return p; };
  const configFile = path.join(tmpRoot, 'config.yaml');
  fs.writeFileSync(configFile, '');
  const userDataDir = opts.userDataDir ?? dir('user-data');
  const extensionsDir = opts.extensionsDir ?? dir('extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });

  const env = { ...process.env };
  // Variables of an enclosing VS Code (e.g. when run from its terminal) confuse the server.
  for (const key of Object.keys(env)) {
    if ((key.startsWith('VSCODE_') && !key.startsWith('VSCODE_HOST_')) || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  Object.assign(env, {
    XDG_CONFIG_HOME: dir('xdg-config'),
    XDG_DATA_HOME: dir('xdg-data'),
    TMPDIR: dir('tmp'),
    EXTENSIONS_GALLERY: '{}',
  });

  const args = [
    codeServerEntry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${opts.bindPort ?? 0}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    // Tests run trusted unless one asks for Restricted Mode (workspaceTrust: true turns the check on).
    ...(opts.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const child = spawn(process.env.VSCODE_HOST_NODE || process.execPath, args, {
    env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });

  const output = [];
  let exited = false;
  let exitInfo = '';
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    exitInfo = `code ${code}, signal ${signal}`;
    resolve();
  }));

  const killGroup = (signal) => {
    if (exited) return;
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  // The server runs in its own process group, so it would outlive this process if
  // nothing killed it: kill it on exit and on the usual termination signals too.
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onProcessExit = () => {
    killGroup('SIGKILL');
    try { fs.rmSync(tmpRoot, { recursive: true, force: true }); } catch { /* best effort */ }
  };
  const onSignal = (signal) => {
    unhook();
    onProcessExit();
    // With no other handler left, end the way the signal would have ended us.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const unhook = () => {
    process.off('exit', onProcessExit);
    for (const sig of SIGNALS) process.off(sig, onSignal);
  };
  process.on('exit', onProcessExit);
  for (const sig of SIGNALS) process.on(sig, onSignal);

  let closed = false;
  async function close() {
    if (closed) return;
    closed = true;
    unhook();
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await exitPromise;
    clearTimeout(timer);
    // Children that outlived the leader (same process group) get no second chance.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group is empty */ }
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }

  const port = await new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn, value) => { if (!settled) { settled = true; clearTimeout(timer); fn(value); } };
    const timer = setTimeout(() => finish(reject, new Error(
      `code-server did not report "HTTP server listening" within ${timeoutMs} ms. Its output:\n${tail(output)}`)), timeoutMs);
    const onData = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > MAX_OUTPUT_LINES) output.shift();
        onOutput?.(line);
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
        if (m) finish(resolve, Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (err) => finish(reject, new Error(`could not start code-server: ${err.message}`)));
    exitPromise.then(() => finish(reject, new Error(
      `code-server exited (${exitInfo}) before it was listening. Its output:\n${tail(output)}`)));
  }).catch(async (err) => { await close(); throw err; });

  return { port, origin: `http://127.0.0.1:${port}`, pid: child.pid, output, close, exited: () => exited };
}

/**
 * Opens the workbench of `server` in headless chromium, optionally as an extension
 * development host running `extensionTestsPath`.
 * @param {{ port: number, origin: string }} server
 * @param {{ folder?: string | null, workspaceFile?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string,
 *           onExit?: (code: number, logs: unknown) => void, onLog?: (type: string, args: unknown[]) => void,
 *           viewport?: { width: number, height: number }, headless?: boolean }} opts
 */
export async function openWorkbench(server, opts) {
  const { folder, workspaceFile, extensionDevelopmentPath, extensionTestsPath, onExit, onLog } = opts;
  if (folder === undefined && !workspaceFile) throw new Error('openWorkbench: `folder` (null for an empty window) or `workspaceFile` is required');
  const { chromium } = loadPlaywright();
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  // A folder, a multi-root .code-workspace file, or (folder: null) an empty window.
  const target = workspaceFile ? `workspace=${encodeURIComponent(path.resolve(workspaceFile))}&`
    : folder ? `folder=${encodeURIComponent(path.resolve(folder))}&` : 'ew=true&';
  const url = `${server.origin}/?${target}payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    args: chromiumArgs,
  });
  try {
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The workbench calls these when it runs extension tests (see IAutomatedWindow in VS Code).
    await page.exposeFunction('codeAutomationExit', (code, logs) => { onExit?.(code, logs); });
    await page.exposeFunction('codeAutomationLog', (type, args) => { onLog?.(type, args); });
    await page.goto(url);
    return {
      browser, context, page, url,
      async close() { await browser.close().catch(() => {}); },
    };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

/** Formats the arguments of a codeAutomationLog call as one string. */
export function formatLog(args) {
  return util.format(...(Array.isArray(args) ? args : [args]));
}

// Workbench start-up chatter that codeAutomationLog also carries; hidden unless verbose.
const NOISE = [
  /^Resolving connection token/, /^Resolved connection token/, /^Creating a socket \(renderer-/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\] registered/, /^ChatSessionStore: /,
];

/**
 * Runs an extension's tests (a CommonJS module exporting `run(): Promise<void>`) in the
 * extension host of a real workbench. Resolves to the exit code: 0 when they passed.
 * @param {{ extensionDevelopmentPath: string, extensionTestsPath: string, workspace?: string,
 *           timeoutMs?: number, log?: (line: string) => void, verbose?: boolean, logsDir?: string }} opts
 *   workspace: folder to open (default: a fresh empty temp folder, removed afterwards);
 *   logsDir: where to write the workbench's own logs when the run ends.
 */
export async function runExtensionTests(opts) {
  const { timeoutMs = 120_000, verbose = !!process.env.VSCODE_HOST_VERBOSE, logsDir } = opts;
  const log = opts.log ?? ((line) => process.stdout.write(line + '\n'));
  const extensionDevelopmentPath = path.resolve(opts.extensionDevelopmentPath);
  const extensionTestsPath = path.resolve(opts.extensionTestsPath);
  for (const [what, p] of [['extension', path.join(extensionDevelopmentPath, 'package.json')], ['tests', extensionTestsPath]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found: ${p}`);
  }
  if (opts.workspace && !fs.statSync(opts.workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`workspace folder not found: ${path.resolve(opts.workspace)}`);
  }
  const tmpWorkspace = opts.workspace ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-host-ws-'));
  const workspace = path.resolve(opts.workspace ?? tmpWorkspace);

  let server;
  let workbench;
  const hints = new Set();
  const onServerLine = (line) => {
    // The server validates the extension under development and says why it skips it
    // (e.g. "Extension is not compatible with Code 1.100.3. Extension requires: ^1.105.0.").
    const aboutExtension = line.includes(`[${extensionDevelopmentPath}]`);
    if (aboutExtension && /not compatible/i.test(line)) {
      hints.add('the extension was NOT loaded: its engines.vscode must accept VS Code 1.100 (e.g. "^1.100.0"), and @types/vscode must not be newer.');
    }
    if (verbose || aboutExtension) log(`[server] ${line}`);
  };
  try {
    server = await startServer({ onOutput: onServerLine });
    let settle;
    const done = new Promise((resolve) => { settle = resolve; });
    workbench = await openWorkbench(server, {
      folder: workspace,
      extensionDevelopmentPath,
      extensionTestsPath,
      onExit: (code, logs) => settle({ code: Number(code) || 0, logs }),
      onLog: (type, args) => {
        const text = formatLog(args);
        if (!verbose && type !== 'error' && type !== 'warn' && NOISE.some((re) => re.test(text))) return;
        log(type === 'error' || type === 'warn' ? `[${type}] ${text}` : text);
      },
    });
    const { page, browser } = workbench;
    page.on('crash', () => settle({ code: 1, reason: 'the workbench page crashed' }));
    browser.on('disconnected', () => settle({ code: 1, reason: 'chromium exited' }));
    if (verbose) {
      page.on('console', (msg) => log(`[browser ${msg.type()}] ${msg.text()}`));
      page.on('pageerror', (err) => log(`[page error] ${err.message}`));
    }

    const timer = setTimeout(() => settle({ code: 1, reason: `timed out after ${timeoutMs} ms waiting for the extension tests to finish` }), timeoutMs);
    const result = await done;
    clearTimeout(timer);
    if (result.reason) {
      log(`vscode-host: ${result.reason}.`);
      log(`vscode-host: last server output:\n${tail(server.output.slice(-40))}`);
    }
    if (logsDir && Array.isArray(result.logs)) {
      for (const { relativePath, contents } of result.logs) {
        const file = path.join(logsDir, relativePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, contents);
      }
      log(`vscode-host: workbench logs written to ${logsDir}`);
    }
    for (const hint of hints) log(`vscode-host: ${hint}`);
    log(`vscode-host: extension tests exited with code ${result.code}`);
    return result.code;
  } finally {
    await workbench?.close();
    await server?.close();
    if (tmpWorkspace) fs.rmSync(tmpWorkspace, { recursive: true, force: true });
  }
}

/** Waits until the workbench has rendered (editor area and status bar present). */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Puts keyboard focus on the workbench itself (out of a webview iframe, if one has it). */
export async function focusWorkbench(page) {
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active && active.tagName === 'IFRAME') active.blur();
  });
}

/**
 * Runs a command by its title through the command palette (F1), e.g. 'Sample: Show Panel'.
 * Right after start-up the palette may not list an extension's commands yet (it lists what
 * was registered when it opened), so it closes and reopens the palette until it does.
 */
export async function runCommand(page, title, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  await waitForWorkbench(page, timeoutMs);
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  const exact = new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`);
  const row = widget.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  for (;;) {
    try {
      await focusWorkbench(page);
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`);
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        throw new Error(`runCommand: "${title}" did not show in the command palette within ${timeoutMs} ms: ${err.message}`);
      }
      if (process.env.VSCODE_HOST_VERBOSE) console.error(`runCommand: "${title}" not listed yet, reopening the palette`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  // Accept it once, and never retry after that: the command may open a quick input of its own.
  if ((await row.getAttribute('class'))?.split(/\s+/).includes('focused')) await page.keyboard.press('Enter');
  else await row.click();
}

/** The content frame of the (only or first ready) webview in the workbench. */
export function webviewFrame(page, outerSelector = 'iframe.webview.ready') {
  return page.frameLocator(outerSelector).first().frameLocator('iframe#active-frame');
}
