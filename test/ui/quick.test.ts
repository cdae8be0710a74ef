import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { closeAfterEach, host, openSession, waitForFile, type Session } from './workbench';

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
  closeAfterEach(() => ({ session: s }));

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

  it('Pulse Check: five ratings and an answer about the lowest become a pulse file', async () => {
    s = await openSession();
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Pulse Check');
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
});
