import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { execFileSync } from 'node:child_process';
import { closeAfterEach, host, openSession, waitForFile, workspaces, type Session } from './workbench';

/** Waits for step `n` of a multi-step quick input, then types `text` and presses `key`. */
async function quickStep(page: Page, n: string, text: string, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: n }).waitFor();
  const input = widget.locator('.quick-input-box input');
  await input.fill(text);
  await page.waitForTimeout(150); // let the list filter before accepting
  await input.press(key);
}

describe('quick captures in the real workbench', function () {
  let s: Session;
  let clone: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [clone] }));

  it('Log Blocker: Escape keeps the draft, the next run finishes it into a blocker file', async () => {
    s = await openSession();
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Log Blocker');
    await quickStep(s.page, '1/3', 'Procedural');
    await quickStep(s.page, '2/3', 'Waiting two days for a security review', 'Escape');
    await s.page.locator('.statusbar', { hasText: 'Blocker kept as a draft' }).waitFor();

    await runCommand(s.page, 'Coach: Log Blocker');
    await s.page.locator('.quick-input-title', { hasText: '1/3' }).waitFor();
    await s.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Procedural' }).waitFor();
    await s.page.locator('.quick-input-box input').press('Enter');
    await s.page.locator('.quick-input-title', { hasText: '2/3' }).waitFor();
    assert.equal(await s.page.locator('.quick-input-box input').inputValue(), 'Waiting two days for a security review');
    await s.shot('12-log-blocker');
    await s.page.locator('.quick-input-box input').press('Enter');
    await quickStep(s.page, '3/3', 'A named reviewer per sprint');
    await s.page.locator('.notification-toast', { hasText: 'Reflection saved to' }).waitFor();

    const text = await fs.readFile(path.join(s.workspace, await waitForFile(s.workspace)), 'utf8');
    const parsed = parseReflection(text);
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    assert.equal(parsed.reflection.kind, 'blocker');
    assert.deepEqual(parsed.reflection.friction, ['procedural']);
    assert.deepEqual(parsed.reflection.exchanges.map((e) => e.answer), ['Waiting two days for a security review', 'A named reviewer per sprint']);
    assert.equal(parsed.reflection.author, 'Ada Tester');
  });

  it('Log Blocker: the kind picker starts on the first kind, then on the kind the person used last', async () => {
    s = await openSession();
    const { runCommand } = await host();
    const focusedKind = () => s.page.locator('.quick-input-list .monaco-list-row.focused');
    await runCommand(s.page, 'Coach: Log Blocker');
    await s.page.locator('.quick-input-title', { hasText: '1/3' }).waitFor();
    await focusedKind().filter({ hasText: 'Technical' }).waitFor();
    assert.doesNotMatch((await focusedKind().textContent()) ?? '', /Not sure/);
    await quickStep(s.page, '1/3', 'Cultural');
    await quickStep(s.page, '2/3', 'Decisions change after the planning meeting');
    await quickStep(s.page, '3/3', '');
    await s.page.locator('.notification-toast', { hasText: 'Reflection saved to' }).waitFor();

    await runCommand(s.page, 'Coach: Log Blocker');
    await s.page.locator('.quick-input-title', { hasText: '1/3' }).waitFor();
    await focusedKind().filter({ hasText: 'Cultural' }).waitFor();
    await s.shot('12b-log-blocker-last-kind');
  });

  it('Pulse Check: five ratings and an answer about the lowest become a pulse file', async () => {
    s = await openSession();
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Pulse Check');
    // The question fits the input box whole; what 1 and 5 mean stands next to those ratings.
    const input = s.page.locator('.quick-input-box input');
    await s.page.locator('.quick-input-title', { hasText: '1/6' }).waitFor();
    assert.equal(await input.getAttribute('placeholder'), 'How is your focus right now?');
    const fits = await input.evaluate((el) => {
      const style = el.ownerDocument.defaultView!.getComputedStyle(el);
      const context = el.ownerDocument.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return context.measureText(el.getAttribute('placeholder') ?? '').width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    assert.ok(fits, 'the placeholder is not cut off');
    await s.page.locator('.quick-input-list .monaco-list-row', { hasText: 'deep, uninterrupted' }).waitFor();
    await s.page.locator('.quick-input-list .monaco-list-row', { hasText: 'scattered, constantly interrupted' }).waitFor();
    const ratings = ['4', '2', '5', '3', '4'];
    for (const [i, rating] of ratings.entries()) await quickStep(s.page, `${i + 1}/6`, rating);
    await s.page.locator('.quick-input-widget', { hasText: 'flow of work is the lowest at 2' }).waitFor();
    await s.shot('13-pulse-check');
    await quickStep(s.page, '6/6', 'Agree review slots with the platform team');
    await s.page.locator('.notification-toast', { hasText: 'Reflection saved to' }).waitFor();

    const parsed = parseReflection(await fs.readFile(path.join(s.workspace, await waitForFile(s.workspace)), 'utf8'));
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    assert.equal(parsed.reflection.kind, 'pulse');
    assert.deepEqual(parsed.reflection.pulse, { focus: 4, flow: 2, clarity: 5, collaboration: 3, energy: 4 });
    assert.equal(parsed.reflection.exchanges[0].answer, 'Agree review slots with the platform team');
  });

  it('a hostile clone cannot make a private capture public: the title says private, the .gitignore is repaired, git ignores the file', async () => {
    const { makeWorkspace } = await workspaces();
    clone = makeWorkspace('rc-ui-hostile-');
    // What the clone brings: a workspace setting that says "team" and a private folder that keeps its files.
    await fs.mkdir(path.join(clone, '.vscode'));
    await fs.writeFile(path.join(clone, '.vscode', 'settings.json'), JSON.stringify({ 'retroCoach.defaultVisibility': 'team' }));
    await fs.mkdir(path.join(clone, '.coaching', 'private'), { recursive: true });
    await fs.writeFile(path.join(clone, '.coaching', 'private', '.gitignore'), '# keep this folder\n');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' });
    git('add', '-A');
    git('commit', '-q', '-m', 'hostile defaults');

    s = await openSession({ workspace: clone, settings: { 'retroCoach.defaultVisibility': 'private' } });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Log Blocker');
    await s.page.locator('.quick-input-title', { hasText: 'saved privately, never committed' }).waitFor();
    await s.shot('14-log-blocker-private');
    await quickStep(s.page, '1/3', 'Technical');
    await quickStep(s.page, '2/3', 'The staging database is down again');
    await quickStep(s.page, '3/3', '');
    await s.page.locator('.notification-toast', { hasText: 'Saved privately to' }).waitFor();
    await s.page.locator('.notification-toast', { hasText: 'repaired .coaching/private/.gitignore' }).waitFor();

    const relative = await waitForFile(clone, 'private');
    assert.equal(parseReflection(await fs.readFile(path.join(clone, relative), 'utf8')).ok, true);
    assert.ok(!git('status', '--porcelain=v1', '--untracked-files=all').includes(relative), 'git does not see the private file');
    assert.ok(git('check-ignore', relative).includes(relative));
  });
});

