import * as assert from 'node:assert/strict';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { recurringBlockers, teamDocuments, terms, type RecurringBlocker } from '../../src/core/insights/index';
import { isCodeToken } from '../../src/core/insights/terms';
import { seededRandom } from './fixtures';
import { answered, at, shuffled } from './insightDocs';

const period = { from: '2026-11-23', to: '2026-12-06' };
const paths = (docs: CorpusDocument[]) => docs.map((d) => d.path);
const by = (author: string) => ({ author });

describe('recurring blockers: what makes a theme recur', () => {
  const answers = ['The flaky e2e suite blocked my merge', 'Flaky e2e suite again, half a day lost', 'Our flaky e2e suite failed twice'];

  it('needs at least two different days', () => {
    const sameDay = answers.map((a, i) => answered(at('2026-11-24', `1${i}:00:00+01:00`), [a], by(['Ada Tester', 'Bob Builder', 'Cy Coder'][i])));
    assert.deepEqual(recurringBlockers(teamDocuments(sameDay), period), []);
    const twoDays = sameDay.map((d, i) => (i === 2 ? answered(at('2026-11-25'), [answers[2]], by('Cy Coder')) : d));
    assert.equal(recurringBlockers(teamDocuments(twoDays), period)[0]?.size, 3);
  });

  it('needs at least two different named authors, however the name is spaced or cased', () => {
    const oneAuthor = answers.map((a, i) => answered(at(`2026-11-2${4 + i}`), [a], by(['Ada Tester', ' ada  TESTER', 'Ada Tester'][i])));
    assert.deepEqual(recurringBlockers(teamDocuments(oneAuthor), period), []);
  });

  it('counts anonymous and unsigned writers as unknown: they never make the second author', () => {
    const ada = answered(at('2026-11-24'), [answers[0]], by('Ada Tester'));
    const anonymous = answered(at('2026-11-25'), [answers[1]], { visibility: 'anonymous', author: undefined });
    const unsigned = answered(at('2026-11-26'), [answers[2]], { author: undefined });
    assert.deepEqual(recurringBlockers(teamDocuments([ada, anonymous, unsigned]), period), [], 'one named author and two unknown ones');
    const bob = answered(at('2026-11-27'), ['Flaky e2e suite, yet again'], by('Bob Builder'));
    const [group] = recurringBlockers(teamDocuments([ada, anonymous, unsigned, bob]), period);
    assert.deepEqual(group.paths, paths([ada, anonymous, unsigned, bob]), 'with a second named author, the unknown ones belong to the theme');
  });

  it('lets a caller looking at one person’s reflections ask for one author', () => {
    const mine = answers.map((a, i) => answered(at(`2026-11-2${4 + i}`), [a], by('Ada Tester')));
    assert.equal(recurringBlockers(teamDocuments(mine), period, { minAuthors: 1 })[0]?.size, 3);
  });
});

describe('recurring blockers: markup and code never name a theme', () => {
  const hostile = [
    'Flaky e2e suite <script>alert(1)</script> broke getUserName() and user_id again, see https://ci.example.com/job/42',
    'flaky e2e suite: foo.bar() threw 0xdeadbeef at 10:30, `npm run build` v2.3.1 #1234',
    'Flaky e2e suite, alert(1) <b>bold</b> &amp; snake_case camelCase 3pm 42',
  ];

  it('skips markup, code spans, links, identifiers and numbers when splitting into terms', () => {
    const words = hostile.flatMap((h) => terms(h).map((t) => t.word));
    assert.deepEqual([...new Set(words)].sort(), ['bold', 'broke', 'e2e', 'flaky', 'suite', 'threw'].sort());
    for (const code of ['alert(1)', 'foo.bar', 'user_id', 'getUserName', 'a=b', 'std::vec', 'src/main.ts', 'UserNameService']) assert.ok(isCodeToken(code), code);
    for (const prose of ['CI/CD', 'GitHub', 'on-call', 'e2e', 'naïve', 'Übergaben']) assert.ok(!isCodeToken(prose), prose);
  });

  it('names the theme by the prose the reflections share, never by the code they share', () => {
    const docs = hostile.map((h, i) => answered(at(`2026-11-2${4 + i}`), [h], by(['Ada Tester', 'Bob Builder', 'Cy Coder'][i])));
    const groups = recurringBlockers(teamDocuments(docs), period);
    assert.deepEqual(groups.map((g) => g.terms), [['e2e suite', 'flaky']]);
    const codeOnly = ['<script>alert(1)</script> getUserName()', 'alert(1) getUserName() 42', '`alert(1)` https://x.example/getUserName 42'];
    const noProse = codeOnly.map((h, i) => answered(at(`2026-11-2${4 + i}`), [h], by(['Ada Tester', 'Bob Builder', 'Cy Coder'][i])));
    assert.deepEqual(recurringBlockers(teamDocuments(noProse), period), []);
  });

  it('keeps a compound as people wrote it, joined as they joined it', () => {
    const docs = ['Our CI/CD pipeline stalls', 'The CI/CD pipeline stalled overnight', 'ci/cd pipeline stalls after merges'].map((a, i) =>
      answered(at(`2026-11-2${4 + i}`), [a], by(['Ada Tester', 'Bob Builder', 'Cy Coder'][i])));
    assert.deepEqual(recurringBlockers(teamDocuments(docs), period)[0]?.terms, ['ci/cd', 'pipeline stalls']);
  });
});

