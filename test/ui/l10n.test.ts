/**
 * Languages in the real workbench. A pseudo-locale (every string of the extension wrapped in
 * ⟦…⟧ and about 40% longer) finds any visible string that bypassed l10n and any layout that
 * clips a longer language; German shows the session as a German speaker sees it.
 *
 * code-server takes the display language from `locale` in the user data's argv.json (when a
 * language pack for it is registered in languagepacks.json), and the extension host then loads
 * `l10n/bundle.l10n.<locale>.json` and `package.nls.<locale>.json` of the extension, so the
 * pseudo bundles are generated into a temporary copy of the built extension, never into this
 * checkout.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { toLocalIso } from '../../src/core/calendar';
import { germanQuestions } from '../fixtures/germanQuestions';
import { buildReflection } from '../fixtures/reflections';
import { englishBundle, pseudo, pseudoBundle } from '../l10n/bundles';
import { host, repoRoot, screenshotDir, workspaces } from './workbench';

const PSEUDO = 'qps-ploc';
/** What a built extension needs at run time (see .vscodeignore). */
const RUNTIME = ['package.json', 'dist', 'media', 'schemas', 'l10n'];

interface Localised {
  page: Page;
  workspace: string;
  panel(): FrameLocator;
  close(): Promise<void>;
}

/** A copy of the built extension with the pseudo-locale's bundles next to the real ones. */
async function extensionCopy(dir: string): Promise<string> {
  const ext = path.join(dir, 'extension');
  for (const entry of RUNTIME) await fs.cp(path.join(repoRoot, entry), path.join(ext, entry), { recursive: true });
  for (const nls of (await fs.readdir(repoRoot)).filter((f) => /^package\.nls(\..+)?\.json$/.test(f))) await fs.cp(path.join(repoRoot, nls), path.join(ext, nls));
  await fs.writeFile(path.join(ext, 'l10n', `bundle.l10n.${PSEUDO}.json`), JSON.stringify(pseudoBundle(englishBundle())));
  const manifest = JSON.parse(await fs.readFile(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
  await fs.writeFile(path.join(ext, `package.nls.${PSEUDO}.json`), JSON.stringify(pseudoBundle(manifest)));
  return ext;
}

/** A workspace with three recent team reflections, so the Team Review has charts and lists to show. */
async function reviewWorkspace(): Promise<string> {
  const { makeWorkspace } = await workspaces();
  const dir = makeWorkspace('rc-ui-l10n-');
  const reflections = path.join(dir, '.coaching', 'reflections');
  const day = 24 * 3600 * 1000;
  const people = ['Ada Tester', 'Sam Reviewer', 'Ada Tester'];
  for (const [i, author] of people.entries()) {
    const id = `kqde000${i}`;
    const created = toLocalIso(new Date(Date.now() - (i * 5 + 1) * day));
    const reflection = buildReflection({ id, author, created, friction: [(['technical', 'procedural', 'cultural'] as const)[i]], nextStep: { text: `Split the integration suite ${i}`, owner: author } });
    const folder = path.join(reflections, created.slice(0, 4), created.slice(5, 7));
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, `${created.slice(0, 10)}-suite-${id}.yaml`), serializeReflection(reflection));
  }
  return dir;
}

