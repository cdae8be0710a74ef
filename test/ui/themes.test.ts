import * as assert from 'node:assert/strict';
import { closeAfterEach, host, openSession, type Session } from './workbench';

/** Relative luminance contrast of two CSS rgb() colours (WCAG). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, b2] = (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES = [
  ['dark', 'Default Dark Modern'],
  ['light', 'Default Light Modern'],
  ['high-contrast', 'Default High Contrast'],
] as const;

describe('the panel follows the VS Code theme', function () {
  let s: Session;
  closeAfterEach(() => ({ session: s }));

  for (const [name, theme] of THEMES) {
    it(`is readable in ${theme}`, async () => {
      s = await openSession({ settings: { 'workbench.colorTheme': theme } });
      const { runCommand } = await host();
      await runCommand(s.page, 'Coach: Start Reflection');
      await s.step('kind');
      await s.panel().locator('#kind-technical').click();
      await s.step('question');
      await s.panel().locator('#answer').fill('The staging database is shared by four teams');
      await s.panel().locator('#answer').press('Control+Enter');
      await s.panel().locator('#ack').waitFor();
      const colours = await s.panel().locator('body').evaluate((body) => {
        const doc = body.ownerDocument;
        const style = (sel: string) => doc.defaultView!.getComputedStyle(doc.querySelector(sel)!);
        return {
          bodyFg: style('body').color, bodyBg: style('body').backgroundColor,
          question: style('#question').color,
          inputFg: style('#answer').color, inputBg: style('#answer').backgroundColor,
          buttonFg: style('#continue').color, buttonBg: style('#continue').backgroundColor,
        };
      });
      assert.ok(contrast(colours.question, colours.bodyBg) >= 4.5, `question text contrast ${JSON.stringify(colours)}`);
      assert.ok(contrast(colours.inputFg, colours.inputBg) >= 4.5, `input contrast ${JSON.stringify(colours)}`);
      assert.ok(contrast(colours.buttonFg, colours.buttonBg) >= 3, `button contrast ${JSON.stringify(colours)}`);
      await s.shot(`theme-${name}`);
    });
  }
});
