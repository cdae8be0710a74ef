import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allSettingKeys } from '../../src/settings';
import type * as TableModule from '../docs/settingsTable.mjs' with { 'resolution-mode': 'import' };

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const load = () => import(pathToFileURL(path.join(root, 'test', 'docs', 'settingsTable.mjs')).href) as Promise<typeof TableModule>;

describe("README's configuration table", () => {
  it('is exactly what npm run docs:settings makes from package.json and package.nls.json', async () => {
    const { settingsTable, currentTable } = await load();
    const expected = settingsTable(JSON.parse(read('package.json')), JSON.parse(read('package.nls.json')) as Record<string, string>);
    const actual = currentTable(read('README.md'));
    assert.ok(actual !== undefined, 'README.md has the settings:start and settings:end markers');
    assert.equal(actual, expected, 'README.md differs from package.json: run npm run docs:settings');
  });

  it('has one row for each setting in the settings table (src/settings.ts)', async () => {
    const { currentTable } = await load();
    const rows = (currentTable(read('README.md')) ?? '').split('\n').map((line) => /^\| `(retroCoach\.[\w.]+)` \|/.exec(line)?.[1]).filter((key) => key !== undefined);
    assert.deepEqual(rows.sort(), allSettingKeys().sort());
  });

  it('rewriting keeps everything outside the markers and replaces only the table', async () => {
    const { START, END, withTable, currentTable } = await load();
    const readme = `# Title\n\nbefore\n\n${START}\nold table\n${END}\n\nafter\n`;
    const rewritten = withTable(readme, '| new | table |');
    assert.equal(rewritten, `# Title\n\nbefore\n\n${START}\n\n| new | table |\n\n${END}\n\nafter\n`);
    assert.equal(currentTable(rewritten), '| new | table |');
    assert.throws(() => withTable('# no markers\n', 'x'), /README\.md needs the lines/);
  });
});
