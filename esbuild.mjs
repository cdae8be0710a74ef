// Builds the runtimes Retro Coach ships: the extension (Node, CommonJS, `vscode` external),
// the retro-coach CLI (Node, no vscode), the index's worker thread (shared by both), the Team Review's worker and the webview apps (browser, IIFE) with their assets.
//   node esbuild.mjs                 one development build (with source maps)
//   node esbuild.mjs --production    minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch         rebuild on change
//   node esbuild.mjs --cli-package   the CLI alone, as out/retro-coach-cli-<version>.tgz (`npm run package:cli`)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const cliPackage = process.argv.includes('--cli-package');
const production = process.argv.includes('--production') || cliPackage;
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  // yaml's ES module build (the same code, console.warn for process.emitWarning): esbuild can
  // drop what Retro Coach never calls from it, which it cannot do with the CommonJS build (14 KB less per bundle).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
};

/** The retro-coach CLI: plain Node, no vscode, runnable from any checkout (package.json bin). */
const cli = {
  ...common,
  entryPoints: ['src/cli/cli.ts'],
  outfile: 'dist/cli.js',
  platform: 'node',
  // Node reads scripts as UTF-8: German, Japanese and typographic quotes stay one to three bytes, not six-byte escapes.
  charset: 'utf8',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
};

/** The index's worker thread (core/worker/pool.ts), loaded from next to the extension's and the CLI's bundles. */
const worker = { ...cli, entryPoints: ['src/core/worker/indexWorker.ts'], outfile: 'dist/indexWorker.js', banner: undefined };

/** The Team Review's worker thread (review/worker/reviewClient.ts): insights off the extension host's thread. No `vscode`: it is not external here, so importing it fails the build. */
const reviewWorker = { ...worker, entryPoints: ['src/review/worker/reviewWorker.ts'], outfile: 'dist/reviewWorker.js' };

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  worker,
  reviewWorker,
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    charset: 'utf8',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  cli,
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

/**
 * The CLI as an npm package for coaches who never clone this repository: the bundle (which has
 * no dependencies) and a package.json generated from this one, packed by `npm pack`. Built in
 * its own folder under out/, so it never touches dist/ while someone else rebuilds it.
 */
async function packCli() {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const stage = 'out/cli-package';
  rmSync(stage, { recursive: true, force: true });
  await esbuild.build({ ...cli, outfile: `${stage}/cli.js` });
  await esbuild.build({ ...worker, outfile: `${stage}/indexWorker.js` });
  chmodSync(`${stage}/cli.js`, 0o755);
  const cliManifest = {
    name: 'retro-coach-cli',
    version: manifest.version,
    description: 'The retro-coach command line: validate, report and history for the .coaching/ folder Retro Coach writes.',
    license: manifest.license,
    repository: manifest.repository,
    bin: { 'retro-coach': 'cli.js' },
    files: ['cli.js', 'indexWorker.js'],
    engines: { node: manifest.engines.node },
  };
  writeFileSync(`${stage}/package.json`, JSON.stringify(cliManifest, null, 2) + '\n');
  cpSync('LICENSE', `${stage}/LICENSE`);
  // Through the npm that runs this script when there is one, so `npm run package:cli` packs with itself.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  execFileSync(npm[0], [...npm[1], 'pack', '--ignore-scripts', '--pack-destination', '..'], { cwd: stage, stdio: 'inherit' });
  console.log(`[esbuild] out/retro-coach-cli-${manifest.version}.tgz`);
}

if (cliPackage) {
  await packCli();
} else {
  rmSync('dist', { recursive: true, force: true });
  copyAssets();
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('[esbuild] watching for changes…');
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    chmodSync('dist/cli.js', 0o755);
  }
}
