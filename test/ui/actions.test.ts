import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Reflection } from '../../src/core/model/reflection';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { reflection, teamWorkspace } from './fixtures';
import { closeAfterEach, host, openSession, type Session } from './workbench';

async function followUps(dir: string): Promise<Reflection[]> {
  const root = path.join(dir, '.coaching', 'reflections');
  const files = (await fs.readdir(root, { recursive: true })).filter((f) => f.endsWith('.yaml'));
  const parsed = await Promise.all(files.map(async (f) => parseReflection(await fs.readFile(path.join(root, f), 'utf8'))));
  return parsed.flatMap((p) => (p.ok && p.reflection.kind === 'follow-up' ? [p.reflection] : []));
}

describe('actions that come back, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('Show Open Actions lists yours and the team’s; Done writes a follow-up and the action leaves the list', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Show Open Actions');
    const widget = s.page.locator('.quick-input-widget');
    const mine = widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Split the integration suite' });
    await mine.waitFor();
    assert.match((await mine.textContent()) ?? '', /overdue by \d+ d \(due 2026-10-15\)/);
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Book a review rota' }).waitFor();
    const rows = (await widget.locator('.quick-input-list .monaco-list-row').allTextContents()).join(' | ');
    // Each group's first row carries its separator label.
    assert.match(rows, /^Split the integration suite.*Yours \| Book a review rota.*Team$/, rows);
    // The broken file is reported, and does not hide the others.
    await s.page.locator('.notification-toast', { hasText: /Retro Coach found a problem in .*\.coaching\/reflections\/.*, line \d+/ }).waitFor();
    await s.shot('15-open-actions');

    await mine.hover();
    await mine.locator('.action-label.codicon-check').click();
    const input = widget.locator('.quick-input-box input');
    await widget.locator('.quick-input-message, .quick-input-title', { hasText: /What happened|Follow up/ }).first().waitFor();
    await input.fill('Merged, CI is at 9 minutes');
    await input.press('Enter');

    const deadline = Date.now() + 15_000;
    let ups: Reflection[] = [];
    while (!(ups = await followUps(dir)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(ups.map((r) => r.updates), [[{ action: 'aaaa1111-a1', status: 'done', note: 'Merged, CI is at 9 minutes' }]]);
    assert.equal(ups[0].author, 'Ada Tester');

    await s.page.waitForTimeout(1500); // the list refreshes from the file watcher
    await runCommand(s.page, 'Coach: Show Open Actions');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Book a review rota' }).waitFor();
    assert.equal(await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Split the integration suite' }).count(), 0);
  });

  it('Show Open Actions keeps owner and due date in sight when the action’s text is long', async () => {
    dir = await teamWorkspace();
    const long = 'Write the runbook for restoring the staging database from last night’s snapshot, including the audit table the migration script keeps failing on';
    await fs.writeFile(path.join(dir, '.coaching', 'reflections', '2026', '10', '2026-10-04-runbook-dddd4444.yaml'),
      serializeReflection(reflection('dddd4444', 'Sam Reviewer', '2026-10-04T10:00:00+02:00', { text: long, owner: 'Sam Reviewer', due: '2099-01-15' })));
    s = await openSession({ workspace: dir });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Show Open Actions');
    const row = s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Write the runbook' });
    await row.waitFor();
    await s.shot('15b-open-actions-long');
    // Owner and due date stand on the row's second line, inside what the row shows, before the file's path.
    const shown = await row.evaluate((el) => {
      const doc = el.ownerDocument;
      const SHOW_TEXT = 4;
      const detail = el.querySelector('.quick-input-list-detail, .quick-input-list-label-meta');
      if (!detail) return { text: '', visible: [] as string[] };
      const box = detail.getBoundingClientRect();
      const visible: string[] = [];
      const walker = doc.createTreeWalker(detail, SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const part of ['owner: Sam Reviewer', 'due 2099-01-15']) {
          const at = node.textContent?.indexOf(part) ?? -1;
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + part.length);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.right <= box.right + 1) visible.push(part);
        }
      }
      return { text: detail.textContent ?? '', visible };
    });
    assert.deepEqual(shown.visible, ['owner: Sam Reviewer', 'due 2099-01-15'], `detail line: ${shown.text}`);
  });

  it('asks back about your open action before a new session', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Start Reflection');
    const widget = s.page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: 'Last time you said you would “Split the integration suite” (due 2026-10-15). What happened?' }).waitFor();
    await s.shot('16-asked-back');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Still on it' }).click();
    const input = widget.locator('.quick-input-box input');
    await widget.locator('.quick-input-message', { hasText: 'Still on it. What happened?' }).waitFor();
    await input.fill('Halfway: the slow tests are split out');
    await input.press('Enter');
    await s.step('kind');
    const ups = await followUps(dir);
    assert.deepEqual(ups.map((r) => r.updates?.[0].status), ['open']);

    // The broken file is a diagnostic in the Problems panel, on its own file and line.
    const { focusWorkbench } = await host();
    await focusWorkbench(s.page);
    await s.page.keyboard.press('Control+Shift+M');
    const marker = s.page.locator('.markers-panel .monaco-list-row', { hasText: 'YAML syntax' });
    await marker.waitFor();
    assert.match((await s.page.locator('.markers-panel').textContent()) ?? '', /2026-10-03-broken-cccc3333\.yaml/);
    await s.shot('17-problems');
  });
});
