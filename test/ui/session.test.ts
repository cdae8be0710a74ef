import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { closeAfterEach, answer, host, openSession, questionCount, reachReview, waitForDraftOnDisk, waitForFile, type Session } from './workbench';

const START = 'Coach: Start Reflection';

describe('coaching session in the real workbench', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  it('answers through the panel with the keyboard and writes a reflection that parses', async () => {
    s = await openSession();
    const { runCommand } = await host();
    await runCommand(s.page, START);
    await s.step('kind');
    await s.shot('01-kind');
    // Focus is on the first choice; "1" picks Technical.
    await s.panel().locator('#kind-technical').press('1');
    await s.step('question');

    const answers = [
      'CI green in under ten minutes — ünïcødé ✓',
      '# Flaky tests\n- the e2e suite\n: retries hide it | badly',
      'Quarantine the three worst tests',
      'Me, tomorrow morning',
    ];
    const total = await questionCount(s);
    assert.equal(total, 4);
    await s.shot('02-question');
    for (let i = 0; i < total; i++) {
      await answer(s, answers[i], i + 1);
      if (i === 0) {
        await s.panel().locator('#ack', { hasText: 'CI green in under ten minutes' }).waitFor();
        await s.shot('03-acknowledged');
      }
    }
    await s.step('action');
    assert.equal(await s.panel().locator('#action-text').evaluate((el) => el === el.ownerDocument.activeElement), true, 'focus lands in the next-step box');
    await s.panel().locator('#action-text').fill('Open a PR quarantining flaky tests');
    await s.panel().locator('#action-owner').fill('Ada Tester');
    await s.panel().locator('#action-due').fill('2026-12-01');
    await s.shot('04-action');
    await s.panel().locator('#action-text').press('Control+Enter');
    await s.step('review');
    await s.panel().locator('#visibility-team').check();
    await s.panel().locator('#friction-procedural').check();
    await s.shot('05-review');
    await s.panel().locator('#save').click();
    await s.step('saved');
    await s.shot('06-saved');

    const relative = await waitForFile(s.workspace);
    assert.match(relative, /^\.coaching\/reflections\/\d{4}\/\d{2}\/\d{4}-\d{2}-\d{2}-ci-green-in-under-ten-[0-9a-z]{8}\.yaml$/);
    assert.equal((await s.panel().locator('#saved-path').textContent())?.trim(), relative);
    await s.page.locator('.notification-toast', { hasText: 'Reflection saved to' }).waitFor();
    await s.page.locator('.notification-toast .monaco-button', { hasText: 'Open File' }).waitFor();

    const parsed = parseReflection(await fs.readFile(path.join(s.workspace, relative), 'utf8'));
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    const r = parsed.reflection;
    assert.deepEqual(r.exchanges.map((e) => e.answer), answers);
    assert.deepEqual(r.exchanges.map((e) => e.question.split('-').slice(0, 2).join('-')), ['technical-goal', 'technical-reality', 'technical-options', 'technical-will']);
    assert.equal(r.author, 'Ada Tester');
    assert.equal(r.visibility, 'team');
    assert.deepEqual(r.friction, ['technical', 'procedural']);
    assert.deepEqual(r.trigger, { kind: 'manual' });
    assert.equal(r.actions.length, 1);
    assert.deepEqual({ ...r.actions[0], id: 'x' }, { id: 'x', text: 'Open a PR quarantining flaky tests', owner: 'Ada Tester', due: '2026-12-01', status: 'open' });

    // "Start another" gives a fresh session in the same panel.
    await s.panel().locator('#start-another').click();
    await s.step('kind');
  });
});

