// Cuts the README's screenshots out of the UI tests' screenshots, so they show the real build:
//   npm run test:ui        (writes out/screenshots/)
//   node test/docs/readmeImages.mjs
// Each image is one region of one screenshot at its real size (no scaling blurs the text), cut
// close around one surface so the images stay small: the .vsix ships them for the README in the
// Extensions view, and test/ui/install.test.ts holds the package to 1 MB. Headless chromium does
// the cutting, as it does the screenshots (the same way as walkthroughImages.mjs).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'out', 'screenshots');
const target = path.join(root, 'media');

/** image in media/ ← screenshot in out/screenshots (see test/ui/*.test.ts), region (undefined: the whole screenshot). */
const IMAGES = [
  ['screenshot-session.png', '03-acknowledged.png', { x: 440, y: 78, width: 750, height: 458 }],
  ['screenshot-prompt.png', '14-prompt.png', { x: 820, y: 722, width: 456, height: 112 }],
  ['screenshot-quick.png', '12-log-blocker.png', { x: 340, y: 4, width: 602, height: 96 }],
  ['screenshot-actions.png', '15-open-actions.png', { x: 340, y: 4, width: 602, height: 156 }],
  ['screenshot-views.png', '18-views.png', { x: 48, y: 40, width: 300, height: 705 }],
  ['screenshot-problems.png', '17-problems.png', { x: 348, y: 556, width: 932, height: 76 }],
  ['screenshot-review.png', '21-team-review-dark.png', { x: 355, y: 75, width: 915, height: 597 }],
  ['screenshot-areas.png', '24-friction-by-area.png', undefined],
  ['screenshot-history.png', '22-history.png', { x: 340, y: 4, width: 602, height: 156 }],
  ['screenshot-export.png', '19-export.png', { x: 348, y: 68, width: 820, height: 378 }],
];

const { chromium } = createRequire(import.meta.url)('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.VSCODE_HOST_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  let total = 0;
  for (const [name, source, region] of IMAGES) {
    const file = path.join(shots, source);
    const data = readFileSync(file).toString('base64');
    // A whole screenshot is its own size: read it from the PNG header (width and height at bytes 16 and 20).
    const header = readFileSync(file).subarray(16, 24);
    const { x, y, width, height } = region ?? { x: 0, y: 0, width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
    await page.setContent(`<body style="margin:0"><div id="cut" style="width:${width}px;height:${height}px;background:url(data:image/png;base64,${data}) -${x}px -${y}px no-repeat"></div></body>`);
    await page.locator('#cut').screenshot({ path: path.join(target, name) });
    const size = statSync(path.join(target, name)).size;
    total += size;
    console.log(`${name}: ${width}×${height}, ${size} bytes (from ${source})`);
  }
  console.log(`${IMAGES.length} images, ${total} bytes`);
} finally {
  await browser.close();
}
