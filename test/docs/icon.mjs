// Draws the extension icon (media/icon.png, 128×128, what the Extensions view and a
// marketplace show) from the SVG below, rendered by headless chromium:
//   node test/docs/icon.mjs
// The speech bubble is the activity bar icon's; the arrow turning back is the retro.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1b8a7a"/>
      <stop offset="1" stop-color="#17507a"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>
  <path d="M22 22h84a6 6 0 0 1 6 6v54a6 6 0 0 1-6 6H62l-24 20V88H22a6 6 0 0 1-6-6V28a6 6 0 0 1 6-6z" fill="#ffffff"/>
  <g fill="none" stroke="#17507a" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
    <path d="M64 35A20 20 0 1 1 46.7 45"/>
    <path d="M70 29l-6 6 6 6"/>
  </g>
  <text x="64" y="64" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="24" fill="#1b8a7a" text-anchor="middle">?</text>
</svg>`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(import.meta.url)('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.VSCODE_HOST_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0">${SVG}</body>`);
  await page.locator('svg').screenshot({ path: path.join(root, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
