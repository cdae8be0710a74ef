// `npm start`: builds Retro Coach and opens it in a real VS Code (code-server's workbench,
// the same VS Code 1.100 the tests use) on a demo folder or the folder you name, then
// prints the URL to open in your browser. Ctrl+C stops it.
//   npm start                       # a fresh demo git repository in a temp folder
//   npm start -- /path/to/repo      # your own folder
//   npm start -- --port 8080        # a fixed port (default: any free one)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry, startServer } from './host.mjs';
import { makeWorkspace } from './workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args.splice(portArg, 2)[1]) : 0;
const folderArg = args.find((a) => !a.startsWith('-'));

function run(command, commandArgs) {
  execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
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
  folder = makeWorkspace('retro-coach-demo-');
  fs.writeFileSync(path.join(folder, 'README.md'), '# Retro Coach demo\n\nRun **Coach: Start Reflection** (F1, or Ctrl+Alt+R) and answer a few questions.\nYour reflection lands in `.coaching/`.\n');
}

const server = await startServer({ bindPort: port });
const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
const payload = [['extensionDevelopmentPath', remote(root)], ['skipWelcome', 'true']];
const url = `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nRetro Coach is running in VS Code 1.100 (code-server) on ${folder}.`);
console.log(`Open this URL in a browser (Chromium, Chrome, Edge or Firefox):\n\n  ${url}\n`);
console.log('Then press F1 and run "Coach: Start Reflection". Ctrl+C here stops the server.');
process.on('SIGINT', async () => {
  await server.close();
  process.exit(0);
});
