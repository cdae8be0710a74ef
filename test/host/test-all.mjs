// `npm test`: every check, in the order that fails fastest, on a fresh machine too.
// Installs the test host (Debian packages + code-server) when it is missing, then runs
// lint, type-check, unit tests, integration tests in a real extension host and UI tests in
// the real workbench. Ends with one summary line: "tests: N passed, N failed".
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const npx = (bin, ...args) => [path.join(root, 'node_modules', '.bin', bin), args];
const steps = [
  ['install the VS Code test host', 'bash', [path.join(root, 'test', 'host', 'install.sh')]],
  ['build', process.execPath, [path.join(root, 'esbuild.mjs')]],
  ['lint', ...npx('eslint', '.', '--max-warnings', '0')],
  ['type-check (extension)', ...npx('tsc', '-p', '.', '--noEmit')],
  ['type-check (webview)', ...npx('tsc', '-p', 'src/webview', '--noEmit')],
  ['compile tests', ...npx('tsc', '-p', 'tsconfig.test.json')],
  ['unit tests', ...npx('mocha', '--config', 'test/unit/.mocharc.json')],
  ['integration tests (real extension host)', process.execPath, [path.join(root, 'test', 'host', 'run-integration.mjs')]],
  ['UI tests (real workbench)', ...npx('mocha', '--config', 'test/ui/.mocharc.json')],
];

let passed = 0;
let failed = 0;
/** Counts what each runner reports: mocha's "N passing/failing" and our "N passed, N failed". */
function count(text) {
  for (const line of text.split('\n')) {
    let m = /^\s*(\d+) passing\b/.exec(line);
    if (m) passed += Number(m[1]);
    m = /^\s*(\d+) failing\b/.exec(line);
    if (m) failed += Number(m[1]);
    m = /^integration: (\d+) passed, (\d+) failed$/.exec(line.trim());
    if (m) { passed += Number(m[1]); failed += Number(m[2]); }
  }
}

function run(name, command, args) {
  return new Promise((resolve) => {
    console.log(`\n=== ${name}`);
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream) => (chunk) => { output += chunk; stream.write(chunk); };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => {
      count(output);
      console.log(`=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code === 0);
    });
  });
}

const failures = [];
for (const [name, command, args] of steps) {
  if (!(await run(name, command, args))) {
    failures.push(name);
    // Nothing after a failed install, build or compile can mean anything.
    if (!name.includes('tests') || name === 'compile tests') break;
  }
}
console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
