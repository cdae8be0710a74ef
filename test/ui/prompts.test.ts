import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_SIGNAL_OPENERS } from '../../src/core/coach/openers';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { closeAfterEach, answer, host, openSession, skipRest, waitForFile, workspaces, type Session } from './workbench';
import { PROMPT_ANY_TIME } from './fixtures';

/** Settings that let the policy prompt at any hour on any day, so the test does not depend on the clock. */

async function workspaceWithFailingTask(): Promise<string> {
  const { makeWorkspace } = await workspaces();
  const dir = makeWorkspace('rc-ui-prompt-');
  await fs.mkdir(path.join(dir, '.vscode'));
  await fs.mkdir(path.join(dir, '.coaching'));
  await fs.writeFile(path.join(dir, '.vscode', 'tasks.json'), JSON.stringify({
    version: '2.0.0',
    tasks: [{ label: 'build', type: 'shell', command: 'echo compiling; exit 1', problemMatcher: [] }],
  }));
  return dir;
}

/** Runs the workspace's only task; with task.quickOpen.skip the palette runs it without a picker. */
async function runFailingTask(s: Session): Promise<void> {
  const { runCommand } = await host();
  await runCommand(s.page, 'Tasks: Run Task');
  await s.page.locator('.terminal-tab, .single-terminal-tab, .terminal-wrapper').first().waitFor({ timeout: 20_000 }).catch(() => undefined);
}

describe('in-flow prompts in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('a failed task prompts with a fitting question; Answer opens the panel on it and the file records the trigger', async () => {
    dir = await workspaceWithFailingTask();
    s = await openSession({ workspace: dir, settings: PROMPT_ANY_TIME });
    // .coaching exists, so the extension activates with the workspace; the status bar shows it.
    await s.page.locator('.statusbar-item', { hasText: 'Coach' }).waitFor();
    await runFailingTask(s);
    const toast = s.page.locator('.notification-toast', { hasText: 'The task “build” just failed.' });
    await toast.waitFor({ timeout: 30_000 });
    await s.shot('14-prompt');
    const question = ((await toast.locator('.notification-list-item-message').textContent()) ?? '').replace('The task “build” just failed.', '').trim();
    assert.match(question, /fail|fix/);
    await toast.locator('.monaco-button', { hasText: 'Answer' }).click();

    await s.step('question');
    assert.equal((await s.panel().locator('#question').textContent())?.trim(), question, 'the prompt’s question comes first');
    await answer(s, 'The integration suite needs a database I cannot start', 1);
    await skipRest(s, 2);
    await s.step('action');
    await s.panel().locator('#skip-action').click();
    await s.step('review');
    await s.panel().locator('#save').click();
    await s.step('saved');
    const parsed = parseReflection(await fs.readFile(path.join(dir, await waitForFile(dir)), 'utf8'));
    if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
    assert.deepEqual(parsed.reflection.trigger, { kind: 'task-failed', detail: 'build' });
    // The opener's kind is the session's kind.
    assert.deepEqual(parsed.reflection.friction, [ALL_SIGNAL_OPENERS.find((q) => q.id === parsed.reflection.exchanges[0].question)?.kind]);
    assert.match(parsed.reflection.exchanges[0].question, /^signal-task-failed-0\d$/);
  });

  it('Pause Prompts silences signals and Resume brings them back, shown in the status bar', async () => {
    dir = await workspaceWithFailingTask();
    s = await openSession({ workspace: dir, settings: PROMPT_ANY_TIME });
    const { runCommand } = await host();
    await s.page.locator('.statusbar-item', { hasText: 'Coach' }).waitFor();
    await runCommand(s.page, 'Coach: Pause Prompts');
    await s.page.locator('.statusbar-item .codicon-bell-slash').waitFor();
    await runFailingTask(s);
    await s.page.waitForTimeout(4000);
    assert.equal(await s.page.locator('.notification-toast', { hasText: 'just failed' }).count(), 0, 'no prompt while paused');
    await runCommand(s.page, 'Coach: Resume Prompts');
    await s.page.locator('.statusbar-item .codicon-comment-discussion').waitFor();
  });
});
