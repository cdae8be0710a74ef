import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { teamWorkspace } from './fixtures';
import { closeAfterEach, host, openSession, type Session } from './workbench';

describe('history, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('Show History lists commits to .coaching, filterable, and opens a file as it was in that commit', async () => {
    dir = await teamWorkspace();
    const git = (date: string, ...args: string[]) => execFileSync('git', args, {
      cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    git('2026-10-01T10:00:00+02:00', 'add', '.coaching/reflections/2026/10/2026-10-01-split-aaaa1111.yaml');
    git('2026-10-01T10:00:00+02:00', 'commit', '-q', '-m', 'first');
    git('2026-10-02T10:00:00+02:00', 'add', '.coaching/reflections/2026/10/2026-10-02-rota-bbbb2222.yaml');
    git('2026-10-02T10:00:00+02:00', 'commit', '-q', '-m', 'second');
    s = await openSession({ workspace: dir });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Show History');
    const widget = s.page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: '(2 changes)' }).waitFor({ timeout: 30_000 });
    const rows = await widget.locator('.quick-input-list .monaco-list-row').allTextContents();
    assert.match(rows[0], /2026-10-02-rota-bbbb2222\.yaml.*2026-10-02 · Ada Tester · added/);
    await s.shot('22-history');
    await widget.locator('.quick-input-box input').fill('split');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'split' }).first().waitFor();
    await widget.locator('.quick-input-box input').press('Enter');
    await s.page.locator('.tab', { hasText: '2026-10-01-split-aaaa1111.yaml' }).waitFor();
    await s.page.locator('.monaco-editor .view-lines', { hasText: 'Split the integration suite' }).first().waitFor();
  });
});
