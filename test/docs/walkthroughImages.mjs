// Cuts the walkthrough's images out of the UI tests' screenshots, so they show the real build:
//   npm run test:ui        (writes out/screenshots/)
//   node test/docs/walkthroughImages.mjs
// Each image is one region of one screenshot at its real size (no scaling blurs the text);
// headless chromium does the cutting, as it does the screenshots.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'out', 'screenshots');
const target = path.join(root, 'media', 'walkthrough');

// The coaching panel without the workbench around it, and the Team Review down to its
// follow-through bar (lower in dark, where the pulse legend takes two lines).
const session = { x: 430, y: 75, width: 770, height: 460 };
/** image in media/walkthrough ← screenshot in out/screenshots (see test/ui/*.test.ts), region. */
const IMAGES = [
  ['session-light.png', 'theme-light.png', session],
  ['session-dark.png', 'theme-dark.png', session],
  ['session-hc.png', 'theme-high-contrast.png', session],
  ['prompt.png', '14-prompt.png', { x: 348, y: 560, width: 932, height: 280 }],
  ['review-light.png', '20-team-review.png', { x: 355, y: 75, width: 915, height: 576 }],
  ['review-dark.png', '21-team-review-dark.png', { x: 355, y: 75, width: 915, height: 597 }],
];

const { chromium } = createRequire(import.meta.url)('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.VSCODE_HOST_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [name, source, { x, y, width, height }] of IMAGES) {
    const data = readFileSync(path.join(shots, source)).toString('base64');
    await page.setContent(`<body style="margin:0"><div id="cut" style="width:${width}px;height:${height}px;background:url(data:image/png;base64,${data}) -${x}px -${y}px no-repeat"></div></body>`);
    await page.locator('#cut').screenshot({ path: path.join(target, name) });
    console.log(`${name}: ${width}×${height}, ${statSync(path.join(target, name)).size} bytes (from ${source})`);
  }
} finally {
  await browser.close();
}
