import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { closeAfterEach, answer, host, openSession, skipRest, waitForFile, workspaces, type Session } from './workbench';

const START = 'Coach: Start Reflection';

describe('where reflections go, in the real workbench', function () {
  let s: Session;
  const cleanup: string[] = [];
  closeAfterEach(() => ({ session: s, dirs: cleanup.splice(0) }));

  it('with no folder open, says why and offers to open one', async () => {
    s = await openSession({ workspace: null });
    const { runCommand } = await host();
    await runCommand(s.page, START);
    const toast = s.page.locator('.notification-toast', { hasText: "saves reflections in a repository's .coaching folder" });
    await toast.waitFor();
    await toast.locator('.monaco-button', { hasText: 'Open Folder' }).waitFor();
    await s.shot('09-no-folder');
    assert.equal(await s.page.locator('.tab', { hasText: 'Retro Coach' }).count(), 0, 'no panel without a folder');
  });

  it('in a multi-root workspace, asks which folder and saves there', async () => {
    const { makeWorkspace } = await workspaces();
    const [api, web] = [makeWorkspace('rc-api-'), makeWorkspace('rc-web-')];
    cleanup.push(api, web);
    const file = path.join(path.dirname(api), `rc-multi-${path.basename(api)}.code-workspace`);
    await fs.writeFile(file, JSON.stringify({ folders: [{ path: api, name: 'api' }, { path: web, name: 'web' }] }));
    cleanup.push(file);
    s = await openSession({ workspaceFile: file });
    const { runCommand } = await host();
    await runCommand(s.page, START);
    const picker = s.page.locator('.quick-input-widget');
    await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'web' }).waitFor();
    await s.shot('10-pick-folder');
    await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'web' }).click();
    await s.step('kind');
    assert.match((await s.panel().locator('.folder').textContent()) ?? '', /Saving to web\/\.coaching/);
    await s.panel().locator('#kind-cultural').click();
    await s.step('question');
    await answer(s, 'Two teams, two definitions of done', 1);
    await skipRest(s, 2);
    await s.step('action');
    await s.panel().locator('#skip-action').click();
    await s.step('review');

    // Discard asks first; cancelling keeps everything.
    await s.panel().locator('#discard').click();
    const dialog = s.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await s.shot('11-discard-confirm');
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await s.step('review');

    await s.panel().locator('#save').click();
    await s.step('saved');
    assert.match(await waitForFile(web), /^\.coaching\/reflections\//);
    assert.equal((await fs.readdir(api)).includes('.coaching'), false, 'nothing written to the other folder');
  });
});
