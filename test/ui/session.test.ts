import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { closeAfterEach, answer, host, openSession, questionCount, reachReview, screenshotDir, waitForDraftOnDisk, waitForFile, type Session } from './workbench';

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
      'The CI pipeline eats my mornings',
      'CI green in under ten minutes — ünïcødé ✓',
      '# Flaky tests\n- the e2e suite\n: retries hide it | badly',
      'Quarantine the three worst tests',
      "I'll open a PR quarantining the flaky tests tomorrow morning",
    ];
    const total = await questionCount(s);
    assert.equal(total, 5, 'the focus question, then one per GROW stage');
    assert.match((await s.panel().locator('.stages li.current').textContent()) ?? '', /Focus/);
    await s.shot('02-question');
    for (let i = 0; i < total; i++) {
      await answer(s, answers[i], i + 1);
      if (i === 1) {
        await s.panel().locator('#ack', { hasText: 'CI green in under ten minutes' }).waitFor();
        await s.shot('03-acknowledged');
      }
    }
    await s.step('action');
    assert.equal(await s.panel().locator('#action-text').evaluate((el) => el === el.ownerDocument.activeElement), true, 'focus lands in the next-step box');
    assert.match(await s.panel().locator('#action-text').inputValue(), /quarantining the flaky tests/i, 'the will answer is already the next step');
    await s.panel().locator('#action-suggested').waitFor();
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
    assert.match(relative, /^\.coaching\/reflections\/\d{4}\/\d{2}\/\d{4}-\d{2}-\d{2}-the-ci-pipeline-eats-my-[0-9a-z]{8}\.yaml$/);
    assert.equal((await s.panel().locator('#saved-path').textContent())?.trim(), relative);
    await s.page.locator('.notification-toast', { hasText: 'Reflection saved to' }).waitFor();
    await s.page.locator('.notification-toast .monaco-button', { hasText: 'Open File' }).waitFor();

    const parsed = parseReflection(await fs.readFile(path.join(s.workspace, relative), 'utf8'));
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    const r = parsed.reflection;
    assert.deepEqual(r.exchanges.map((e) => e.answer), answers);
    assert.deepEqual(r.exchanges.map((e) => e.question.replace(/-\d+$/, '')), ['focus', 'technical-goal', 'technical-reality', 'technical-options', 'technical-will']);
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

/** One line of the transcript: what the coach said, asked, and what the person answered. */
type Line = { coach?: string; question?: string; answer?: string };

