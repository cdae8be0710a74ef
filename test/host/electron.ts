/**
 * `npm run test:electron`: the same integration tests with the standard runner,
 * @vscode/test-electron, for machines that can download VS Code (it cannot on the
 * offline CI machines, where test/host/run-integration.mjs runs them in code-server).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'rc-electron-ws-'));
  for (const args of [['init', '-q'], ['config', 'user.name', 'Ada Tester'], ['config', 'user.email', 'ada@example.invalid']]) {
    execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
  }
  try {
    await runTests({
      version: '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
