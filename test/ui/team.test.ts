import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { answer, closeAfterEach, host, openSession, workspaces, type Session } from './workbench';

describe('team customisation, in the real workbench', function () {
  let s: Session;
  let dir: string | undefined;
  closeAfterEach(() => ({ session: s, dirs: [dir] }));

  it('asks the team’s own questions when config.yaml says replace, and flags a bad setting in Problems', async () => {
    const { makeWorkspace } = await workspaces();
    dir = makeWorkspace('rc-ui-team-');
    await fs.mkdir(path.join(dir, '.coaching'));
    await fs.writeFile(path.join(dir, '.coaching', 'config.yaml'), 'schema: retro-coach/config/v1\nquestions: replace\ndefaultVisibility: everyone\n');
    const questions = ['goal', 'reality', 'options', 'will'].map((stage) =>
      `  - id: team-${stage}\n    text: "What does our ${stage} look like from where you sit?"\n    kind: technical\n    stage: ${stage}`);
    await fs.writeFile(path.join(dir, '.coaching', 'questions.yaml'), `schema: retro-coach/questions/v1\nquestions:\n${questions.join('\n')}\n`);

    s = await openSession({ workspace: dir });
    const { runCommand, focusWorkbench } = await host();
    await runCommand(s.page, 'Coach: Start Reflection');
    await s.step('kind');
    await s.panel().locator('#kind-technical').click();
    await s.step('question');
    // The session opens with the built-in focus question; the team's own questions follow it.
    await answer(s, 'Our release checklist', 1);
    await s.panel().locator('#progress', { hasText: /Question 2 of/ }).waitFor();
    assert.equal((await s.panel().locator('#question').textContent())?.trim(), 'What does our goal look like from where you sit?');

    await focusWorkbench(s.page);
    await s.page.keyboard.press('Control+Shift+M');
    await s.page.locator('.markers-panel .monaco-list-row', { hasText: "defaultVisibility is 'everyone'; use team, anonymous or private" }).waitFor();
    await s.shot('21-team-config');
  });
});
