// `npm start`: builds Retro Coach and opens it in a real VS Code (code-server's workbench,
// the same VS Code 1.100 the tests use) on the demo repository or the folder you name, then
// prints the URL to open in your browser. Ctrl+C stops it.
//   npm start                       # the demo team's repository (made once, kept between runs)
//   npm start -- --fresh            # the demo made again from scratch, dated back from today
//   npm start -- /path/to/repo      # your own folder
//   npm start -- --port 8080        # a fixed port (default: any free one)
// The demo lives in ~/.cache/retro-coach/demo (its VS Code profile in demo-profile next to
// it), so what you try there is still there next time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeServerEntry, startServer } from './host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = path.join(os.homedir(), '.cache', 'retro-coach');
const demoDir = path.join(cache, 'demo');
const demoProfile = path.join(cache, 'demo-profile');
/** Inside the demo's .git, so it never shows in the tree: only a folder with it is ever deleted by --fresh. */
const DEMO_MARK = path.join('.git', 'retro-coach-demo');

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args.splice(portArg, 2)[1]) : 0;
const fresh = args.includes('--fresh');
const folderArg = args.find((a) => !a.startsWith('-'));

function run(command, commandArgs, cwd = root) {
  execFileSync(command, commandArgs, { cwd, stdio: 'inherit' });
}

/** Settings that let the demo prompt at any hour, soon after a signal: the README tells how to trigger one. */
const DEMO_SETTINGS = {
  'retroCoach.prompts.workDays': [0, 1, 2, 3, 4, 5, 6],
  'retroCoach.prompts.workStart': '00:00',
  'retroCoach.prompts.workEnd': '24:00',
  'retroCoach.prompts.minIntervalMinutes': 2,
  'retroCoach.prompts.jitter': 0,
  'retroCoach.prompts.dailyCap': 50,
  'retroCoach.prompts.typingPauseSeconds': 3,
};

/** A task that fails on purpose: running it is a "failed task" signal, so the coach can prompt. */
const DEMO_TASKS = {
  version: '2.0.0',
  tasks: [{ label: 'demo: flaky integration tests (fails on purpose)', type: 'shell', command: 'echo "3 of 112 tests failed: checkout callback timed out" && exit 1', problemMatcher: [] }],
};

const DEMO_README = `# Demo team repository

A month of one team's reflections in \`.coaching/\`, made by \`npm start\` in the Retro Coach
checkout. Try:

- **Coach: Open Team Review** (F1): friction by week, pulse trends, recurring blockers, open actions.
- The **Retro Coach** view in the activity bar: reflections by week, open actions by owner.
- **Coach: Show Open Actions**: you are Sam Okafor here, so two of the actions are yours.
- **Coach: Start Reflection** (Ctrl+Alt+R), **Coach: Log Blocker**, **Coach: Pulse Check**.
- **Terminal → Run Task… → demo: flaky integration tests**: a failing task, so the coach offers
  a reflection (this folder's settings allow prompts at any hour, two minutes apart).

\`npm start -- --fresh\` in the checkout throws this folder away and makes it again.
`;

/** Makes the demo repository: git with Sam Okafor as the user, the demo files, then the team's reflections. */
async function makeDemo() {
  if (fs.existsSync(demoDir)) {
    if (!fs.existsSync(path.join(demoDir, DEMO_MARK))) {
      console.error(`${demoDir} exists but was not made by npm start; move it away, then run npm start again.`);
      process.exit(2);
    }
    fs.rmSync(demoDir, { recursive: true, force: true });
    fs.rmSync(demoProfile, { recursive: true, force: true });
  }
  // The seed is TypeScript that uses the real builders and serializer: bundled for Node on the spot.
  const esbuild = await import('esbuild');
  const seed = path.join(root, 'out', 'demo', 'seed.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'test', 'host', 'demoCorpus.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: seed, logLevel: 'warning' });
  const { writeDemoCorpus, DEMO_USER } = createRequire(import.meta.url)(seed);

  fs.mkdirSync(path.join(demoDir, '.vscode'), { recursive: true });
  run('git', ['init', '-q'], demoDir);
  run('git', ['config', 'user.name', DEMO_USER.name], demoDir);
  run('git', ['config', 'user.email', DEMO_USER.email], demoDir);
  fs.writeFileSync(path.join(demoDir, DEMO_MARK), 'Made by npm start in the Retro Coach checkout; npm start -- --fresh replaces this repository.\n');
  fs.writeFileSync(path.join(demoDir, 'README.md'), DEMO_README);
  fs.writeFileSync(path.join(demoDir, '.vscode', 'settings.json'), `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
  fs.writeFileSync(path.join(demoDir, '.vscode', 'tasks.json'), `${JSON.stringify(DEMO_TASKS, null, 2)}\n`);
  run('git', ['add', '-A'], demoDir);
  run('git', ['commit', '-q', '--no-verify', '-m', 'Demo team repository'], demoDir);
  const count = writeDemoCorpus(demoDir, new Date());
  console.log(`Made the demo repository in ${demoDir}: ${count} reflections from the last four weeks.`);
}

if (!fs.existsSync(codeServerEntry)) {
  console.log('Installing the local VS Code (code-server) once; this takes a minute or two…');
  run('bash', [path.join(root, 'test', 'host', 'install.sh')]);
}
run(process.execPath, [path.join(root, 'esbuild.mjs')]);

let folder;
if (folderArg) {
  folder = path.resolve(folderArg);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`Not a folder: ${folder}`);
    process.exit(2);
  }
} else {
  folder = demoDir;
  if (fresh || !fs.existsSync(path.join(demoDir, DEMO_MARK))) await makeDemo();
  else console.log(`Opening the demo repository in ${demoDir} as you left it (npm start -- --fresh makes it again).`);
}

// The demo keeps its VS Code profile too (drafts, remembered choices); your own folder gets a throwaway one.
const server = await startServer({ bindPort: port, ...(folder === demoDir ? { userDataDir: demoProfile } : {}) });
const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
const payload = [['extensionDevelopmentPath', remote(root)], ['skipWelcome', 'true']];
const url = `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nRetro Coach is running in VS Code 1.100 (code-server) on ${folder}.`);
console.log(`Open this URL in a browser (Chromium, Chrome, Edge or Firefox):\n\n  ${url}\n`);
console.log('Then press F1 and run "Coach: Open Team Review" or "Coach: Start Reflection". Ctrl+C here stops the server.');
process.on('SIGINT', async () => {
  await server.close();
  process.exit(0);
});
