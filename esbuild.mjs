// Builds the runtimes Retro Coach ships: the extension (Node, CommonJS, `vscode` external),
// the retro-coach CLI (Node, no vscode) and the webview apps (browser, IIFE) with their assets.
//   node esbuild.mjs                 one development build (with source maps)
//   node esbuild.mjs --production    minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch         rebuild on change
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // The retro-coach CLI: plain Node, no vscode, runnable from any checkout (package.json bin).
    ...common,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: { session: 'src/webview/session/main.ts', review: 'src/webview/review/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  },
];

/** Copies what the webview loads besides its script into dist/webview (its only resource root). */
function copyAssets() {
  mkdirSync('dist/webview/codicons', { recursive: true });
  // Each page links base.css (what the panels share) and then its own sheet.
  for (const sheet of ['base.css', 'session.css', 'review.css']) cpSync(`media/${sheet}`, `dist/webview/${sheet}`);
  for (const file of ['codicon.css', 'codicon.ttf']) {
    cpSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/webview/codicons/${file}`);
  }
}

rmSync('dist', { recursive: true, force: true });
copyAssets();
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[esbuild] watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
