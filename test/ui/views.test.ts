import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { followUpReflection } from '../../src/core/model/actionState';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
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

  it('names a follow-up by what became of which action, in the action’s own words', async () => {
    dir = await teamWorkspace();
    const followUp = followUpReflection([{ action: 'aaaa1111-a1', status: 'done', note: 'CI is at 9 minutes' }], { id: 'ffff5555', created: '2026-10-05T10:00:00+02:00', author: 'Ada Tester', visibility: 'team' });
    await fs.writeFile(path.join(dir, '.coaching', 'reflections', '2026', '10', '2026-10-05-follow-up-ffff5555.yaml'), serializeReflection(followUp));
    s = await openSession({ workspace: dir });
    await openContainer();
    const tree = s.page.locator('.part.sidebar');
    await tree.locator('.monaco-list-row', { hasText: 'Done: Split the integration suite' }).waitFor();
    assert.equal(await tree.locator('.monaco-list-row', { hasText: 'aaaa1111-a1' }).count(), 0, 'no row names the action by its id');
    await s.shot('18b-views-follow-up');
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
