import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { teamWorkspace } from './fixtures';
import { closeAfterEach, host, openSession, type Session } from './workbench';

describe('retro export, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('exports a Markdown summary of a chosen period and saves it to .coaching/summaries', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Export Retro Summary');
    const widget = s.page.locator('.quick-input-widget');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Custom range' }).click();
    const input = widget.locator('.quick-input-box input');
    await input.fill('2026-09-01..2026-10-31');
    await input.press('Enter');
    const toast = s.page.locator('.notification-toast', { hasText: 'Retro summary for 2026-09-01 – 2026-10-31 is open' });
    await toast.waitFor();
    await s.page.locator('.monaco-editor .view-lines', { hasText: 'Split the integration suite' }).waitFor();
    await s.shot('19-export');
    await toast.locator('.monaco-button', { hasText: 'Save to .coaching/summaries' }).click();
    const file = path.join(dir, '.coaching', 'summaries');
    const deadline = Date.now() + 10_000;
    let names: string[] = [];
    // Ignore the store's own temp file, which exists for a moment before the summary's name does.
    const summaries = async () => (await fs.readdir(file).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));
    while (!(names = await summaries()).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(names.length, 1);
    assert.match(names[0], /^\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = await fs.readFile(path.join(file, names[0]), 'utf8');
    assert.match(markdown, /Split the integration suite/);
    assert.match(markdown, /\]\(\.\.\/reflections\/2026\/10\/2026-10-01-split-aaaa1111\.yaml\)/, 'links are relative to the summary');
    assert.ok(markdown.includes('[2026-10-01-split-aaaa1111.yaml]('), 'file names read as written, without backslashes');
    assert.doesNotMatch(markdown, /\\-/, 'no escaped hyphens anywhere');

    // The saved file takes the untitled editor's place: nothing is left dirty, asking to be saved again.
    const savedTab = s.page.locator('.tabs-container .tab', { hasText: names[0] });
    await savedTab.waitFor();
    const tabs = s.page.locator('.tabs-container .tab');
    const deadlineTabs = Date.now() + 5_000;
    while ((await tabs.count()) > 1 && Date.now() < deadlineTabs) await s.page.waitForTimeout(100);
    assert.deepEqual(await tabs.allTextContents().then((t) => t.map((x) => x.trim())), [names[0]], 'the untitled copy is closed; only the saved summary is open');
    assert.equal(await s.page.locator('.tabs-container .tab.dirty').count(), 0, 'no dirty editor');
    assert.match((await savedTab.getAttribute('class')) ?? '', /\bactive\b/, 'the saved summary is the active editor');
    await s.shot('19b-export-saved');
  });
});
