import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/commands';
import { LIMITS } from '../../src/core/model/reflection';
import { DEFAULT_POLICY } from '../../src/core/prompting/settings';
import { DEFAULT_GAP_WORKING_DAYS } from '../../src/core/prompting/workingHours';
import { SETTINGS, allSettingKeys } from '../../src/settings';

interface Setting { type: string; default?: unknown; enum?: unknown[]; enumDescriptions?: string[]; minimum?: number; maximum?: number; maxLength?: number; markdownDescription?: string; order?: number; items?: Setting }
interface Category { id: string; title: string; order: number; properties: Record<string, Setting> }
interface Step { id: string; title: string; description: string; media: { markdown?: string; image?: string | Record<string, string>; altText?: string }; completionEvents: string[] }

const root = path.resolve(__dirname, '..', '..', '..');
const manifestText = readFileSync(path.join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  contributes: {
    commands: Array<{ command: string }>;
    configuration: Category[];
    views: Record<string, Array<{ id: string }>>;
    viewsContainers: { activitybar: Array<{ id: string }> };
    walkthroughs: Array<{ id: string; steps: Step[] }>;
  };
};
const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A package.json string as a person reads it: `%key%` replaced by its package.nls.json text. */
const text = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? value);
/** Every contributed setting by its key, from all categories. */
const settings: Record<string, Setting> = Object.assign({}, ...manifest.contributes.configuration.map((c) => c.properties));
const commandIds: Set<string> = new Set(Object.values(COMMANDS).map((c) => c.id));

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
    assert.deepEqual(allSettingKeys().sort(), Object.keys(settings).sort());
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

describe('settings in package.json, as the Settings editor shows them', () => {
  it('come in the categories Prompts, Signals, Privacy, Review and AI, in that order', () => {
    const categories = [...manifest.contributes.configuration].sort((a, b) => a.order - b.order);
    assert.deepEqual(categories.map((c) => text(c.title)), ['Prompts', 'Signals', 'Privacy', 'Review', 'AI']);
    assert.deepEqual(categories.map((c) => c.order), [1, 2, 3, 4, 5]);
  });

  it('each has a Markdown description in package.nls.json and a distinct order within its category', () => {
    for (const category of manifest.contributes.configuration) {
      const orders = Object.values(category.properties).map((p) => p.order);
      assert.equal(new Set(orders).size, orders.length, `${category.id}: orders repeat`);
      for (const [key, setting] of Object.entries(category.properties)) {
        assert.ok(typeof setting.order === 'number', `${key} has an order`);
        assert.match(setting.markdownDescription ?? '', /^%.+%$/, `${key} has a markdownDescription from package.nls.json`);
        assert.ok(nls[setting.markdownDescription!.slice(1, -1)], `${key}: its description is in package.nls.json`);
      }
    }
  });

  it('every number has a minimum and a maximum, and every enum a description for each value', () => {
    for (const [key, setting] of Object.entries(settings)) {
      for (const s of [setting, setting.items].filter((x): x is Setting => !!x)) {
        if (s.type === 'number' || s.type === 'integer') assert.ok(s.minimum !== undefined && s.maximum !== undefined, `${key} has bounds`);
        if (s.enum) assert.equal(s.enumDescriptions?.length, s.enum.length, `${key} describes each value`);
      }
    }
  });

  it('the defaults and limits are the ones the code uses (core DEFAULT_POLICY, DEFAULT_GAP_WORKING_DAYS, LIMITS.ownerChars)', () => {
    for (const key of SETTINGS.prompts.keys) {
      assert.deepEqual(settings[`${SETTINGS.prompts.section}.${key}`].default, DEFAULT_POLICY[key], key);
    }
    assert.equal(settings[SETTINGS.signals.gapWorkingDays].default, DEFAULT_GAP_WORKING_DAYS);
    assert.equal(settings[SETTINGS.owner].maxLength, LIMITS.ownerChars);
  });

  it('the default visibility states how it combines with .coaching/config.yaml', () => {
    const description = text(settings[SETTINGS.defaultVisibility].markdownDescription ?? '');
    assert.match(description, /\.coaching\/config\.yaml/);
    assert.match(description, /most private/);
  });

  it('every %placeholder% in package.json has its text in package.nls.json', () => {
    const missing = [...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]).filter((key) => !(key in nls));
    assert.deepEqual(missing, []);
  });
});

