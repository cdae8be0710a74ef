import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/commands';
import { allSettingKeys } from '../../src/settings';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }>; configuration: { properties: Record<string, unknown> } };
};

/** The source text of every file of one surface folder, where its handlers are registered. */
function surfaceSource(surface: string): string {
  const dir = path.join(root, 'src', surface);
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

describe('contributions in package.json', () => {
  it('the command table lists exactly the commands package.json contributes', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    const table = Object.values(COMMANDS).map((c) => c.id).sort();
    assert.deepEqual(table, contributed);
  });

  it('each command is registered by the surface the table names as its owner', () => {
    for (const [name, { owner }] of Object.entries(COMMANDS)) {
      assert.match(surfaceSource(owner), new RegExp(`registerCommand\\(COMMANDS\\.${name}\\.id\\b`), `${name} is not registered in src/${owner}`);
    }
  });

  it('the settings table lists exactly the settings package.json contributes', () => {
    assert.deepEqual(allSettingKeys().sort(), Object.keys(manifest.contributes.configuration.properties).sort());
  });

  it('no source file outside the tables names a command or setting by its literal id', () => {
    const literal = /'retroCoach\.(startReflection|discardDraft|logBlocker|pulseCheck|pausePrompts|resumePrompts|menu|showOpenActions|views\.\w+|exportSummary|shareAnonymous|openTeamReview|showHistory|owner|defaultVisibility|signals\.\w+|anonymousIdentity\.\w+)'/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && !/src[\\/](commands|settings)\.ts$/.test(file) && literal.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
      }
    };
    walk(path.join(root, 'src'));
    assert.deepEqual(offenders, []);
  });
});