describe('a coach that listens, in the real workbench', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  for (const [name, theme] of [['dark', 'Default Dark Modern'], ['light', 'Default Light Modern']] as const) {
    it(`takes "I don't know" and a heavy answer as they are, offers privacy, and saves it private (${name})`, async () => {
      s = await openSession({ settings: { 'workbench.colorTheme': theme } });
      const transcript: Line[] = [];
      const ack = async () => ((await s.panel().locator('#ack').textContent()) ?? '').trim();
      const question = async () => ((await s.panel().locator('#question').textContent()) ?? '').trim();
      const say = async (text: string, n: number, opts: { more?: boolean } = {}) => {
        await s.panel().locator('#progress', { hasText: new RegExp(`Question ${n} of`) }).waitFor();
        const shown = await s.panel().locator('main#app').getAttribute('data-input-key');
        transcript.push({ question: await question(), answer: text });
        await answer(s, text, n, opts);
        // The next screen is drawn (a new question or step) before anything on it is read.
        await s.panel().locator(`main#app:not([data-input-key="${shown}"])`).waitFor();
      };
      const { runCommand } = await host();
      await runCommand(s.page, START);
      await s.step('kind');
      await s.panel().locator('#kind-unsure').click();
      await s.step('question');

      // Focus first; "not sure yet" then guesses the kind from it, and the person may change it.
      await say('The CI pipeline is flaky and the e2e tests keep timing out', 1);
      await s.step('confirmKind');
      await s.panel().locator('#kind-technical #guessed').waitFor();
      transcript.push({ coach: await ack() }, { coach: ((await s.panel().locator('#prompt').textContent()) ?? '').trim() });
      await s.shot(`listen-1-guess-${name}`);
      await s.panel().locator('#kind-technical').click();

      // "I don't know" at the goal: never echoed as a target.
      await say("I don't know.", 2);
      await s.panel().locator('#progress', { hasText: /Question 3 of 5/ }).waitFor();
      const notKnowing = await ack();
      transcript.push({ coach: notKnowing });
      assert.ok(!notKnowing.includes("I don't know") && !/target/i.test(notKnowing), notKnowing);
      await s.shot(`listen-2-not-knowing-${name}`);

      // A heavy answer at reality, and "And what else?" with Ctrl+Shift+Enter.
      await say("Honestly I'm exhausted. I've been working weekends for a month to keep the pipeline alive.", 3, { more: true });
      await s.panel().locator('#progress', { hasText: /one more thought/ }).waitFor();
      const heavy = await ack();
      transcript.push({ coach: heavy });
      assert.match(heavy, /private/i, 'the coach offers to keep it private');
      assert.match(heavy, /manager|someone you trust/i, 'and points to a real person');
      await s.shot(`listen-3-what-else-${name}`);
      await say('The staging database is shared by four teams, so every run waits.', 3);
      transcript.push({ coach: await ack() });
      await say('Quarantine the three worst tests and ask platform for a second database', 4);
      transcript.push({ coach: await ack() });

      // "no idea tbh" at the will stage: not a commitment, and the next step stays empty.
      await say('no idea tbh', 5);
      await s.step('action');
      const noStep = await ack();
      transcript.push({ coach: noStep });
      assert.ok(!noStep.includes('no idea tbh') && !/commit/i.test(noStep), noStep);
      assert.equal(await s.panel().locator('#action-text').inputValue(), '', 'no next step from a non-answer');
      await s.shot(`listen-4-no-step-${name}`);
      await s.panel().locator('#skip-action', { hasText: 'No next step' }).click();

      // Review: private by default, with the reason shown; the learning question is there to answer.
      await s.step('review');
      await s.panel().locator('#private-offer').waitFor();
      assert.equal(await s.panel().locator('#visibility-private').isChecked(), true, 'private is the default now');
      const learningQuestion = ((await s.panel().locator('#learning label').textContent()) ?? '').trim();
      await s.panel().locator('#learning-answer').fill('Saying out loud how tired I am.');
      transcript.push({ question: learningQuestion, answer: 'Saying out loud how tired I am.' });
      await s.shot(`listen-5-review-${name}`);
      await s.panel().locator('#learning-answer').press('Control+Enter');
      await s.step('saved');

      const relative = await waitForFile(s.workspace, 'private');
      const parsed = parseReflection(await fs.readFile(path.join(s.workspace, relative), 'utf8'));
      if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
      const r = parsed.reflection;
      assert.equal(r.visibility, 'private');
      assert.deepEqual(r.actions, [], 'no next step from "no idea tbh"');
      assert.deepEqual(r.friction, ['technical']);
      assert.deepEqual(r.exchanges.map((e) => e.question.replace(/-\d+$/, '')),
        ['focus', 'technical-goal', 'technical-reality', 'what-else-reality', 'technical-options', 'technical-will', 'learning']);
      assert.equal(r.exchanges[1].answer, "I don't know.");
      assert.equal(r.exchanges.at(-1)?.answer, 'Saying out loud how tired I am.');
      assert.equal(r.exchanges.at(-1)?.text, learningQuestion);
      if (name === 'dark') await fs.writeFile(path.join(screenshotDir, 'session-transcript.md'), transcriptMarkdown(transcript));
    });
  }
});

/** The transcript as the README shows it: the coach's lines and questions, the person's answers. */
function transcriptMarkdown(lines: Line[]): string {
  return `${lines.map((l) => (l.coach ? `> *Coach:* ${l.coach}` : `**${l.question}**\\\n${l.answer}`)).join('\n\n')}\n`;
}

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
    await reachReview(s, 'unsure', 'Nobody owns the release checklist', 'procedural');
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
