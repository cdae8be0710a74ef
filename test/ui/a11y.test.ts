/**
 * Accessibility of both panels in the real workbench: axe-core runs inside each webview (its
 * source evaluated in the panel's own frame through Playwright, so the panel's CSP stays as
 * strict as it ships) in a light, a dark and a high contrast theme; and a person who uses only
 * the keyboard walks a whole session and the Team Review's filters.
 */
import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { buildReflection } from '../fixtures/reflections';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import type { FrictionKind } from '../../src/core/model/reflection';
import { closeAfterEach, host, openSession, repoRoot, screenshotDir, workspaces, type Session } from './workbench';

const AXE_SOURCE = readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast'] as const;

/** The local date `days` before today, YYYY-MM-DD. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const TEAM = [
  { id: 'aaaa1111', days: 2, author: 'Sam Reviewer', friction: ['technical'], answer: 'The flaky login test failed the merge again', paths: ['src/auth/login.test.ts', 'src/auth/login.ts'] },
  { id: 'bbbb2222', days: 5, author: 'Kim Writer', friction: ['procedural', 'technical'], answer: 'Waiting two days for a review of the login change', paths: ['src/auth/login.ts'] },
  { id: 'cccc3333', days: 9, author: 'Sam Reviewer', friction: ['procedural'], answer: 'Nobody owns the billing export job', paths: ['jobs/billing/export.ts'] },
  { id: 'dddd4444', days: 12, author: 'Kim Writer', friction: ['cultural'], answer: 'Review comments on the session code felt personal', paths: ['src/auth/session.ts'] },
] satisfies Array<{ id: string; days: number; author: string; friction: FrictionKind[]; answer: string; paths: string[] }>;

/**
 * A repository with team reflections of the last two weeks by two teammates (none with an action
 * of the test's git user, so a new session starts without asking back), each naming its code.
 */
async function areaWorkspace(): Promise<string> {
  const { makeWorkspace } = await workspaces();
  const dir = makeWorkspace('rc-ui-a11y-');
  for (const r of TEAM) {
    const created = `${daysAgo(r.days)}T10:00:00+00:00`;
    const folder = path.join(dir, '.coaching', 'reflections', created.slice(0, 4), created.slice(5, 7));
    await fs.mkdir(folder, { recursive: true });
    const reflection = buildReflection({
      id: r.id, author: r.author, created, friction: r.friction, trigger: { kind: 'commit', detail: 'feature/login' },
      context: { branch: 'feature/login', paths: r.paths },
      exchanges: [{ question: 'technical-reality-01', text: 'What is happening right now?', answer: r.answer }],
      nextStep: { text: `Talk to the team about it (${r.id})`, owner: r.author },
    });
    await fs.writeFile(path.join(folder, `${created.slice(0, 10)}-${r.id}.yaml`), serializeReflection(reflection));
  }
  return dir;
}

/** What the tests use of the panel's page (this file compiles without the DOM's types). */
interface El {
  id: string;
  tagName: string;
  type?: string;
  name?: string;
  checked?: boolean;
  disabled?: boolean;
  tabIndex: number;
  value?: string;
  checkVisibility(options: { visibilityProperty: boolean }): boolean;
  remove(): void;
}
interface BrowserGlobals {
  document: {
    activeElement: El | null;
    body: El & { append(node: unknown): void };
    querySelector(selector: string): El | null;
    querySelectorAll(selector: string): Iterable<El>;
    createElement(tag: string): El;
  };
  axe: { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> };
}

