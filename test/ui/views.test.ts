import * as assert from 'node:assert/strict';
import { teamWorkspace } from './fixtures';
import { closeAfterEach, openSession, type Session } from './workbench';

describe('the Retro Coach view container, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  async function openContainer(): Promise<void> {
    await s.page.locator('.activitybar .action-item a[aria-label^="Retro Coach"]').click();
    await s.page.locator('.pane-header', { hasText: 'Reflections' }).waitFor();
  }

  it('lists reflections by week, open actions by owner, and problems; a row opens its file', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    await openContainer();
    const tree = s.page.locator('.part.sidebar');
    await tree.locator('.monaco-list-row', { hasText: '2026-W40' }).waitFor();
    await tree.locator('.monaco-list-row', { hasText: 'Split the integration suite' }).first().waitFor();
    await tree.locator('.monaco-list-row', { hasText: 'Sam Reviewer' }).first().waitFor();
    const overdue = tree.locator('.pane', { hasText: 'Open Actions' }).locator('.monaco-list-row', { hasText: 'Split the integration suite' });
    assert.match((await overdue.textContent()) ?? '', /overdue \d+ d/);
    await s.page.locator('.pane-header', { hasText: 'Problems' }).click();
    await tree.locator('.monaco-list-row', { hasText: 'YAML syntax' }).waitFor();
    await s.shot('18-views');
    await overdue.click();
    await s.page.locator('.tab', { hasText: '2026-10-01-split-aaaa1111.yaml' }).waitFor();
    const line = await s.page.locator('.statusbar-item[id="status.editor.selection"]').textContent();
    assert.match(line ?? '', /Ln 1[0-9],/, `the cursor is on the action's id line (${line})`);
  });

  it('shows a welcome with a button to start the first reflection when .coaching is empty', async () => {
    s = await openSession();
    await openContainer();
    const welcome = s.page.locator('.welcome-view-content', { hasText: 'No reflections in .coaching yet' });
    await welcome.waitFor();
    await welcome.locator('.monaco-button', { hasText: 'Start your first reflection' }).click();
    await s.step('kind');
  });
});
