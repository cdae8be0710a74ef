import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { GERMAN, cliLanguage, languageOf, translate } from '../../src/core/util/catalogue';
import { msg } from '../../src/core/util/message';
import { ROOT, coreGerman, englishBundle, readBundle } from '../l10n/bundles';
import { placeholders } from '../l10n/extract';

const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
/** What a translation must keep from its English: `{n}` placeholders, codicons, `#setting#` references and command links. */
const kept = (text: string) => [...placeholders(text), ...(text.match(/\$\([\w-]+\)|#[\w.]+#|\(command:[^)]*\)/g) ?? [])].sort();

describe('l10n bundles', () => {
  const english = readBundle('bundle.l10n.json');
  const german = readBundle('bundle.l10n.de.json');

  it('l10n/bundle.l10n.json holds exactly the l10n.t keys of the host and the core templates (rerun test/l10n/writeBundles.ts when it fails)', () => {
    assert.deepEqual(english, englishBundle());
  });

  it('every English key has a German translation that keeps its placeholders and codicons', () => {
    const missing = Object.keys(english).filter((key) => typeof german[key] !== 'string' || !german[key].trim());
    assert.deepEqual(missing, [], 'keys without German in l10n/bundle.l10n.de.json');
    for (const key of Object.keys(english)) assert.deepEqual(kept(german[key]), kept(key), `placeholders of “${key}”`);
  });

  it('the German bundle has no key the English bundle lacks', () => {
    assert.deepEqual(Object.keys(german).filter((key) => !(key in english)), []);
  });

  it('the German bundle carries the core catalogue and the coach lines exactly as the core defines them', () => {
    for (const [key, value] of Object.entries(coreGerman())) assert.equal(german[key], value, key);
  });
});

describe('package.nls.de.json', () => {
  const english = json('package.nls.json');
  const german = json('package.nls.de.json');

  it('translates every key of package.nls.json and names no other', () => {
    assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort());
  });

  it('keeps every setting reference, command link and placeholder of the English text', () => {
    for (const key of Object.keys(english)) assert.deepEqual(kept(german[key]), kept(english[key]), key);
  });
});

describe('core catalogue', () => {
  it('has German for every msg() template written in src/core', () => {
    const templates = coreTemplates(path.join(ROOT, 'src', 'core'));
    assert.ok(templates.length > 10, 'the scan finds the core templates');
    assert.deepEqual(templates.filter((t) => !(t in GERMAN)), []);
  });

  it('keeps the placeholders of each template', () => {
    for (const [key, value] of Object.entries(GERMAN)) assert.deepEqual(placeholders(value), placeholders(key), key);
  });

  it('translates a message into German and fills its arguments; a template without German stays English', () => {
    assert.equal(translate(msg('“{0}” is not a date; use YYYY-MM-DD or leave it empty.', 'morgen'), 'de'), '„morgen“ ist kein Datum; schreib JJJJ-MM-TT (YYYY-MM-DD) oder lass das Feld leer.');
    assert.equal(translate(msg('Not in the catalogue {0}.', 1), 'de'), 'Not in the catalogue 1.');
    assert.equal(translate(msg('This is the first question.'), 'en'), 'This is the first question.');
  });

  it('reads the language from a locale tag', () => {
    assert.equal(languageOf('de'), 'de');
    assert.equal(languageOf('de-AT'), 'de');
    assert.equal(languageOf('de_DE.UTF-8'), 'de');
    assert.equal(languageOf('C'), 'en');
    assert.equal(languageOf('fr_FR.UTF-8'), 'en');
    assert.equal(languageOf(undefined), 'en');
  });

  it('takes the CLI language from --lang, then LC_ALL, LC_MESSAGES and LANG, the first one set', () => {
    assert.equal(cliLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' }), 'de');
    assert.equal(cliLanguage({ LANG: 'de_DE.UTF-8', LC_ALL: '' }), 'de');
    assert.equal(cliLanguage({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'C' }), 'en');
    assert.equal(cliLanguage({ LANG: 'de_DE.UTF-8' }, 'en'), 'en');
    assert.equal(cliLanguage({}), 'en');
  });
});

/** Every `msg('…')` literal in the core's sources. */
function coreTemplates(dir: string): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/\bmsg\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(match[1].replace(/\\'/g, "'"));
  }
  return [...found];
}
