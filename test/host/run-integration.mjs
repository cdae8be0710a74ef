// Runs the integration tests (out/test/integration) inside a real VS Code extension host:
// code-server's workbench in headless chromium, on a throwaway git workspace.
//   node test/host/run-integration.mjs [--verbose]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtensionTests } from './host.mjs';
import { makeWorkspace, removeWorkspace } from './workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = makeWorkspace();
let code = 1;
try {
  code = await runExtensionTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    workspace,
    timeoutMs: 180_000,
    verbose: process.argv.includes('--verbose'),
    logsDir: path.join(root, 'out', 'vscode-logs'),
  });
} finally {
  removeWorkspace(workspace);
}
process.exit(code);