async function openLocalised(locale: string, extensionPath: string, workspace: string): Promise<Localised> {
  const { startServer, openWorkbench, waitForWorkbench, webviewFrame } = await host();
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-ui-user-'));
  await fs.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fs.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true }));
  await fs.writeFile(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }));
  // The workbench takes a locale only with a language pack for it; an empty one keeps VS Code's
  // own words English (so they stand out from the extension's) while the locale reaches the extension.
  const pack = path.join(userDataDir, 'languagepack.i18n.json');
  await fs.writeFile(pack, JSON.stringify({ contents: {} }));
  await fs.writeFile(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: { hash: 'retro-coach-test', label: locale, extensions: [{ extensionIdentifier: { id: 'retro-coach.test-language-pack' }, version: '0.0.0' }], translations: { vscode: pack } } }));
  const server = await startServer({ userDataDir });
  const wb = await openWorkbench(server, { folder: workspace, extensionDevelopmentPath: extensionPath, viewport: { width: 1280, height: 860 } });
  await waitForWorkbench(wb.page);
  return {
    page: wb.page,
    workspace,
    panel: () => webviewFrame(wb.page),
    async close() {
      await wb.close();
      await server.close();
      await fs.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface Findings {
  unwrapped: string[];
  clipped: string[];
}

/**
 * Every visible text and text attribute under `root` that has letters outside ⟦…⟧, and every
 * element with text of its own that is wider than its box. `exempt` marks content that is not
 * the extension's wording: what the person typed, what `.coaching/` holds, the question asked.
 */
async function scan(root: Locator, exempt: string, exemptAttributes = ''): Promise<Findings> {
  return root.evaluate((top, [skip, skipAttributes]) => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
    const SHOW_TEXT = 4;
    const TEXT_NODE = 3;
    const unwrapped: string[] = [];
    const clipped: string[] = [];
    const visible = (el: DomElement) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    // ISO weeks (2026-W47) are data, written the same in every language.
    const outside = (text: string) => /\p{L}/u.test(text.replace(/⟦[^⟧]*⟧/gu, '').replace(/\b\d{4}-W\d{2}\b/g, ''));
    const name = (el: DomElement) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const skipped = (el: DomElement) => (skip ? el.closest(skip) !== null : false) || el.closest('script, style') !== null;
    const element = top as unknown as DomElement;
    const walker = document.createTreeWalker(element, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (el && text && !skipped(el) && visible(el) && outside(text)) unwrapped.push(`${name(el)}: ${text}`);
    }
    for (const el of [element, ...element.querySelectorAll('*')]) {
      if (skipped(el) || !visible(el)) continue;
      for (const attribute of skipAttributes && el.matches(skipAttributes) ? [] : ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(attribute);
        if (value && outside(value)) unwrapped.push(`${name(el)}[${attribute}]: ${value}`);
      }
      const ownText = [...el.childNodes].some((c) => c.nodeType === TEXT_NODE && (c.textContent ?? '').trim());
      // Screen-reader-only text is clipped to 1 px on purpose.
      if (ownText && !['TEXTAREA', 'INPUT'].includes(el.tagName) && !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 1) clipped.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return { unwrapped, clipped };
  }, [exempt, exemptAttributes] as const);
}

/** What the scan uses of the page (this file compiles without the DOM's types). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  parentElement: DomElement | null;
}
interface DomElement extends DomNode {
  tagName: string;
  id: string;
  className: unknown;
  childNodes: Iterable<DomNode>;
  scrollWidth: number;
  clientWidth: number;
  closest(selector: string): DomElement | null;
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface PageGlobals {
  document: { createTreeWalker(root: DomElement, show: number): { nextNode(): DomNode | null } };
  getComputedStyle(el: DomElement): { visibility: string; display: string };
}

function assertClean(where: string, findings: Findings): void {
  assert.deepEqual(findings.unwrapped, [], `${where}: strings that did not come through l10n`);
  assert.deepEqual(findings.clipped, [], `${where}: elements whose text is clipped`);
}

/** Runs a command by its pseudo-localised palette label ("⟦Coach~~⟧: ⟦Start Reflection~~~~~~⟧"). */
async function runPseudo(page: Page, title: string): Promise<void> {
  const { runCommand } = await host();
  await runCommand(page, `${pseudo('Coach')}: ${pseudo(title)}`);
}

/** VS Code's own parts of a quick input (counts, icons, its action buttons and the list's aria wording). */
const QUICK_INPUT_CHROME = '.codicon, .monaco-count-badge, .quick-input-action, .quick-input-check-all, .quick-input-inline-action-bar';
/** A row's aria-label is VS Code's: it spells a `$(check)` icon as the word "check". The row's visible label is checked as text. */
const QUICK_INPUT_ROWS = '.monaco-list-row';
/** Session panel: what the person typed and the bank's question (its German is checked by id in the unit tests) are content. */
const SESSION_CONTENT = '#question, #answer, .exchange, .answer, .echo, #saved-path, #learning-answer';
/** Team Review: what reflections say (authors, blockers, next steps), dates and numbers are data. */
const REVIEW_DATA = 'td, .data, .term, .owner, .date, time, figcaption .range, .blocker, .action, .item-text, svg text';

describe('Languages in the workbench', function () {
  this.timeout(300_000);
  let dir: string;
  let extension: string;
  let s: Localised | undefined;
  let workspace: string | undefined;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-ui-l10n-ext-'));
    extension = await extensionCopy(dir);
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    if (workspace) await fs.rm(workspace, { recursive: true, force: true });
    workspace = undefined;
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it(`in the pseudo-locale, the session panel, quick inputs, notifications and the Team Review show only wrapped strings, none clipped`, async () => {
    workspace = await reviewWorkspace();
    s = await openLocalised(PSEUDO, extension, workspace);
    const { page } = s;
    const step = (name: string) => s!.panel().locator(`main#app[data-step="${name}"]`).waitFor({ timeout: 30_000 });

    await runPseudo(page, 'Start Reflection');
    // Ada (the workspace's git user) has an open action, so the session first asks back about it.
    const quick = page.locator('.quick-input-widget');
    await quick.locator(`input[placeholder="${pseudo('Choose what happened, or Escape to skip')}"]`).waitFor({ state: 'visible' });
    await quick.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
    assertClean('ask-back quick input', await scan(quick, QUICK_INPUT_CHROME, QUICK_INPUT_ROWS));
    await page.keyboard.press('Escape');
    await step('kind');
    assertClean('session, kind step', await scan(s.panel().locator('body'), SESSION_CONTENT));
    await s.panel().locator('#kind-technical').click();
    await step('question');
    await s.panel().locator('#answer').fill('The integration suite takes forty minutes');
    await s.panel().locator('#answer').press('Control+Enter');
    await s.panel().locator('#ack').waitFor({ state: 'visible' });
    assertClean('session, question step with the coach’s acknowledgment', await scan(s.panel().locator('body'), SESSION_CONTENT));
    await page.screenshot({ path: path.join(screenshotDir, 'l10n-pseudo-session.png') });

    await runPseudo(page, 'Log Blocker');
    await quick.locator(`input[placeholder="${pseudo('What kind of friction is it?')}"]`).waitFor({ state: 'visible' });
    await quick.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
    assertClean('Log Blocker quick input', await scan(quick, QUICK_INPUT_CHROME, QUICK_INPUT_ROWS));
    await page.keyboard.press('Escape');

    // A modal dialog: its message and detail are the extension's, its Cancel button VS Code's.
    await runPseudo(page, 'Discard Reflection Draft');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    assertClean('discard dialog', await scan(dialog.locator('.dialog-message-text'), ''));
    assertClean('discard dialog detail', await scan(dialog.locator('.dialog-message-detail'), ''));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A toast: the toast's aria-label adds VS Code's words ("source: …, notification"); its message is the extension's.
    await runPseudo(page, 'Show History');
    const toast = page.locator('.notification-toast', { hasText: pseudo('Nothing in .coaching has been committed yet.') });
    await toast.waitFor({ state: 'visible', timeout: 30_000 });
    assertClean('notification', await scan(toast.locator('.notification-list-item-message'), ''));

    await runPseudo(page, 'Open Team Review');
    await s.panel().locator('main#app[data-state="ready"]').waitFor({ timeout: 30_000 });
    assertClean('Team Review', await scan(s.panel().locator('body'), REVIEW_DATA));
    await page.screenshot({ path: path.join(screenshotDir, 'l10n-pseudo-review.png') });
  });

  it('in German, the session panel asks the bank’s German question and answers in German (screenshot l10n-de-session.png)', async () => {
    const { makeWorkspace } = await workspaces();
    workspace = makeWorkspace('rc-ui-l10n-de-');
    s = await openLocalised('de', extension, workspace);
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Reflexion starten');
    await s.panel().locator('main#app[data-step="kind"]').waitFor({ timeout: 30_000 });
    await s.panel().locator('#kind-technical').click();
    await s.panel().locator('main#app[data-step="question"]').waitFor();
    const question = (await s.panel().locator('#question').textContent())?.trim() ?? '';
    assert.ok(Object.values(germanQuestions()).includes(question), `“${question}” is a German bank question`);
    await s.panel().locator('#progress', { hasText: /^Frage 1 von \d/ }).waitFor();
    await s.panel().locator('#answer').fill('Die Integrationstests dauern vierzig Minuten');
    await s.panel().locator('#answer').press('Control+Enter');
    await s.panel().locator('#progress', { hasText: /^Frage 2 von \d/ }).waitFor();
    await s.panel().locator('#ack').waitFor({ state: 'visible' });
    assert.match((await s.panel().locator('#ack').textContent()) ?? '', /„Die Integrationstests dauern vierzig Minuten“/);
    await s.page.screenshot({ path: path.join(screenshotDir, 'l10n-de-session.png') });
  });

  it('in German, the walkthrough shows its German pages (screenshot l10n-de-walkthrough.png)', async () => {
    const { makeWorkspace } = await workspaces();
    workspace = makeWorkspace('rc-ui-l10n-de-');
    s = await openLocalised('de', extension, workspace);
    const { runCommand } = await host();
    await runCommand(s.page, 'Welcome: Open Walkthrough...');
    const picker = s.page.locator('.quick-input-widget');
    await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'Erste Schritte mit Retro Coach' }).first().click();
    // The first step's page is Markdown in the walkthrough's own webview: its path comes from package.nls.de.json.
    const page = s.page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
    await page.locator('h1', { hasText: 'Eine Retro, die passiert, während du arbeitest' }).waitFor({ timeout: 30_000 });
    await s.page.screenshot({ path: path.join(screenshotDir, 'l10n-de-walkthrough.png') });
  });
});
