/**
 * Inputs that fail loudly, in the real workbench: a refused input says why next to itself
 * (whether the panel or the extension refused it), a past due date only gets a hint, and
 * Enter in the discard dialog keeps the draft.
 */
import * as assert from 'node:assert/strict';
import { answer, closeAfterEach, host, openSession, skipRest, type Session } from './workbench';

/** Starts a session and answers until the next-step form, with `text` as the next step. */
async function reachAction(s: Session, text: string): Promise<void> {
  const { runCommand } = await host();
  await runCommand(s.page, 'Coach: Start Reflection');
  await s.step('kind');
  await s.panel().locator('#kind-technical').click();
  await s.step('question');
  await answer(s, 'The staging database keeps timing out', 1);
  await skipRest(s, 2);
  await s.step('action');
  await s.panel().locator('#action-text').fill(text);
}

/** Types into the native date box as a person does, from its first part (month, day, then a year of any length). */
async function typeDate(s: Session, keys: string): Promise<void> {
  const due = s.panel().locator('#action-due');
  await s.panel().locator('#action-owner').focus();
  await s.page.keyboard.press('Tab');
  assert.equal(await due.evaluate((el) => el === el.ownerDocument.activeElement), true, 'the date box has the focus');
  await s.page.keyboard.type(keys, { delay: 30 });
}

const note = (s: Session) => s.panel().locator('#note-actionDue');

describe('inputs that fail loudly, in the real workbench', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  it('a five-digit year says why next to the due date, from Review and from Ctrl+Enter; a past date only gets a hint', async () => {
    s = await openSession();
    await reachAction(s, 'Ask platform for a staging database of our own');
    // Half a date reads as no date at all to the page: the panel asks to finish it rather than drop it.
    await typeDate(s, '01');
    await s.panel().locator('#continue').click();
    await note(s).filter({ hasText: 'Finish the date, or clear it' }).waitFor();
    assert.equal(await s.panel().locator('main#app').getAttribute('data-step'), 'action');

    await typeDate(s, '0101' + '20266');
    assert.equal(await s.panel().locator('#action-due').inputValue(), '20266-01-01', 'the date box let a five-digit year through');

    await s.panel().locator('#continue').click();
    await note(s).filter({ hasText: '“20266-01-01” is not a date; use YYYY-MM-DD or leave it empty.' }).waitFor();
    assert.equal(await s.panel().locator('#action-due').getAttribute('aria-invalid'), 'true');
    assert.equal(await s.panel().locator('#action-due').evaluate((el) => el === el.ownerDocument.activeElement), true, 'the due date takes the focus');
    await s.shot('40-due-refused');
    await s.panel().locator('#action-text').press('Control+Enter');
    await s.page.waitForTimeout(500);
    assert.equal(await s.panel().locator('main#app').getAttribute('data-step'), 'action', 'nothing moved on');
    await note(s).filter({ hasText: 'is not a date' }).waitFor();

    // A date in the past is allowed: a hint, not a block.
    await typeDate(s, '0101' + '2020');
    await note(s).filter({ hasText: 'This date has already passed' }).waitFor();
    assert.equal(await s.panel().locator('#action-due').getAttribute('aria-invalid'), null);
    await s.shot('41-due-passed');
    await s.panel().locator('#continue').click();
    await s.step('review');
    await s.panel().locator('#next-step', { hasText: '2020-01-01' }).waitFor();
  });

  it('a message the extension refuses comes back as a reason next to its input', async () => {
    s = await openSession();
    await reachAction(s, 'Pair with Priya on the flaky test');
    // What the panel would send if it let the date through: the extension's guard drops it and says why.
    // Posted through the channel the page's acquireVsCodeApi().postMessage uses, which lives in the
    // webview's outer frame (VS Code's webview pre/index.html; the page itself cannot reach it).
    await s.page.frameLocator('iframe.webview.ready').first().locator('body').evaluate((body) => {
      const outer = body.ownerDocument.defaultView as unknown as Record<string, (channel: string, data: unknown) => void>;
      outer.__vscode_post_message__('onmessage', { message: { type: 'submitAction', action: { text: 'Pair with Priya on the flaky test', owner: '', due: '20266-01-01' } } });
    });
    await note(s).filter({ hasText: '“20266-01-01” is not a date' }).waitFor();
    assert.equal(await s.panel().locator('main#app').getAttribute('data-step'), 'action');
    assert.equal(await s.panel().locator('#action-text').inputValue(), 'Pair with Priya on the flaky test', 'what was typed stays');
  });

  it('Discard Reflection Draft: Enter keeps the draft, only the Discard button deletes it', async () => {
    s = await openSession();
    await reachAction(s, 'Write down the staging timeout numbers');
    await s.panel().locator('#continue').click();
    await s.step('review');
    await s.panel().locator('#discard').click();
    const dialog = s.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await s.shot('42-discard-default-keeps');
    await s.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await s.step('review');
    await s.panel().locator('.exchanges', { hasText: 'The staging database keeps timing out' }).waitFor();

    await s.panel().locator('#discard').click();
    await dialog.locator('.monaco-button', { hasText: /^Discard$/ }).click();
    await s.step('kind');
  });
});
