/**
 * The code context in the real workbench: with retroCoach.context.capture on, a session started
 * with Start Reflection while a file of the workspace is open records the branch and that file,
 * one a failed task started records the branch, the task and the changed files; one started in
 * the panel, or saved as anonymous, records none; with the setting off (the default) nothing is
 * recorded.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Reflection } from '../../src/core/model/reflection';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { closeAfterEach, host, openSession, reachReview, workspaces, type Session } from './workbench';
import { PROMPT_ANY_TIME } from './fixtures';

/** A repository on branch `feature/login` with a committed file, and that file changed since. */
async function codeWorkspace(): Promise<string> {
  const { makeWorkspace } = await workspaces();
  const dir = makeWorkspace('rc-ui-context-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  await fs.mkdir(path.join(dir, 'src', 'auth'), { recursive: true });
  await fs.writeFile(path.join(dir, 'src', 'auth', 'login.ts'), 'export const login = 1;\n');
  git('checkout', '-q', '-b', 'feature/login');
  git('add', '.');
  git('commit', '-q', '-m', 'login');
  await fs.writeFile(path.join(dir, 'src', 'auth', 'login.ts'), 'export const login = 2;\n');
  return dir;
}

/** Opens `file` in the editor through Quick Open, as a person would. */
async function openInEditor(s: Session, file: string): Promise<void> {
  const { runCommand } = await host();
  await runCommand(s.page, 'Go to File...');
  await s.page.keyboard.type(file);
  await s.page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(file) }).first().waitFor();
  await s.page.keyboard.press('Enter');
  await s.page.locator('.tab.active', { hasText: path.basename(file) }).waitFor();
}

/** Saves the session on screen with `visibility` and reads the reflection it wrote. */
async function saveAs(s: Session, visibility: string): Promise<Reflection> {
  await s.panel().locator(`#visibility-${visibility}`).check();
  await s.panel().locator('#save').click();
  await s.step('saved');
  const saved = (await s.panel().locator('#saved-path').textContent())?.trim() ?? '';
  const parsed = parseReflection(await fs.readFile(path.join(s.workspace, saved), 'utf8'));
  if (!parsed.ok) assert.fail(JSON.stringify(parsed.problems));
  return parsed.reflection;
}

describe('a reflection’s code context, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('with capture on, a session started from the editor records the branch and the open file; one started in the panel records none', async () => {
    dir = await codeWorkspace();
    s = await openSession({ workspace: dir, settings: { 'retroCoach.context.capture': true } });
    await openInEditor(s, 'src/auth/login.ts');
    await reachReview(s, 'technical', 'The login tests are flaky');
    const team = await saveAs(s, 'team');
    assert.deepEqual(team.context, { branch: 'feature/login', paths: ['src/auth/login.ts'] });

    await s.panel().locator('#start-another').click();
    await s.step('kind');
    // "Start another" begins in the panel, not from the editor: it records no context.
    await s.panel().locator('#kind-technical').click();
    await s.step('question');
    await s.panel().locator('#answer').fill('Still flaky');
    await s.panel().locator('#answer').press('Control+Enter');
    while (!(await s.panel().locator('main#app[data-step="action"]').count())) {
      await s.panel().locator('#skip').click();
      await s.page.waitForTimeout(300);
    }
    await s.panel().locator('#skip-action').click();
    await s.step('review');
    assert.equal((await saveAs(s, 'team')).context, undefined);
  });

  it('an anonymous reflection started from the editor keeps no context, even with capture on', async () => {
    dir = await codeWorkspace();
    s = await openSession({ workspace: dir, settings: { 'retroCoach.context.capture': true } });
    await openInEditor(s, 'src/auth/login.ts');
    await reachReview(s, 'technical', 'The login tests are flaky');
    const anonymous = await saveAs(s, 'anonymous');
    assert.equal(anonymous.context, undefined);
    assert.equal(anonymous.author, undefined);
  });

  it('with capture on, a session a failed task started records the branch, the task and the changed file', async () => {
    dir = await codeWorkspace();
    await fs.mkdir(path.join(dir, '.vscode'));
    await fs.mkdir(path.join(dir, '.coaching'));
    await fs.writeFile(path.join(dir, '.vscode', 'tasks.json'), JSON.stringify({
      version: '2.0.0',
      tasks: [{ label: 'build', type: 'shell', command: 'echo compiling; exit 1', problemMatcher: [] }],
    }));
    s = await openSession({ workspace: dir, settings: { ...PROMPT_ANY_TIME, 'retroCoach.context.capture': true } });
    await s.page.locator('.statusbar-item', { hasText: 'Coach' }).waitFor();
    const { runCommand } = await host();
    await runCommand(s.page, 'Tasks: Run Task');
    const toast = s.page.locator('.notification-toast', { hasText: 'The task “build” just failed.' });
    await toast.waitFor({ timeout: 30_000 });
    await toast.locator('.monaco-button', { hasText: 'Answer' }).click();
    await s.step('question');
    await s.panel().locator('#answer').fill('The build needs a database I cannot start');
    await s.panel().locator('#answer').press('Control+Enter');
    while (!(await s.panel().locator('main#app[data-step="action"]').count())) {
      await s.panel().locator('#skip').click();
      await s.page.waitForTimeout(300);
    }
    await s.panel().locator('#skip-action').click();
    await s.step('review');
    const reflection = await saveAs(s, 'team');
    assert.deepEqual(reflection.trigger, { kind: 'task-failed', detail: 'build' });
    assert.deepEqual(reflection.context, { branch: 'feature/login', task: 'build', paths: ['src/auth/login.ts'] });
  });

  it('with capture off (the default), a session started from the editor records no context', async () => {
    dir = await codeWorkspace();
    s = await openSession({ workspace: dir });
    await openInEditor(s, 'src/auth/login.ts');
    await reachReview(s, 'technical', 'The login tests are flaky');
    assert.equal((await saveAs(s, 'team')).context, undefined);
  });
});