// ---------------------------------------------------------------- a generated team of 500 reflections

/** Five real themes, each with the phrase it should be named by and what people write about it. */
const THEMES = [
  { phrase: 'integration suite', lines: ['The integration suite is flaky again', 'Integration suite failed on an unrelated change', 'Quarantined two tests from the integration suite', 'Retries hide how flaky the integration suite is'] },
  { phrase: 'staging database', lines: ['Staging database was down all morning', 'The staging database migration broke the seed data', 'Waiting for someone to restore the staging database', 'Staging database credentials expired again'] },
  { phrase: 'release checklist', lines: ['The release checklist is out of date', 'Nobody owns the release checklist', 'Skipped a step of the release checklist and paid for it', 'Release checklist takes an hour by hand'] },
  { phrase: 'review queue', lines: ['My pull request sat in the review queue for days', 'The review queue keeps growing', 'Reviewers are overloaded and the review queue is stuck', 'Review queue blocks the sprint goal'] },
  { phrase: 'onboarding docs', lines: ['The onboarding docs miss the local setup', 'Onboarding docs still point at the old wiki', 'New hires struggle with outdated onboarding docs', 'Rewrote part of the onboarding docs today'] },
];
/** Themes that must not be reported: one person every day, everyone on one day. */
const SOLO = ['The printer jam ruined my morning', 'Printer jam, again', 'Fixed the printer jam myself'];
const ONE_DAY = ['The fire alarm drill interrupted everything', 'Fire alarm drill, lost an hour', 'Fire alarm drill during the demo'];
const CODE = ['<script>alert(1)</script>', '`npm run build`', 'https://ci.example.com/job/42', 'getUserName()', 'foo.bar()', 'user_id=4711', '#1234', '0xdeadbeef', '3.14159'];
const PEOPLE = ['Ada Tester', 'Bob Builder', 'Cy Coder', 'Dee Dev', 'Eve Ops', 'Fay Product', 'Gus Design', 'Hal Support'];

/** A made-up word from syllables: the long tail of words only a few reflections share. */
function tailWord(random: () => number): string {
  const syllables = ['ka', 'lo', 'mi', 'ru', 'te', 'za', 'po', 'ne', 'vi', 'sha', 'dor', 'ben'];
  return Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
}

interface Generated {
  docs: CorpusDocument[];
  /** Theme index of each document, or -1 for noise and the themes that must not recur. */
  themeOf: Map<string, number>;
}

