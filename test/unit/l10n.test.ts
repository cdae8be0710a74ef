import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cliLanguage, languageOf } from '../../src/core/util/catalogue';
import { GERMAN, translate, translator } from '../../src/core/util/german';
import { formatMessage, msg } from '../../src/core/util/message';
import { readPolicySettings } from '../../src/core/prompting/settings';
import { ROOT, coreGerman, englishBundle, readBundle } from '../l10n/bundles';
import { catalogueTemplates, placeholders } from '../l10n/extract';
import { CLI_DE } from '../../src/core/util/catalogue.cli.de';
import { REPORTS_DE } from '../../src/core/util/catalogue.reports.de';
import { WARNINGS_DE } from '../../src/core/util/catalogue.warnings.de';
import { PROBLEMS_DE } from '../../src/core/util/catalogue.problems.de';
import { PULSE_DIMENSIONS, pulseDimensionIn, pulseQuestion } from '../../src/core/coach/quickCaptures';

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
  const templates = catalogueTemplates([path.join(ROOT, 'src', 'core'), path.join(ROOT, 'src', 'cli')]);

  it('has German for every template written in src/core and src/cli (msg, t and t.plural literals)', () => {
    assert.ok(templates.size > 250, `the scan finds the core's and the CLI's templates (${templates.size})`);
    const missing = [...templates].filter(([template]) => !(template in GERMAN)).map(([template, files]) => `${template} (${files.map((f) => path.relative(ROOT, f)).join(', ')})`);
    assert.deepEqual(missing, []);
  });

  it('says each English template one way: no table of the catalogue gives a key another German than the merged catalogue', () => {
    for (const table of [CLI_DE, REPORTS_DE, WARNINGS_DE, PROBLEMS_DE]) for (const [key, value] of Object.entries(table)) assert.equal(GERMAN[key], value, key);
  });

  it('gives each template German with exactly the placeholders of its English', () => {
    for (const [key, value] of Object.entries(GERMAN)) assert.deepEqual(placeholders(value), placeholders(key), key);
  });

  it('asks the pulse check in German: built-in dimensions by their German words, a team’s own as named, the same question ids', () => {
    for (const d of PULSE_DIMENSIONS) {
      const german = pulseDimensionIn(d, translator('de'));
      for (const key of ['label', 'low', 'high'] as const) assert.ok(german[key] !== d[key] && german[key] === GERMAN[d[key]], `${d.id}.${key}`);
    }
    const own = { id: 'sleep', label: 'sleep', low: 'tired', high: 'rested' };
    assert.deepEqual(pulseDimensionIn(own, translator('de')), own);
    assert.deepEqual(pulseQuestion({}, PULSE_DIMENSIONS, translator('de')), { id: 'pulse-open', text: 'Was würde die nächste Woche besser machen als diese?' });
    assert.deepEqual(pulseQuestion({ focus: 2, energy: 4 }, PULSE_DIMENSIONS, translator('de')), { id: 'pulse-raise-focus', text: 'Dein Wert für Fokus ist mit 2 am niedrigsten. Welche eine Änderung würde ihn um einen Punkt heben?' });
    assert.deepEqual(pulseQuestion({ focus: 2 }), { id: 'pulse-raise-focus', text: 'Your focus is the lowest at 2. What one change would raise it by a point?' });
  });

  it('translates a message into German and fills its arguments; a template without German stays English', () => {
    assert.equal(translate(msg('“{0}” is not a date; use YYYY-MM-DD or leave it empty.', 'morgen'), 'de'), '„morgen“ ist kein Datum; schreib JJJJ-MM-TT (YYYY-MM-DD) oder lass das Feld leer.');
    assert.equal(translate(msg('Not in the catalogue {0}.', 1), 'de'), 'Not in the catalogue 1.');
    assert.equal(translate(msg('This is the first question.'), 'en'), 'This is the first question.');
  });

  it('translates a sentence with phrases of its own inside (a setting warning, a clock warning) phrase by phrase', () => {
    const [cap] = readPolicySettings({ dailyCap: 2.5 }).warnings;
    assert.equal(translate(cap, 'de'), 'retroCoach.prompts.dailyCap 2.5 passt nicht, erwartet ist eine ganze Zahl von 0 bis 50 (0 schaltet automatische Impulse aus); es gilt 3');
    const back = msg('The system clock went back by about {0} since the last coaching prompt; Retro Coach has moved its waits back by as much.', msg('{0} hours', 3));
    assert.match(translate(back, 'de'), /^Die Systemuhr ist seit dem letzten Coaching-Impuls um etwa 3 Stunden zurückgegangen;/);
    assert.equal(formatMessage(back), 'The system clock went back by about 3 hours since the last coaching prompt; Retro Coach has moved its waits back by as much.');
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
