import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..');

/** The layer rule's messages for `code` placed at `file` in the project. */
async function refusals(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/floors').map((m) => m.message);
}

describe('the floors are enforced by lint', function () {
  this.timeout(30_000);

  it('refuses a surface importing another surface', async () => {
    const found = await refusals('src/views/x.ts', "import { askBack } from '../actions/askBack';\nexport const x = askBack;\n");
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /never another surface/);
  });

  it('refuses the host kit importing a surface', async () => {
    assert.equal((await refusals('src/host/x.ts', "import { register } from '../review/register';\nexport const x = register;\n")).length, 1);
  });

  it('refuses vscode and host code in the core', async () => {
    const found = await refusals('src/core/x.ts', "import * as vscode from 'vscode';\nimport { setting } from '../host/settings';\nexport const x = [vscode, setting];\n");
    assert.equal(found.length, 2);
  });

  it('refuses Node and host code in browser code, but allows the shared kit and type-only core imports', async () => {
    const bad = await refusals('src/webview/review/x.ts', "import { readFileSync } from 'node:fs';\nimport { ReviewPanel } from '../../review/reviewPanel';\nexport const x = [readFileSync, ReviewPanel];\n");
    assert.equal(bad.length, 2);
    const good = await refusals('src/webview/review/x.ts', "import type { Reflection } from '../../core/model/reflection';\nimport { LIMITS } from '../../core/model/reflection';\nexport const x: Reflection | typeof LIMITS | undefined = undefined;\n");
    assert.deepEqual(good, []);
  });

  it('allows a surface to import core, host, the tables and its own folder', async () => {
    const code = "import { COMMANDS } from '../commands';\nimport { LIMITS } from '../core/model/reflection';\nimport { pickFolder } from '../host/folders';\nimport { treeItem } from './items';\nexport const x = [COMMANDS, LIMITS, pickFolder, treeItem];\n";
    assert.deepEqual(await refusals('src/views/x.ts', code), []);
  });
});