describe('the walkthrough in package.json', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const onboarding = readFileSync(path.join(root, 'src', 'host', 'onboarding.ts'), 'utf8');
  const constant = (name: string) => new RegExp(`export const ${name} = '([^']+)'`).exec(onboarding)?.[1];
  const links = (step: Step) => [...text(step.description).matchAll(/\]\(command:([\w.]+)(?:\?([^)]*))?\)/g)].map((m) => ({ id: m[1], args: m[2] }));

  it('has the id the first-run notice opens, and completes "first reflection" on the context key the extension sets', () => {
    assert.equal(walkthrough.id, constant('WALKTHROUGH'));
    const first = walkthrough.steps.find((s) => s.id === 'firstReflection');
    assert.deepEqual(first?.completionEvents, [`onContext:${constant('REFLECTION_SAVED_CONTEXT')}`]);
  });

  it('each step has a button, and buttons run Retro Coach commands that exist or open its view, Settings or Source Control', () => {
    const containers = manifest.contributes.viewsContainers.activitybar.map((c) => `workbench.view.extension.${c.id}`);
    for (const step of walkthrough.steps) {
      assert.ok(links(step).length > 0, `${step.id} has a button`);
      for (const { id } of links(step)) {
        const known = commandIds.has(id) || containers.includes(id) || ['workbench.action.openSettings', 'workbench.view.scm'].includes(id);
        assert.ok(known, `${step.id}: command:${id}`);
      }
    }
  });

  it('"choose when prompts may come" opens the Settings editor filtered to the prompt settings', () => {
    const prompts = walkthrough.steps.find((s) => s.id === 'prompts');
    const settingsLink = prompts && links(prompts).find((l) => l.id === 'workbench.action.openSettings');
    assert.deepEqual(JSON.parse(decodeURIComponent(settingsLink?.args ?? '[]')), [SETTINGS.prompts.section]);
  });

  it('completion events name contributed commands, views and settings', () => {
    const views = new Set(Object.values(manifest.contributes.views).flat().map((v) => v.id));
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.length > 0, `${step.id} completes on something`);
      for (const event of step.completionEvents) {
        const [kind, target] = event.split(/:(.*)/s);
        if (kind === 'onCommand' && target.startsWith('retroCoach.')) assert.ok(commandIds.has(target), event);
        if (kind === 'onView' && target.startsWith('retroCoach.')) assert.ok(views.has(target), event);
        if (kind === 'onSettingChanged') assert.ok(allSettingKeys().some((key) => key.startsWith(`${target}.`)), event);
      }
    }
  });

  it('the media of every step exists, in every language, and every image has alt text', () => {
    const german = JSON.parse(readFileSync(path.join(root, 'package.nls.de.json'), 'utf8')) as Record<string, string>;
    const inGerman = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => german[key] ?? value);
    for (const step of walkthrough.steps) {
      const { markdown, image, altText } = step.media;
      // A step's Markdown is a page of text: VS Code takes its path from package.nls.<language>.json like any string.
      const pages = markdown ? [text(markdown), inGerman(markdown)] : [];
      if (markdown) assert.notEqual(inGerman(markdown), text(markdown), `${step.id} has a German page`);
      const files = [...pages, ...(typeof image === 'object' ? Object.values(image) : [image])].filter((f): f is string => !!f);
      assert.ok(files.length > 0, `${step.id} has media`);
      for (const file of files) assert.ok(existsSync(path.join(root, file)), `${step.id}: ${file} exists`);
      if (image) assert.ok(text(altText ?? '').length > 20, `${step.id} describes its image`);
    }
  });
});