function generate(seed: number): Generated {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const day = () => `2026-11-${String(23 + Math.floor(random() * 8)).padStart(2, '0')}`;
  const docs: CorpusDocument[] = [];
  const themeOf = new Map<string, number>();
  const add = (answer: string, theme: number, overrides: Parameters<typeof answered>[2], date = day()) => {
    const d = answered(at(date, `${String(8 + docs.length % 10).padStart(2, '0')}:${String(docs.length % 60).padStart(2, '0')}:00+01:00`), [answer], overrides);
    docs.push(d);
    themeOf.set(d.path, theme);
  };
  const person = () => (random() < 0.1 ? { visibility: 'anonymous' as const, author: undefined } : by(pick(PEOPLE)));
  const extras = () => [random() < 0.3 ? pick(CODE) : '', `Today the team ${tailWord(random)} ${tailWord(random)}.`, random() < 0.1 ? pick(pick(THEMES).lines).replace(/^./, (c) => c.toLowerCase()) : ''];
  for (let i = 0; i < 380; i++) {
    const theme = i % THEMES.length;
    add([pick(THEMES[theme].lines), pick(THEMES[theme].lines), ...extras()].join('. '), theme, person());
  }
  for (let i = 0; i < 100; i++) add([`Today the team ${tailWord(random)} ${tailWord(random)} ${tailWord(random)}`, ...extras()].join('. '), -1, person());
  for (let i = 0; i < 10; i++) add(`${pick(SOLO)}. ${tailWord(random)}`, -1, by('Solo Person'), `2026-11-${23 + (i % 8)}`);
  for (let i = 0; i < 10; i++) add(`${pick(ONE_DAY)}. ${tailWord(random)}`, -1, by(PEOPLE[i % PEOPLE.length]), '2026-11-27');
  return { docs, themeOf };
}

describe('recurring blockers on a generated team of 500 reflections', () => {
  const { docs, themeOf } = generate(2026);
  const team = teamDocuments(docs);
  const groups = recurringBlockers(team, period);
  if (process.env.PROBE) console.log(groups.map((g) => `${g.size} ${JSON.stringify(g.terms)} ${JSON.stringify(g.quotes[0]?.text)}`).join("\n"));
  const dominant = (g: RecurringBlocker) => {
    const counts = new Map<number, number>();
    for (const p of g.paths) counts.set(themeOf.get(p) ?? -1, (counts.get(themeOf.get(p) ?? -1) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0];
  };

  it('finds each real theme as one group, nearly pure and nearly complete, named by its phrase', () => {
    assert.equal(docs.length, 500);
    for (const [t, theme] of THEMES.entries()) {
      const mine = groups.filter((g) => dominant(g)[0] === t);
      assert.equal(mine.length, 1, `${theme.phrase}: ${JSON.stringify(mine.map((g) => g.terms))}`);
      const [theme0, hits] = dominant(mine[0]);
      const total = [...themeOf.values()].filter((x) => x === theme0).length;
      assert.ok(hits / mine[0].size >= 0.9, `${theme.phrase}: ${hits} of ${mine[0].size} belong to it`);
      assert.ok(hits / total >= 0.8, `${theme.phrase}: found ${hits} of ${total}`);
      assert.ok(mine[0].terms.includes(theme.phrase), `${theme.phrase} named ${JSON.stringify(mine[0].terms)}`);
    }
    assert.deepEqual(groups.slice(0, THEMES.length).map((g) => dominant(g)[0]).sort(), [0, 1, 2, 3, 4], 'the real themes are the largest groups');
  });

  it('reports no theme from one person alone, from one day alone, or from pasted code', () => {
    const names = groups.flatMap((g) => g.terms).join(' | ');
    assert.ok(!/printer|fire|alarm|drill/.test(names), names);
    assert.ok(!/script|alert|npm|https|example|getuser|foo|bar\b|user_id|4711|1234|deadbeef|\d{2}/i.test(names), names);
    const byPath = new Map(team.map((d) => [d.path, d]));
    for (const g of groups) {
      const members = g.paths.map((p) => byPath.get(p)?.reflection);
      assert.ok(new Set(members.map((r) => r?.created.slice(0, 10))).size >= 2, `${g.terms} spans two days`);
      assert.ok(new Set(members.filter((r) => r?.visibility === 'team' && r.author).map((r) => r?.author)).size >= 2, `${g.terms} has two named authors`);
    }
  });

  it('puts each reflection in one group at most', () => {
    const all = groups.flatMap((g) => g.paths);
    assert.equal(new Set(all).size, all.length);
  });

  it('gives the same groups and names whatever order the files come in', () => {
    for (const seed of [3, 4]) assert.deepEqual(recurringBlockers(teamDocuments(shuffled(docs, seed)), period), groups, `seed ${seed}`);
  });

  it('keeps the names of the real themes when one more unrelated reflection arrives', () => {
    const more = answered(at('2026-11-29'), ['Lunch was late, the team vuzolo bokeda'], by('Ada Tester'));
    const names = (list: RecurringBlocker[]) => list.slice(0, THEMES.length).map((g) => g.terms[0]).sort();
    assert.deepEqual(names(recurringBlockers(teamDocuments([...docs, more]), period)), names(groups));
  });
});
