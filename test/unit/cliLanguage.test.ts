import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { saveReflection } from '../../src/core/store/store';
import { pulseReflection } from '../../src/core/coach/quickCaptures';
import { sampleReflection, seededRandom } from './fixtures';
import { makeHostileCorpus } from '../fixtures/hostile/make';
import { readBundle } from '../l10n/bundles';
import { translateText } from '../../src/core/util/translateText';
import { checkCoaching, readReflections } from '../../src/core/store/corpus';
import { readTeamFiles } from '../../src/core/model/teamConfig';
import { plainLine } from '../../src/core/util/plainText';

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd, now: new Date('2026-11-25T12:00:00Z'), env: { RETRO_COACH_CACHE: 'off', ...env } });
  return { code, out, err };
}

/** Every heading the English Markdown report can have (each section present in the fixture below). */
const ENGLISH_MD_HEADINGS = ['# Retro summary', '## Themes by friction', '## Recurring blockers', '## Actions', '### Open actions by owner', '## Pulse', '## Participation', '## Friction by area'];
/** The English HTML report's section headings. */
const ENGLISH_HTML_HEADINGS = ['Friction by week', 'Pulse trends', 'Follow-through', 'Recurring blockers', 'Open actions by owner', 'Friction by area'];

describe('retro-coach in German', () => {
  let root: string;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-lang-'));
    await saveReflection(root, sampleReflection({ id: 'dede0001', created: '2026-11-20T10:00:00+01:00', friction: ['technical'] }), seededRandom(1));
    await saveReflection(root, sampleReflection({ id: 'dede0002', created: '2026-11-21T10:00:00+01:00', friction: ['technical'], actions: [] }), seededRandom(2));
    await saveReflection(root, sampleReflection({ id: 'dede0004', created: '2026-11-21T11:00:00+01:00', visibility: 'anonymous', author: undefined, actions: [{ id: 'dede0004-a1', text: 'Ask ops about the runners', status: 'open' }] }), seededRandom(4));
    await saveReflection(root, pulseReflection({ ratings: { focus: 2, energy: 4 }, answer: '' }, { id: 'dede0003', created: '2026-11-22T17:00:00+01:00', author: 'Ada Tester', visibility: 'team' }), seededRandom(3));
  });
  after(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('--lang de prints the usage in German and says how the language is chosen', async () => {
    const help = await run(['--help', '--lang', 'de'], root);
    assert.equal(help.code, 0);
    assert.match(help.err + help.out, /^Aufruf: retro-coach <Befehl> \[Optionen\]/);
    assert.match(help.err + help.out, /--lang en\|de .*\n.*LC_ALL, LC_MESSAGES oder LANG/);
    const english = await run(['--help'], root);
    assert.match(english.err + english.out, /--lang en\|de prints messages and reports in English or German; without it the language\ncomes from LC_ALL, LC_MESSAGES or LANG/);
  });

  it('takes German from LANG=de_DE.UTF-8 when there is no --lang, and --lang en wins over it', async () => {
    const german = await run(['report', '--since', 'gestern'], root, { LANG: 'de_DE.UTF-8' });
    assert.equal(german.code, 2);
    assert.equal(german.err, "retro-coach: 'gestern' ist weder ein Datum (2026-11-01) noch eine Spanne (4w, 14d, 2m).\nretro-coach --help zeigt, wie der Aufruf geht.\n");
    const english = await run(['report', '--since', 'gestern', '--lang', 'en'], root, { LANG: 'de_DE.UTF-8' });
    assert.equal(english.err, "retro-coach: 'gestern' is not a date (2026-11-01) or a span (4w, 14d, 2m).\nRun retro-coach --help for usage.\n");
  });

  it('refuses a --lang it cannot speak, in the language of the environment, with exit 2', async () => {
    const refused = await run(['validate', '--lang=fr'], root, { LC_ALL: 'de_AT.UTF-8' });
    assert.equal(refused.code, 2);
    assert.match(refused.err, /^retro-coach: --lang muss en oder de sein, nicht 'fr'\./);
  });

  it('validate prints each problem in German, keeping path:line:col, the bad value and the words to type', async () => {
    const broken = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-lang-bad-'));
    try {
      await fs.mkdir(path.join(broken, '.coaching', 'reflections'), { recursive: true });
      await fs.writeFile(path.join(broken, '.coaching', 'reflections', 'broken.yaml'), 'schema: retro-coach/reflection/v1\nid: [oops\n');
      await fs.writeFile(path.join(broken, '.coaching', 'config.yaml'), 'questions: sometimes\ndefaultVisibility: everyone\n');
      const r = await run(['validate', '--root', broken, '--lang', 'de'], '/');
      assert.equal(r.code, 1);
      const lines = r.out.trim().split('\n');
      assert.match(lines[0], /^\.coaching\/reflections\/broken\.yaml:\d+:\d+: YAML-Syntax: die hier mit '\[' geöffnete Liste wird nicht geschlossen; beende sie mit '\]'\.$/);
      assert.equal(lines[1], ".coaching/config.yaml:1:1: Warnung: questions ist 'sometimes'; verwende merge (die Fragen des Teams kommen zu den eingebauten dazu) oder replace.");
      assert.equal(lines[2], ".coaching/config.yaml:2:1: Warnung: defaultVisibility ist 'everyone'; verwende team, anonymous oder private.");
      assert.match(r.err, /^3 Problem\(e\) in \.coaching; 0 Datei\(en\) gültig\.\n$/);
    } finally {
      await fs.rm(broken, { recursive: true, force: true });
    }
  });

  it('a German Markdown report has none of the English headings, German ones instead, and German pulse and friction names', async () => {
    const english = await run(['report', '--root', root], '/');
    for (const heading of ENGLISH_MD_HEADINGS) assert.ok(english.out.split('\n').includes(heading), `the English report has ${heading}`);
    const german = await run(['report', '--root', root, '--lang', 'de'], '/');
    assert.equal(german.code, 0, german.err);
    const lines = german.out.split('\n');
    for (const heading of ENGLISH_MD_HEADINGS) assert.ok(!lines.includes(heading), `no English heading ${heading}`);
    for (const heading of ['# Retro-Zusammenfassung', '## Themen nach Reibung', '## Wiederkehrende Blocker', '## Schritte', '### Offene Schritte nach Person', '## Stimmung', '## Beteiligung', '## Reibung nach Bereich']) assert.ok(lines.includes(heading), heading);
    assert.ok(lines.includes('- Technisch: 3'), 'friction kinds by their German names');
    assert.ok(lines.includes('- **Nicht zugewiesen**: 1 offener Schritt'), 'actions nobody owns, under the German word');
    assert.ok(lines.some((l) => /^- Fokus lag im Schnitt bei 2\.0 \(1 Bewertung, alle in 2026-W47\)\.$/.test(l)), german.out);
  });

  it('a German HTML report says lang="de" and has German section headings only', async () => {
    const german = await run(['report', '--root', root, '--format', 'html', '--lang', 'de'], '/');
    assert.match(german.out, /<html lang="de">/);
    for (const heading of ENGLISH_HTML_HEADINGS) assert.ok(!german.out.includes(`<h2>${heading}`), `no English heading ${heading}`);
    for (const heading of ['Reibung pro Woche', 'Stimmungsverlauf', 'Umsetzungsquote', 'Wiederkehrende Blocker', 'Offene Schritte nach Person', 'Reibung nach Bereich']) assert.ok(german.out.includes(`<h2>${heading}`), heading);
    assert.match(german.out, /<th scope="col">Fokus<\/th>/);
  });

  it('JSON stays data: the same keys and values in German as in English', async () => {
    const english = await run(['report', '--root', root, '--format', 'json'], '/');
    const german = await run(['report', '--root', root, '--format', 'json', '--lang', 'de'], '/');
    assert.deepEqual(JSON.parse(german.out), JSON.parse(english.out));
  });

  it('history prints its sections and lines in German, with the git warning translated', async () => {
    const r = await run(['history', '--root', root, '--format', 'md', '--lang', 'de'], '/');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Geschichte in Retro Coach\n\nQuelle: Zeiten der Dateien \(kein git\); seit /);
    for (const section of ['## Zeitleiste', '## Verlauf der Aktionen', '## Beteiligung pro Woche', '## Blocker, die über Monate wiederkehren']) assert.ok(r.out.includes(`\n${section}\n`), section);
    assert.match(r.out, /\n- \d{4}-\d{2}-\d{2} hinzugefügt \.coaching\//);
    assert.match(r.err, /^Warnung: Dieser Ordner ist kein git-Repository/);
  });

  it('validate --lang de says every problem of the hostile corpus in German, at the same path:line:col, as the extension does from its bundle', async function () {
    if (process.platform === 'win32') this.skip(); // the corpus needs links and a named pipe
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-lang-hostile-'));
    try {
      const { root: hostile } = await makeHostileCorpus(path.join(dir, 'a'));
      const english = (await run(['validate', '--root', hostile], '/')).out.trim().split('\n');
      const german = (await run(['validate', '--root', hostile, '--lang', 'de'], '/')).out.trim().split('\n');
      assert.ok(english.length > 20, 'the corpus has its problems');
      assert.equal(german.length, english.length);
      const where = (line: string) => /^(.*?:\d+:\d+): /.exec(line)?.[1];
      german.forEach((line, i) => {
        assert.equal(where(line), where(english[i]), line);
        assert.notEqual(line, english[i], 'still English');
      });
      // The extension finds the same German in its l10n bundle (Problems panel, tree view), among all its other strings.
      const bundle = readBundle('bundle.l10n.de.json');
      const problems = checkCoaching(await readReflections(hostile, { includePrivate: true }), readTeamFiles(hostile).problems).problems;
      const cli = german.map((line) => line.slice(line.indexOf(': ', where(line)?.length ?? 0) + 2).replace(/^Warnung: /, ''));
      assert.deepEqual(problems.map((p) => plainLine(translateText(p.message, bundle))), cli);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
