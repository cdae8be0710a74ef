// Builds the two runtimes Retro Coach ships: the extension (Node, CommonJS, `vscode`
// external) and the session panel's app (browser, IIFE), plus the app's static assets.
//   node esbuild.mjs                 one development build (with source maps)
//   node esbuild.mjs --production    minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch         rebuild on change
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

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
    ...common,
    entryPoints: { session: 'src/webview/session/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  },
];

/** Copies what the webview loads besides its script into dist/webview (its only resource root). */
function copyAssets() {
  mkdirSync('dist/webview/codicons', { recursive: true });
  cpSync('media/session.css', 'dist/webview/session.css');
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
}