/** The frame of the panel whose app root matches `app` (`main#app[data-step]` for the session, `[data-state]` for the review). */
async function appFrame(page: Page, app: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const found = await frame.evaluate((selector) => !!(globalThis as unknown as BrowserGlobals).document.querySelector(selector), app).catch(() => false);
      if (found) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame shows ${app}`);
    await page.waitForTimeout(250);
  }
}

// ------------------------------------------------------------------ axe

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in `frame` and returns its serious and critical violations, each with the elements it names. */
async function seriousViolations(frame: Frame): Promise<Violation[]> {
  if (!(await frame.evaluate(() => 'axe' in globalThis))) await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const { axe, document } = globalThis as unknown as BrowserGlobals;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** axe, injected as above, runs in the panel's page: it finds a button without a name planted there (and the plant is removed again). */
async function assertAxeSeesThePage(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const planted = document.createElement('button');
    planted.id = 'a11y-plant';
    document.body.append(planted);
  });
  const found = await seriousViolations(frame);
  await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).document.querySelector('#a11y-plant')?.remove());
  assert.ok(found.some((v) => v.id === 'button-name' && v.nodes.some((n) => n.startsWith('#a11y-plant'))), JSON.stringify(found));
}

async function assertNoSerious(frame: Frame, where: string): Promise<void> {
  const violations = await seriousViolations(frame);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}

// ------------------------------------------------------------------ keyboard

/**
 * Runs a command from the palette with the keyboard only: F1 (which opens it with '>'), its
 * title, Enter. Right after start-up the palette may not list the extension's commands yet, so
 * it closes (Escape) and opens again until it does, as runCommand does.
 */
async function commandByKeyboard(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  const { focusWorkbench, waitForWorkbench } = await host();
  await waitForWorkbench(page);
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await focusWorkbench(page);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor();
    await page.keyboard.type(title);
    if (await row.waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`"${title}" never showed in the command palette`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  // Down to the command when a recently used one is listed first.
  for (let i = 0; i < 10 && !(await row.getAttribute('class'))?.split(/\s+/).includes('focused'); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The id of the element that has focus in the panel ('' when none of its elements has). */
async function focused(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const active = document.activeElement;
    if (!active || active === document.body) return '';
    // An element without an id is named by its tag and its place among those tags, as tabStops names it.
    return active.id || `${active.tagName.toLowerCase()}:${[...document.querySelectorAll(active.tagName)].indexOf(active)}`;
  });
}

/**
 * The panel's tab stops in document order, which is its reading order: every enabled, shown
 * control, and of each radio group only the checked button (where Tab lands).
 */
async function tabStops(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
      // checkVisibility: not hidden by CSS, nor inside a closed disclosure.
      .filter((el) => !el.disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }))
      .filter((el) => el.type !== 'radio' || el.checked || ![...document.querySelectorAll(`input[type="radio"][name="${el.name}"]`)].some((r) => r.checked));
    return all.map((el) => el.id || `${el.tagName.toLowerCase()}:${[...document.querySelectorAll(el.tagName)].indexOf(el)}`);
  });
}

/** Presses `key` until focus is on `id`, and returns the stops it passed (a date field's parts count once). */
async function tabTo(s: Session, frame: Frame, id: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60): Promise<string[]> {
  const seen = [await focused(frame)];
  while (seen[seen.length - 1] !== id) {
    if (seen.length > max) throw new Error(`${key} never reached #${id}; passed ${seen.join(', ')}`);
    await s.page.keyboard.press(key);
    const now = await focused(frame);
    if (now !== seen[seen.length - 1]) seen.push(now);
  }
  return seen;
}

/** Tab from the first stop to the last, then Shift+Tab back: focus must visit the stops in reading order both ways. */
async function assertFocusFollowsReading(s: Session, frame: Frame, where: string): Promise<void> {
  const stops = await tabStops(frame);
  const start = await focused(frame);
  const back = await tabTo(s, frame, stops[0], 'Shift+Tab');
  const forward = await tabTo(s, frame, stops[stops.length - 1]);
  assert.deepEqual(forward, stops, `${where}: Tab visits the stops in reading order`);
  assert.deepEqual(back, [...stops.slice(0, stops.indexOf(start) + 1)].reverse(), `${where}: Shift+Tab goes back the same way`);
  await tabTo(s, frame, start, 'Shift+Tab');
}

// ------------------------------------------------------------------ tests

