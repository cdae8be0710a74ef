import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeHostileCorpus, OUTSIDE_MARKER } from '../fixtures/hostile/make';
import { closeAfterEach, host, openSession, setReviewPeriod, type Session } from './workbench';

/**
 * A clone whose .coaching/ was written by an attacker (test/fixtures/hostile: deep nesting,
 * alias bombs, links to /dev/zero and outside the repository, FIFOs, escape sequences in
 * names, markup in answers), opened in the real workbench: the extension host survives,
 * every view renders, broken files are problems, good files count, nothing runs or leaks.
 */
describe('a hostile clone, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  async function hostileWorkspace(): Promise<string> {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-ui-hostile-'));
    const { root } = await makeHostileCorpus(dir, { linkTeamFiles: true });
    for (const args of [['init', '-q'], ['config', 'user.name', 'Ada Tester'], ['config', 'user.email', 'ada@example.invalid']]) {
      execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    }
    return root;
  }

  it('keeps the tree views and the Team Review alive, lists the broken files as problems and shows nothing from outside', async () => {
    const root = await hostileWorkspace();
    s = await openSession({ workspace: root });
    const dialogs: string[] = [];
    s.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });

    await s.page.locator('.activitybar .action-item a[aria-label^="Retro Coach"]').click();
    const sidebar = s.page.locator('.part.sidebar');
    await sidebar.locator('.pane-header', { hasText: 'Reflections' }).waitFor();
    await sidebar.locator('.monaco-list-row', { hasText: '2026-W45' }).waitFor({ timeout: 30_000 });
    await s.page.locator('.pane-header', { hasText: 'Problems' }).click();
    const problemRows = sidebar.locator('.pane', { has: s.page.locator('.pane-header', { hasText: 'Problems' }) }).locator('.monaco-list-row');
    await problemRows.nth(4).waitFor({ timeout: 30_000 });
    await s.shot('30-hostile-problems');

    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Open Team Review');
    const app = s.panel().locator('main#app[data-state="ready"]');
    await app.waitFor({ timeout: 60_000 });
    await setReviewPeriod(s, '2026-11-01', '2026-12-31');
    await s.panel().locator('#count-reflections').filter({ hasText: /^[1-9]\d*$/ }).waitFor({ timeout: 30_000 });
    await s.shot('31-hostile-review');

    const reviewText = await s.panel().locator('body').innerText();
    const workbenchText = await s.page.locator('body').innerText();
    for (const [where, text] of [['review', reviewText], ['workbench', workbenchText]] as const) {
      assert.ok(!text.includes(OUTSIDE_MARKER), `the ${where} shows content from outside the repository`);
      assert.ok(!/Maximum call stack|out of memory|RangeError/i.test(text), `the ${where} shows an engine message`);
      // eslint-disable-next-line no-control-regex -- looking for exactly these characters
      assert.ok(!/[\u0000-\u0008\u001b\u202a-\u202e\u2066-\u2069]/.test(text), `the ${where} shows raw control or bidi characters`);
    }
    assert.equal(await s.panel().locator('[onerror], [onload], [onclick], img, iframe, object, embed').count(), 0, 'no markup from a file became an element of the review page');
    assert.deepEqual(dialogs, [], 'nothing in a file opened a dialog');

    // The extension host is still alive: a command after all that still answers.
    await runCommand(s.page, 'Coach: Refresh');
    await s.page.locator('.tab', { hasText: 'Team Review' }).waitFor();
    await problemRows.nth(4).waitFor({ timeout: 30_000 });
  });
});
