import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFile, rm } from 'node:fs/promises';
import { blockerReflection } from '../../src/core/coach/quickCaptures';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { saveNewReflection } from '../../src/host/save';

const EXTENSION_ID = 'retro-coach.retro-coach';

function sessionTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('retroCoach.session'));
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('coaching session (extension host)', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension is lazy: not active in a folder without .coaching until a command runs', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in the host`);
    assert.equal(extension.isActive, false, 'not active before any Retro Coach command ran');
    await vscode.commands.executeCommand('retroCoach.startReflection');
    await waitFor('the session panel', () => sessionTabs().length === 1);
    assert.equal(extension.isActive, true, 'the command activated the extension');
  });

  test('Start Reflection opens the session panel, and running it again reuses it', async () => {
    await vscode.commands.executeCommand('retroCoach.startReflection');
    await waitFor('the session panel', () => sessionTabs().length === 1);
    await vscode.commands.executeCommand('retroCoach.startReflection');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(sessionTabs().length, 1, 'still one panel');
    assert.equal(sessionTabs()[0].label, 'Retro Coach');
  });

  test('closing the panel and starting again brings it back', async () => {
    await vscode.window.tabGroups.close(sessionTabs());
    await waitFor('the panel to close', () => sessionTabs().length === 0);
    await vscode.commands.executeCommand('retroCoach.startReflection');
    await waitFor('the session panel again', () => sessionTabs().length === 1);
  });

  test('the commands are contributed with the Coach category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['retroCoach.startReflection', 'retroCoach.discardDraft']) assert.ok(commands.includes(id), id);
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands as Array<{ command: string; title: string }>;
    assert.ok(contributed.every((c) => c.title && !c.title.startsWith('%')), 'titles resolve through package.nls.json');
  });

  test('a saved reflection names git user.name of its folder as author', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const services = { now: () => new Date(), random: Math.random };
    const saved = await saveNewReflection(folder.uri, 'team', (meta) => blockerReflection({ kind: 'technical', blocker: 'The staging database is down again.', unblock: '' }, { ...meta, visibility: 'team' }), services);
    const parsed = parseReflection(await readFile(saved.absolutePath, 'utf8'));
    assert.ok(parsed.ok, 'the saved file parses');
    assert.equal(parsed.reflection.author, 'Ada Tester');
    await rm(saved.absolutePath);
  });
});