describe('accessibility of the panels, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  for (const theme of THEMES) {
    it(`axe finds nothing serious in any step of either panel in ${theme}`, async () => {
      dir = await areaWorkspace();
      s = await openSession({ workspace: dir, settings: { 'workbench.colorTheme': theme } });
      const { runCommand } = await host();
      await runCommand(s.page, 'Coach: Start Reflection');
      await s.step('kind');
      const session = await appFrame(s.page, 'main#app[data-step]');
      await assertAxeSeesThePage(session);
      await assertNoSerious(session, `session: kind, ${theme}`);
      await s.panel().locator('#kind-unsure').click();
      await s.step('question');
      await s.panel().locator('#answer').fill('Waiting two days for a review of the login change');
      await s.panel().locator('#answer').press('Control+Enter');
      await s.step('confirmKind');
      await assertNoSerious(session, `session: confirm the kind, ${theme}`);
      await s.panel().locator('#kind-procedural').click();
      await s.step('question');
      await s.panel().locator('#answer').fill('Reviews within a day');
      await s.panel().locator('#answer').press('Control+Enter');
      await s.panel().locator('#ack').waitFor();
      await assertNoSerious(session, `session: a question after an acknowledgment, ${theme}`);
      while (!(await s.panel().locator('main#app[data-step="action"]').count())) {
        await s.panel().locator('#skip').click();
        await s.page.waitForTimeout(300);
      }
      await assertNoSerious(session, `session: next step, ${theme}`);
      await s.panel().locator('#action-text').fill('Ask for a review rota');
      await s.panel().locator('#action-text').press('Control+Enter');
      await s.step('review');
      await assertNoSerious(session, `session: review, ${theme}`);
      await s.panel().locator('#save').click();
      await s.step('saved');
      await assertNoSerious(session, `session: saved, ${theme}`);

      await runCommand(s.page, 'Coach: Open Team Review');
      const review = await appFrame(s.page, 'main#app[data-state="ready"]');
      await review.locator('#areas summary').first().click();
      await assertNoSerious(review, `Team Review with an area open, ${theme}`);
    });
  }

  it('a whole session with the keyboard alone: focus follows the reading order and the coach is announced', async () => {
    dir = await areaWorkspace();
    s = await openSession({ workspace: dir });
    await commandByKeyboard(s.page, 'Coach: Start Reflection');
    await s.step('kind');
    const frame = await appFrame(s.page, 'main#app[data-step]');
    assert.equal(await focused(frame), 'kind-technical', 'focus starts on the first choice');
    await assertFocusFollowsReading(s, frame, 'kind');
    await tabTo(s, frame, 'kind-procedural');
    await s.page.keyboard.press('Enter');

    await s.step('question');
    assert.equal(await focused(frame), 'answer', 'focus lands in the answer box');
    const described = (await frame.locator('#answer').getAttribute('aria-describedby'))?.split(' ') ?? [];
    assert.deepEqual(described.slice(0, 2), ['progress', 'question'], 'the answer box is described by the progress and the question');
    await s.page.keyboard.type('Reviews of the login change wait two days');
    await s.page.keyboard.press('Control+Enter');

    // The acknowledgment is spoken through a polite live region that the redraw does not replace.
    const ack = (await frame.locator('#ack').textContent())?.trim() ?? '';
    assert.ok(ack, 'the coach acknowledged the answer');
    const region = frame.locator('body > #announcer');
    assert.equal(await region.getAttribute('aria-live'), 'polite');
    assert.equal(await frame.locator('main#app #announcer').count(), 0, 'the region is outside the redrawn page');
    await frame.locator('body > #announcer', { hasText: ack }).waitFor();

    await assertFocusFollowsReading(s, frame, 'question');
    await tabTo(s, frame, 'skip');
    await s.page.keyboard.press('Enter');
    await frame.locator('#progress', { hasText: /Question 3 of/ }).waitFor();
    for (let i = 0; !(await frame.locator('main#app[data-step="action"]').count()); i++) {
      assert.equal(await focused(frame), 'answer');
      await s.page.keyboard.type(`Answer ${i + 3}: I will ask Kim for a review rota on Monday`);
      await s.page.keyboard.press('Control+Enter');
      await s.page.waitForTimeout(400);
    }

    await s.step('action');
    assert.equal(await focused(frame), 'action-text');
    await assertFocusFollowsReading(s, frame, 'next step');
    await s.page.keyboard.press('Tab');
    assert.equal(await focused(frame), 'action-owner');
    await s.page.keyboard.type('Ada Tester');
    await s.page.keyboard.press('Control+Enter');

    await s.step('review');
    assert.equal(await focused(frame), 'save');
    await assertFocusFollowsReading(s, frame, 'review');
    await s.page.keyboard.press('Enter');
    await s.step('saved');
    await frame.locator('body > #announcer', { hasText: /^Saved\. Your reflection is in \.coaching\/reflections\/.+\.yaml\./ }).waitFor();
    assert.equal(await focused(frame), 'start-another');

    const saved = (await frame.locator('#saved-path').textContent())?.trim() ?? '';
    const parsed = parseReflection(await fs.readFile(path.join(s.workspace, saved), 'utf8'));
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    assert.equal(parsed.reflection.exchanges[0].answer, 'Reviews of the login change wait two days');
    assert.equal(parsed.reflection.actions[0]?.owner, 'Ada Tester');
  });

  it('the Team Review’s filters and areas with the keyboard alone', async () => {
    dir = await areaWorkspace();
    s = await openSession({ workspace: dir });
    await commandByKeyboard(s.page, 'Coach: Open Team Review');
    const frame = await appFrame(s.page, 'main#app[data-state="ready"]');
    const count = () => frame.locator('#count-reflections').textContent();
    assert.equal(await count(), String(TEAM.length));
    await s.page.keyboard.press('Tab');
    assert.equal(await focused(frame), 'filter-from', 'the first stop is the period');
    await assertFocusFollowsReading(s, frame, 'Team Review');

    await tabTo(s, frame, 'filter-friction');
    await s.page.keyboard.press('ArrowDown');
    await frame.locator('#count-reflections', { hasText: /^2$/ }).waitFor();
    await frame.locator('body > #announcer', { hasText: '2 reflections in the period' }).waitFor();
    assert.equal(await focused(frame), 'filter-friction', 'focus stays on the filter after the redraw');
    await s.page.keyboard.press('ArrowUp');
    await frame.locator('#count-reflections', { hasText: new RegExp(`^${TEAM.length}$`) }).waitFor();

    await s.page.keyboard.press('Tab');
    assert.equal(await focused(frame), 'filter-author');
    await s.page.keyboard.press('ArrowDown');
    await frame.locator('#count-reflections', { hasText: /^2$/ }).waitFor();
    await s.page.keyboard.press('ArrowUp');
    await frame.locator('#count-reflections', { hasText: new RegExp(`^${TEAM.length}$`) }).waitFor();

    // The period, typed into the date field's parts in the order the browser's locale shows them.
    // Shift+Tab enters a date field at its calendar button, behind its three parts: three more reach the first.
    const order = await frame.evaluate(() => new Intl.DateTimeFormat((globalThis as unknown as { navigator: { language: string } }).navigator.language)
      .formatToParts(new Date(2026, 10, 26)).map((p) => p.type).filter((t) => t === 'day' || t === 'month' || t === 'year'));
    const typeFrom = async (date: string) => {
      await tabTo(s, frame, 'filter-from', 'Shift+Tab');
      for (let i = 0; i < order.length; i++) await s.page.keyboard.press('Shift+Tab');
      assert.equal(await focused(frame), 'filter-from');
      const [year, month, day] = date.split('-');
      await s.page.keyboard.type(order.map((part) => ({ year, month, day })[part as 'year' | 'month' | 'day']).join(''));
      await frame.waitForFunction((want) => (globalThis as unknown as BrowserGlobals).document.querySelector('#filter-from')?.value === want, date);
    };
    await typeFrom(daysAgo(3));
    await frame.locator('#count-reflections', { hasText: /^1$/ }).waitFor();
    await s.page.keyboard.press('Tab');
    await typeFrom(daysAgo(27));
    await frame.locator('#count-reflections', { hasText: new RegExp(`^${TEAM.length}$`) }).waitFor();

    // Friction by area: the most named area first; Enter opens it, and its reflections open in the editor.
    assert.equal((await frame.locator('#area-0-summary').textContent())?.replace(/\s+/g, ' '), 'Folder: src/auth/3 reflections · Technical 1, Procedural 1, Cultural 1');
    await tabTo(s, frame, 'area-0-summary');
    await s.page.keyboard.press('Enter');
    await frame.locator('#area-0[open]').waitFor();
    // The section alone, for the README.
    await frame.locator('#areas').screenshot({ path: path.join(screenshotDir, '24-friction-by-area.png') });
    await s.page.keyboard.press('Tab');
    assert.equal(await focused(frame), 'area-0-file-0');
    await s.page.keyboard.press('Enter');
    await s.page.locator('.tab', { hasText: `${daysAgo(2)}-aaaa1111.yaml` }).waitFor();
  });
});
