import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { teamWorkspace } from './fixtures';
import { closeAfterEach, host, openSession, type Session } from './workbench';

describe('Restricted Mode, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('reads reflections into the views, and says why saving, sharing and history are off', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir, workspaceTrust: true, settings: { 'security.workspace.trust.startupPrompt': 'never' } });
    await s.page.locator('.statusbar', { hasText: 'Restricted Mode' }).waitFor();

    // Reading works: the tree view lists the committed reflections.
    await s.page.locator('.activitybar .action-item a[aria-label^="Retro Coach"]').click();
    await s.page.locator('.part.sidebar .monaco-list-row', { hasText: '2026-W40' }).waitFor();

    const { runCommand } = await host();
    const cases: Array<[string, string]> = [
      ['Coach: Start Reflection', 'Start Reflection saves a reflection, which runs git; Retro Coach runs no git in Restricted Mode.'],
      ['Coach: Log Blocker', 'Log Blocker saves a reflection, which runs git; Retro Coach runs no git in Restricted Mode.'],
      ['Coach: Share Anonymous Reflections', 'Share Anonymous Reflections runs git, which Retro Coach does not do in Restricted Mode.'],
      ['Coach: Show History', 'Show History runs git, which Retro Coach does not do in Restricted Mode.'],
    ];
    for (const [command, message] of cases) {
      await runCommand(s.page, command);
      const toast = s.page.locator('.notification-toast', { hasText: message });
      await toast.waitFor();
      await toast.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).waitFor();
      // One toast at a time: VS Code shows only a few at once, so a later one could hide behind them.
      await toast.hover();
      await toast.locator('.codicon-notifications-clear').click();
      await toast.waitFor({ state: 'detached' });
    }
    await s.shot('30-restricted-mode');
    assert.equal(await fs.stat(path.join(dir, '.coaching', 'private')).then(() => true, () => false), false, 'nothing was saved');
  });
});
