import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { blockerReflection, pulseReflection } from '../../src/core/coach/quickCaptures';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { reflection, teamWorkspace } from './fixtures';
import { closeAfterEach, host, openSession, setReviewPeriod, type Session } from './workbench';

describe('Team Review panel, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  async function openReview(state = 'ready'): Promise<void> {
    const { runCommand } = await host();
    await runCommand(s.page, 'Coach: Open Team Review');
    await s.panel().locator(`main#app[data-state="${state}"]`).waitFor({ timeout: 30_000 });
  }

  const setPeriod = (from: string, to: string) => setReviewPeriod(s, from, to);

  const count = (id: string) => s.panel().locator(`#${id}`);

  it('shows counts and charts for the chosen period, refreshes live, and opens an action at its line', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    await openReview();
    await setPeriod('2026-09-28', '2026-10-25');
    await count('count-reflections').filter({ hasText: /^2$/ }).waitFor();
    assert.equal(await count('count-open-actions').textContent(), '2');
    assert.equal(await count('count-overdue').textContent(), '1');
    assert.ok(await s.panel().locator('#friction-chart rect.bar').count() > 0, 'the friction chart has a bar');
    assert.match((await s.panel().locator('#friction-chart').getAttribute('aria-label')) ?? '', /2 reflections/);
    await s.panel().locator('#owners', { hasText: 'Split the integration suite' }).waitFor();
    const { runCommand } = await host();
    await runCommand(s.page, 'Notifications: Clear All Notifications').catch(() => undefined);
    await s.shot('20-team-review');

    // A teammate's reflection arrives (a pull, say): the panel counts it without reopening.
    const folder = path.join(dir, '.coaching', 'reflections', '2026', '10');
    await fs.writeFile(path.join(folder, '2026-10-06-docs-dddd4444.yaml'),
      serializeReflection(reflection('dddd4444', 'Kim Writer', '2026-10-06T09:00:00+02:00', { text: 'Write the on-call guide', owner: 'Kim Writer' })));
    await count('count-reflections').filter({ hasText: /^3$/ }).waitFor({ timeout: 30_000 });
    assert.equal(await count('count-open-actions').textContent(), '3');

    // The author filter offers named authors and narrows the counts.
    await s.panel().locator('#filter-author').selectOption('Kim Writer');
    await count('count-reflections').filter({ hasText: /^1$/ }).waitFor();
    await s.panel().locator('#filter-author').selectOption('');
    await count('count-reflections').filter({ hasText: /^3$/ }).waitFor();

    await s.panel().locator('#owners button.link', { hasText: 'Split the integration suite' }).click();
    await s.page.locator('.tab', { hasText: '2026-10-01-split-aaaa1111.yaml' }).waitFor();
    const line = await s.page.locator('.statusbar-item[id="status.editor.selection"]').textContent();
    assert.match(line ?? '', /Ln 1[0-9],/, `the cursor is on the action's id line (${line})`);
  });

  /** The team workspace with four weeks of pulse checks and a blocker that recurs (Ada, Sam and someone anonymous). */
  async function richWorkspace(): Promise<string> {
    const root = await teamWorkspace();
    const folder = path.join(root, '.coaching', 'reflections', '2026', '10');
    const write = (name: string, r: Parameters<typeof serializeReflection>[0]) => fs.writeFile(path.join(folder, name), serializeReflection(r));
    const pulses: Array<[string, Record<string, number>]> = [
      ['2026-10-01', { focus: 4, flow: 2, clarity: 3, collaboration: 4, energy: 3 }],
      ['2026-10-08', { focus: 3, flow: 2, clarity: 4, collaboration: 4, energy: 2 }],
      ['2026-10-15', { focus: 2, flow: 3, clarity: 4, collaboration: 5, energy: 2 }],
      ['2026-10-22', { focus: 3, flow: 4, clarity: 4, collaboration: 4, energy: 3 }],
    ];
    for (const [i, [day, ratings]] of pulses.entries()) {
      await write(`${day}-pulse-pppp000${i}.yaml`, pulseReflection({ ratings, answer: '' }, { id: `pppp000${i}`, created: `${day}T17:00:00+02:00`, author: 'Ada Tester', visibility: 'team' }));
    }
    await write('2026-10-09-flaky-eeee5555.yaml', blockerReflection({ kind: 'technical', blocker: 'The flaky integration suite failed again and blocked the merge queue', unblock: '' },
      { id: 'eeee5555', created: '2026-10-09T11:00:00+02:00', author: 'Sam Reviewer', visibility: 'team' }));
    await write('2026-10-14-flaky-ffff6666.yaml', blockerReflection({ kind: 'procedural', blocker: 'Merge queue stuck behind the flaky integration suite for hours', unblock: '' },
      { id: 'ffff6666', created: '2026-10-14T11:00:00+02:00', visibility: 'anonymous' }));
    return root;
  }

  it('draws pulse trends, recurring blockers and anonymous reflections in a dark theme', async () => {
    dir = await richWorkspace();
    s = await openSession({ workspace: dir, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
    await openReview();
    await setPeriod('2026-09-28', '2026-10-25');
    await count('count-reflections').filter({ hasText: /^8$/ }).waitFor();
    assert.ok(await s.panel().locator('#pulse-chart polyline').count() > 0, 'the pulse chart has lines');
    await s.panel().locator('#blockers li.blocker').first().waitFor();
    const authors = await s.panel().locator('#filter-author option').allTextContents();
    assert.deepEqual(authors, ['Everyone', 'Ada Tester', 'Sam Reviewer'], 'anonymous reflections are never offered as an author');
    const { runCommand } = await host();
    await runCommand(s.page, 'Notifications: Clear All Notifications').catch(() => undefined);
    await s.shot('21-team-review-dark');
    await s.panel().locator('#owners').scrollIntoViewIfNeeded();
    await s.shot('21-team-review-dark-lists');
  });

  it('fits a panel 700 px wide: no sideways scroll, chart labels at least 11 px', async () => {
    dir = await richWorkspace();
    // One word as long as a line: texts from files must wrap, not widen the page.
    await fs.writeFile(path.join(dir, '.coaching', 'reflections', '2026', '10', '2026-10-20-long-gggg7777.yaml'),
      serializeReflection(reflection('gggg7777', 'Kim Writer', '2026-10-20T09:00:00+02:00', { text: `Rename ${'x'.repeat(180)}`, owner: 'Kim Writer' })));
    s = await openSession({ workspace: dir });
    await openReview();
    await setPeriod('2026-09-28', '2026-10-25');
    await count('count-reflections').filter({ hasText: /^9$/ }).waitFor();
    const body = s.panel().locator('body');
    const panelWidth = () => body.evaluate((b) => b.ownerDocument.defaultView!.innerWidth);
    for (let i = 0; i < 4 && Math.abs((await panelWidth()) - 700) > 1; i++) {
      const viewport = s.page.viewportSize() ?? { width: 1280, height: 860 };
      await s.page.setViewportSize({ width: viewport.width + 700 - (await panelWidth()), height: viewport.height });
      await s.page.waitForTimeout(500);
    }
    assert.ok(Math.abs((await panelWidth()) - 700) <= 1, `the panel is ${await panelWidth()} px wide`);
    await s.panel().locator('#blockers li.blocker').first().waitFor();
    const layout = await body.evaluate((b) => {
      const doc = b.ownerDocument;
      // Shown size = the font size in SVG units × how much the chart is scaled from its viewBox.
      const labels = [...doc.querySelectorAll('svg.chart text')].map((text) => {
        const svg = text.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        return parseFloat(doc.defaultView!.getComputedStyle(text).fontSize) * scale;
      });
      return { scrollWidth: doc.documentElement.scrollWidth, clientWidth: doc.documentElement.clientWidth, labels };
    });
    assert.ok(layout.scrollWidth <= layout.clientWidth, `no sideways scroll: ${layout.scrollWidth} px of content in ${layout.clientWidth} px`);
    assert.ok(layout.labels.length > 10, `the charts have labels (${layout.labels.length})`);
    assert.ok(layout.labels.every((px) => px >= 11 - 0.01), `every chart label is at least 11 px: ${layout.labels.map((px) => px.toFixed(1)).join(', ')}`);
    const { runCommand } = await host();
    await runCommand(s.page, 'Notifications: Clear All Notifications').catch(() => undefined);
    await s.shot('23-team-review-700px');
    await s.panel().locator('#owners').scrollIntoViewIfNeeded();
    await s.shot('23-team-review-700px-lists');
  });

  it('draws again with the same filters after being hidden and shown', async () => {
    dir = await teamWorkspace();
    s = await openSession({ workspace: dir });
    await openReview();
    await setPeriod('2026-09-28', '2026-10-25');
    await count('count-reflections').filter({ hasText: /^2$/ }).waitFor();
    const { runCommand } = await host();
    // Another editor in the same group hides the panel; its page is torn down (no retained context).
    await runCommand(s.page, 'File: New Untitled Text File');
    await s.page.locator('.tab', { hasText: 'Untitled-1' }).waitFor();
    await s.page.locator('.tab', { hasText: 'Team Review' }).click();
    await s.panel().locator('main#app[data-state="ready"]').waitFor();
    await count('count-reflections').filter({ hasText: /^2$/ }).waitFor();
    assert.equal(await s.panel().locator('#filter-from').inputValue(), '2026-09-28');
  });

  it('says so when there are no reflections and offers to start one', async () => {
    s = await openSession();
    await openReview('empty');
    const empty = s.panel().locator('#empty');
    await empty.waitFor();
    await s.shot('22-team-review-empty');
    await s.panel().locator('#start-reflection').click();
    await s.page.locator('.tab', { hasText: 'Retro Coach' }).waitFor();
  });
});