describe('drafts survive in the real workbench', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  it('keeps a half-written answer when the panel is closed and the command runs again', async () => {
    s = await openSession();
    const { runCommand } = await host();
    await runCommand(s.page, START);
    await s.step('kind');
    await s.panel().locator('#kind-procedural').click();
    await answer(s, 'Reviews sit for two days', 1);
    await s.panel().locator('#progress', { hasText: /Question 2 of/ }).waitFor();
    await s.panel().locator('#answer').fill('Half a thought about the approv');
    // Escape never discards.
    await s.panel().locator('#answer').press('Escape');
    await runCommand(s.page, 'View: Close Editor');
    await s.page.locator('.tab', { hasText: 'Retro Coach' }).waitFor({ state: 'detached' });

    await runCommand(s.page, START);
    await s.step('question');
    await s.panel().locator('#progress', { hasText: /Question 2 of/ }).waitFor();
    assert.equal(await s.panel().locator('#answer').inputValue(), 'Half a thought about the approv');
    assert.equal(await s.panel().locator('#answer').evaluate((el) => el === el.ownerDocument.activeElement), true, 'focus is back in the answer box');
    await s.shot('07-draft-restored');

    // Back restores the earlier answer for editing.
    await s.panel().locator('#back').click();
    await s.panel().locator('#progress', { hasText: /Question 1 of/ }).waitFor();
    assert.equal(await s.panel().locator('#answer').inputValue(), 'Reviews sit for two days');
  });

  it('keeps a half-written answer across a window reload', async () => {
    s = await openSession();
    const { runCommand, waitForWorkbench } = await host();
    await runCommand(s.page, START);
    await s.step('kind');
    await s.panel().locator('#kind-personal').click();
    await s.step('question');
    await s.panel().locator('#answer').fill('Too many context switches\nbetween three projects');
    // The draft reaches the extension's storage on disk while the person types...
    await waitForDraftOnDisk(s, 'Too many context switches\nbetween three projects');
    // ...and the workbench saves which editors are open shortly after they change; a person
    // reloading the window is never faster than that.
    await s.page.waitForTimeout(2000);
    await s.page.reload();
    await waitForWorkbench(s.page);
    // The workbench usually brings the panel back by itself (our serializer); when it has not
    // (it restores editors lazily, and slowly under load), the command must bring the draft back.
    const restored = await s.panel().locator('main#app[data-step="question"]').waitFor({ timeout: 20_000 }).then(() => true, () => false);
    if (!restored) {
      await runCommand(s.page, START);
      await s.step('question');
    }
    assert.equal(await s.panel().locator('#answer').inputValue(), 'Too many context switches\nbetween three projects');
  });
});

describe('saving in the real workbench', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  it('shows a write failure in the panel and a notification, keeps the draft, and saves once fixed', async () => {
    s = await openSession();
    await fs.writeFile(path.join(s.workspace, '.coaching'), 'a file in the way\n');
    await reachReview(s, 'cultural', 'Decisions get re-opened every week');
    await s.panel().locator('#save').click();
    const error = s.panel().locator('#error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /is a file where Retro Coach needs a folder.*Your answers are kept/);
    await s.page.locator('.notification-toast', { hasText: 'Could not save' }).waitFor();
    await s.shot('08-write-failed');
    await s.step('review');

    await fs.rm(path.join(s.workspace, '.coaching'));
    await s.panel().locator('#save').click();
    await s.step('saved');
    const relative = await waitForFile(s.workspace);
    const parsed = parseReflection(await fs.readFile(path.join(s.workspace, relative), 'utf8'));
    assert.ok(parsed.ok && parsed.reflection.exchanges[0].answer === 'Decisions get re-opened every week');
    assert.equal(await fs.readFile(path.join(s.workspace, relative), 'utf8').then((t) => t.includes('a file in the way')), false);
  });

  it('writes anonymous reflections without an author', async () => {
    s = await openSession();
    await reachReview(s, 'unsure', 'Nobody owns the release checklist');
    await s.panel().locator('#visibility-anonymous').check();
    await s.panel().locator('#friction-procedural').check();
    await s.panel().locator('#save').click();
    await s.step('saved');
    const text = await fs.readFile(path.join(s.workspace, await waitForFile(s.workspace)), 'utf8');
    const parsed = parseReflection(text);
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    assert.equal(parsed.reflection.visibility, 'anonymous');
    assert.equal(parsed.reflection.author, undefined);
    assert.ok(!text.includes('Ada Tester'));
    assert.deepEqual(parsed.reflection.friction, ['procedural']);
    assert.deepEqual(parsed.reflection.actions, []);
  });

  it('keeps private reflections in .coaching/private, ignored by git', async () => {
    s = await openSession();
    await reachReview(s, 'personal', 'My energy is gone by 3pm');
    await s.panel().locator('#visibility-private').check();
    await s.panel().locator('#save').click();
    await s.step('saved');
    const relative = await waitForFile(s.workspace, 'private');
    assert.match(relative, /^\.coaching\/private\/\d{4}\/\d{2}\//);
    const { execFileSync } = await import('node:child_process');
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: s.workspace, encoding: 'utf8' });
    assert.ok(!status.includes('.coaching'), `git sees: ${status}`);
  });
});
