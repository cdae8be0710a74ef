import * as assert from 'node:assert/strict';
import { translateText } from '../../src/core/util/translateText';
import { parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';
import { validateReflection } from '../../src/core/model/validate';
import { loadUntrustedYaml, serializeReflection } from '../../src/core/model/reflectionYaml';
import { WRITTEN_ELSEWHERE } from '../../src/core/util/catalogue.problems.de';
import { moreProblemsMessage } from '../../src/core/util/problemCap';
import { LINK_MESSAGE, readUntrustedSync } from '../../src/core/store/safeRead';
import { promises as fs, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../l10n/bundles';
import { GERMAN } from '../../src/core/util/german';
import { readReflections } from '../../src/core/store/corpus';
import { sampleReflection } from './fixtures';

/** What the CLI does: a sentence in German with the catalogue's German, English as it is (no catalogue). */
const said = (text: string, language: 'en' | 'de') => translateText(text, language === 'de' ? GERMAN : undefined);

// A file's problems reach the CLI and the extension as English text; translateText finds their templates again.
describe('translating a file problem at the edge', () => {
  it('translates a schema sentence with its advice and list, leaving the field, the value and the words to type as written', () => {
    const [problem] = parseTeamConfig('defaultVisibility: everyone\n').problems;
    assert.equal(problem.message, "defaultVisibility is 'everyone'; use team, anonymous or private.");
    assert.equal(said(problem.message, 'de'), "defaultVisibility ist 'everyone'; verwende team, anonymous oder private.");
  });

  it('translates every problem of a broken config.yaml and questions.yaml, no English instruction left outside the quoted values', () => {
    const config = parseTeamConfig('team: [a]\nquestions: sometimes\nfriction: [tech]\npulse: [focus, focus]\ncolour: blue\n').problems;
    const questions = parseTeamQuestions('questions:\n  - id: Bad Id\n    text: Why?\n    kind: technical\n    stage: goal\n').problems;
    assert.ok(config.length >= 4 && questions.length >= 1);
    for (const p of [...config, ...questions]) {
      const german = said(p.message, 'de');
      assert.notEqual(german, p.message, p.message);
      assert.ok(!/\b(write|use|remove|which|the fields here are)\b/.test(german.replace(/'[^']*'/g, '')), `${p.message}\n→ ${german}`);
    }
  });

  it('translates a reflection problem and YAML syntax diagnoses, one that starts with a quoted key too', () => {
    const { problems } = validateReflection({ schema: 'retro-coach/reflection/v1', id: 'abcd1234', kind: 'session', created: 'yesterday', visibility: 'team', friction: [], trigger: { kind: 'manual' }, exchanges: [], actions: [] });
    assert.equal(said(problems[0].message, 'de'), "created ist 'yesterday'; schreib ein echtes Datum mit Uhrzeit und Zeitzonenversatz, etwa 2026-11-25T10:12:00+01:00.");
    const loaded = loadUntrustedYaml('id:\tx\n\tkind: session\n');
    assert.equal(loaded.ok, false);
    if (!loaded.ok) assert.match(said(loaded.problems[0].message, 'de'), /^YAML-Syntax: /);
    const twice = loadUntrustedYaml('a: 1\na: 2\n');
    assert.ok(!twice.ok);
    if (!twice.ok) assert.equal(said(twice.problems[0].message, 'de'), "YAML-Syntax: 'a' kommt in derselben Zuordnung zweimal vor; behalte eins davon.");
  });

  it('translates the question lint on questions.yaml, keeping the quoted words and English examples', () => {
    const problems = parseTeamQuestions('questions:\n  - id: why-01\n    text: Why did you not just ask\n    kind: technical\n    stage: goal\n').problems;
    const german = problems.map((p) => said(p.message, 'de'));
    assert.ok(german.length >= 3, german.join('\n'));
    assert.ok(german.includes("„Why did you not“ verlangt, dass die Person die Vergangenheit verteidigt; frag, was passiert ist oder was sie als Nächstes will, etwa 'What got in the way?'"), german.join('\n'));
    assert.ok(german.includes("„just“ lässt es leicht oder klein klingen; streich 'just'."), german.join('\n'));
    german.forEach((line, i) => assert.notEqual(line, problems[i].message));
  });

  it('leaves English as it is, and a sentence no template made untouched in German, even one with a joint like "or" in it', () => {
    assert.equal(said("defaultVisibility is 'everyone'; use team, anonymous or private.", 'en'), "defaultVisibility is 'everyone'; use team, anonymous or private.");
    assert.equal(said('Something the core never says.', 'de'), 'Something the core never says.');
    assert.equal(said('ask what happened or what they want next', 'de'), 'ask what happened or what they want next');
  });

  it('never translates a value from the file, even one that spells a catalogue word', () => {
    assert.equal(said("kind is 'add it'; use session, blocker, pulse or follow-up.", 'de'), "kind ist 'add it'; verwende session, blocker, pulse oder follow-up.");
  });

  it('translates what the untrusted reader, the YAML reader and the problem cap say', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-tt-'));
    try {
      await fs.writeFile(path.join(dir, 'big.yaml'), 'x'.repeat(50));
      await fs.writeFile(path.join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x0a, 0xe4, 0x0a]));
      const big = readUntrustedSync(dir, 'big.yaml', { maxBytes: 10 });
      const latin1 = readUntrustedSync(dir, 'latin1.yaml', { maxBytes: 100 });
      assert.ok(!big.ok && !latin1.ok);
      if (!big.ok) assert.equal(said(big.message, 'de'), 'Die Datei ist größer als 10 Bytes, das Höchste, was Retro Coach liest, daher wurde sie nicht gelesen. Kürze sie oder teil sie in mehrere Dateien auf.');
      if (!latin1.ok) assert.equal(said(latin1.message, 'de'), 'Die Datei ist kein UTF-8-Text (das erste ungültige Byte steht in Zeile 2); speichere sie als UTF-8.');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    assert.match(said(LINK_MESSAGE, 'de'), /^Das ist ein symbolischer Link; /);
    assert.equal(said(moreProblemsMessage(3), 'de'), '… und 3 weitere Probleme in dieser Datei; behebe die obigen und prüf noch einmal.');
    const tagged = loadUntrustedYaml('id: !!binary aGVsbG8=\n');
    assert.ok(!tagged.ok);
    if (!tagged.ok) assert.equal(said(tagged.problems[0].message, 'de'), "Das Tag '!!binary' macht etwas anderes als Text, eine Liste oder eine Zuordnung; Dateien von Retro Coach nutzen keine Tags. Entferne es.");
  });

  it('translates what the corpus says when it stops at its file or byte budget, the numbers as written', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-tt-budget-'));
    try {
      const folder = path.join(dir, '.coaching', 'reflections', '2026', '11');
      await fs.mkdir(folder, { recursive: true });
      for (const id of ['aaaa1111', 'bbbb2222', 'cccc3333']) await fs.writeFile(path.join(folder, `2026-11-20-x-${id}.yaml`), serializeReflection(sampleReflection({ id })));
      const stopped = async (opts: { maxFiles?: number; maxBytes?: number }) => (await readReflections(dir, { includePrivate: false, ...opts })).problems.map((p) => said(p.message, 'de'));
      assert.deepEqual(await stopped({ maxFiles: 2 }), ['Nach 2 Reflexionsdateien aufgehört; der Rest von .coaching/ wurde nicht gelesen, weil Retro Coach höchstens so viel auf einmal liest. Verschieb alte Reflexionen aus .coaching/ (die Git-Historie behält sie).']);
      const [bytes] = await stopped({ maxBytes: 1 });
      assert.match(bytes, /^Nach 0 Reflexionsdateien \(0 Bytes\) aufgehört; der Rest von \.coaching\/ wurde nicht gelesen/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('still finds every word of each sentence written outside the catalogue in the folder that writes it (reworded there: reword the catalogue too)', () => {
    for (const [template, folder] of Object.entries(WRITTEN_ELSEWHERE)) {
      const source = readdirSync(path.join(ROOT, folder)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(path.join(ROOT, folder, f), 'utf8')).join('\n');
      for (const words of template.split(/\{\d+\}/).filter(Boolean)) assert.ok(source.includes(words), `${folder} no longer says “${words}” (from “${template}”)`);
    }
  });
});
