/**
 * The conversation battery: realistic answers at the stage they were given, the class the
 * coach must read them as, and what its response must (not) do. One row per answer; the
 * properties every response must have are checked for every row and every variant.
 */
import * as assert from 'node:assert/strict';
import { MAX_RESPONSE_CHARS, respond, type AnswerClass, type CoachStage } from '../../src/core/coach/respond';
import { lintQuestionText } from '../../src/core/questions/lint';
import { formatMessage } from '../../src/core/util/message';

interface Row {
  answer: string;
  stage: CoachStage;
  expected: AnswerClass;
  /** The words the response must reflect, exactly. */
  echo?: string;
  /** A name the response must never repeat. */
  name?: string;
  /** The next step the will stage must pre-fill. */
  step?: string;
}

const row = (answer: string, stage: CoachStage, expected: AnswerClass, also: Partial<Row> = {}): Row => ({ answer, stage, expected, ...also });

// prettier-ignore
const BATTERY: readonly Row[] = [
  // ── non-answers: never echoed, never a target or a step ─────────────────────────────
  row("I don't know.",                         'goal',      'non-answer'),
  row('no idea tbh',                           'will',      'non-answer'),
  row('idk',                                   'reality',   'non-answer'),
  row('Not sure yet',                          'options',   'non-answer'),
  row('nothing',                               'what-else', 'non-answer'),
  row('n/a',                                   'will',      'non-answer'),
  row('🤷',                                    'goal',      'non-answer'),
  row('¯\\_(ツ)_/¯',                           'will',      'non-answer'),
  row('Keine Ahnung.',                         'goal',      'non-answer'),
  row('weiß nicht',                            'will',      'non-answer'),
  row('わからない',                             'reality',   'non-answer'),
  row('まだわかりません。',                      'will',      'non-answer'),
  row("I don't know what to do",               'options',   'non-answer'),
  row('no idea where to start',                'focus',     'non-answer'),
  row('Dunno, honestly.',                      'learning',  'non-answer'),
  row('',                                      'reality',   'non-answer'),
  row('...',                                   'will',      'non-answer'),
  row('maybe',                                 'will',      'non-answer'),
  row("I'll see",                              'will',      'non-answer'),
  // ── distress: a human line, a real person, the offer to keep it private ─────────────
  row('Honestly I am thinking about quitting.', 'will',     'distress'),
  row("I'm exhausted, I've been working weekends for a month", 'reality', 'distress'),
  row("I can't sleep before releases anymore", 'reality',   'distress'),
  row('Completely burned out. The on-call rota never ends.', 'focus', 'distress'),
  row('I feel overwhelmed by everything on my plate', 'goal', 'distress'),
  row('I cried in the car after the retro',    'reality',   'distress'),
  row('Dreading every standup this sprint',    'reality',   'distress'),
  row('Ich bin total erschöpft und überlegt zu kündigen', 'reality', 'distress'),
  row('もう限界です。辞めたい。',               'reality',   'distress'),
  row("I'm exhausted. Ask Dana to take the release tomorrow.", 'will', 'distress'),
  // ── blame: frustration acknowledged, the system in view, no name repeated ───────────
  row('Mark never reviews my PRs',             'reality',   'blame', { name: 'Mark' }),
  row('Priya always ignores the design doc, so we redo everything.', 'reality', 'blame', { name: 'Priya' }),
  row('Honestly? This is ridiculous. Third time this week staging is down and NOBODY cares!!!', 'reality', 'blame'),
  row('They always change the requirements mid-sprint', 'reality', 'blame'),
  row('No one reads the runbook.',             'options',   'blame'),
  row("It's Tom's fault the release slipped",  'reality',   'blame', { name: 'Tom' }),
  row('Management never listens to engineers', 'focus',     'blame'),
  row('Niemand interessiert sich für die Tests', 'reality', 'blame'),
  row('誰もレビューしてくれない',               'reality',   'blame'),
  row('Jonas just never answers on Slack. Ever.', 'will',   'blame', { name: 'Jonas' }),
  row('Honestly Kevin is just lazy',           'reality',   'blame', { name: 'Kevin' }),
  // ── venting: the frustration named, the content (not the interjection) reflected ────
  row('This is ridiculous!!! The staging DB was wiped again.', 'reality', 'venting', { echo: 'The staging DB was wiped again' }),
  row('Well, FFS. The build takes FORTY MINUTES.', 'reality', 'venting', { echo: 'The build takes FORTY MINUTES' }),
  row('Ugh. Flaky tests, again?!',             'reality',   'venting', { echo: 'Flaky tests, again' }),
  row('So sick of fighting the deploy scripts', 'focus',    'venting', { echo: 'So sick of fighting the deploy scripts' }),
  row('Das ist lächerlich. Die Pipeline ist seit Tagen rot.', 'reality', 'venting', { echo: 'Die Pipeline ist seit Tagen rot' }),
  row('ありえない！ビルドがまた壊れた。',         'reality',   'venting', { echo: 'ビルドがまた壊れた' }),
  // ── code and logs: the prose around them, or what they block ────────────────────────
  row('```\nTypeError: Cannot read properties of undefined\n    at render (app.js:12:5)\n```\nThe login page crashes on submit.', 'reality', 'code', { echo: 'The login page crashes on submit' }),
  row('TypeError: x is undefined\n    at foo (a.js:1:2)', 'reality', 'code'),
  row('npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree', 'focus', 'code'),
  row('const total = items.reduce((a, b) => a + b, 0);', 'options', 'code'),
  row('The migration hangs here:\n2026-11-20T10:12:00Z ERROR lock timeout on table users', 'reality', 'code', { echo: 'The migration hangs here' }),
  // ── commitments at the will stage: reflected and pre-filled ─────────────────────────
  row('Ask Dana for a review by Thursday',     'will',      'commitment', { step: 'Ask Dana for a review by Thursday', echo: 'Ask Dana for a review by Thursday' }),
  row("I'll split the integration suite tomorrow morning.", 'will', 'commitment', { step: "I'll split the integration suite tomorrow morning" }),
  row('Well, book 30 minutes with ops on Tuesday to go through the alerts.', 'will', 'commitment', { step: 'book 30 minutes with ops on Tuesday to go through the alerts' }),
  row('Honestly? Pair with Sam on the flaky test.', 'will', 'commitment', { step: 'Pair with Sam on the flaky test', echo: 'Pair with Sam on the flaky test' }),
  row('Mit Anna über die Reviews sprechen',    'will',      'commitment', { step: 'Mit Anna über die Reviews sprechen' }),
  row('明日レビューを依頼する。',                'will',      'commitment', { step: '明日レビューを依頼する' }),
  row("Ugh!!! Fine. I'm going to rewrite the flaky test today.", 'will', 'commitment', { step: "I'm going to rewrite the flaky test today" }),
  // ── plain: the key phrase, by stage ─────────────────────────────────────────────────
  row('Reviews sit for days and nobody knows whose turn it is', 'reality', 'blame'),
  row('Green CI in under ten minutes.',        'goal',      'plain', { echo: 'Green CI in under ten minutes' }),
  row('Well, the CI pipeline takes forty minutes', 'reality', 'plain', { echo: 'the CI pipeline takes forty minutes' }),
  row('Flaky integration tests\nAlso the staging DB is slow', 'reality', 'plain', { echo: 'Flaky integration tests' }),
  row('Maybe pair with Sam on the flaky test', 'options',   'plain', { echo: 'Maybe pair with Sam on the flaky test' }),
  row('Upgrade Node.js to 20.11 first. Then the rest.', 'options', 'plain', { echo: 'Upgrade Node.js to 20.11 first' }),
  row('Docs',                                  'what-else', 'plain', { echo: 'Docs' }),
  row('Probably nothing, but the VPN drops every hour', 'what-else', 'plain', { echo: 'Probably nothing, but the VPN drops every hour' }),
  row('Naming the actual blocker out loud',    'learning',  'plain', { echo: 'Naming the actual blocker out loud' }),
  row('lol the build is on fire again',        'reality',   'plain', { echo: 'the build is on fire again' }),
  row('If the tests were a person I would send them to therapy', 'focus', 'plain'),
  row('My code works and I have no idea why 🙃', 'what-else', 'plain', { echo: 'My code works and I have no idea why 🙃' }),
  row('Die Tests laufen zu lange. Und das Review dauert.', 'reality', 'plain', { echo: 'Die Tests laufen zu lange' }),
  row('ビルドが遅い。毎回30分かかる。',           'reality',   'plain', { echo: 'ビルドが遅い' }),
  row('テストが遅くてDockerのイメージを毎回ビルドし直すのでとても時間がかかっている', 'reality', 'plain'),
  row('Better handoffs between QA and us',     'goal',      'plain', { echo: 'Better handoffs between QA and us' }),
  row('Something about the release process, not sure what exactly', 'focus', 'plain'),
  row('I will never get this done',            'will',      'plain'),
  row("Not sure. Maybe the reviews? Or just me being slow after the holidays, it's been a long month and the backlog grew while I was away", 'reality', 'plain', { echo: 'Not sure' }),
];

const VARIANTS = [0, 0.34, 0.67, 0.999];
const THERAPY = (text: string) => lintQuestionText(`${text}?`).filter((p) => p.rule === 'therapy-speak');

describe('conversation battery', () => {
  it('has at least 60 answers covering every class and stage', () => {
    assert.ok(BATTERY.length >= 60, `${BATTERY.length} rows`);
    const classes = new Set(BATTERY.map((r) => r.expected));
    assert.deepEqual([...classes].sort(), ['blame', 'code', 'commitment', 'distress', 'non-answer', 'plain', 'venting']);
    const stages = new Set(BATTERY.map((r) => r.stage));
    assert.deepEqual([...stages].sort(), ['focus', 'goal', 'learning', 'options', 'reality', 'what-else', 'will']);
  });

  for (const r of BATTERY) {
    it(`${r.stage} · ${JSON.stringify(r.answer).slice(0, 70)} → ${r.expected}`, () => {
      for (const v of VARIANTS) {
        const response = respond(r.answer, r.stage, () => v);
        const text = formatMessage(response.text);
        assert.equal(response.answerClass, r.expected, text);
        assert.ok(text.length <= MAX_RESPONSE_CHARS, `${text.length} characters: ${text}`);
        assert.deepEqual(THERAPY(text), [], text);
        assert.equal(response.offerPrivate, r.expected === 'distress', 'only distress offers privacy');
        if (r.expected === 'commitment') assert.equal(response.nextStep, r.step);
        else assert.equal(response.nextStep, undefined, 'only a concrete step pre-fills the next-step form');
        if (r.echo !== undefined) assert.ok(text.includes(`“${r.echo}”`), `expected “${r.echo}” in: ${text}`);
        if (r.expected === 'non-answer' || r.expected === 'distress' || r.expected === 'blame') assert.ok(!text.includes('“'), `echoes the answer: ${text}`);
        if (r.expected === 'distress') assert.match(text, /manager|someone you trust|a person you trust/, 'names a person to talk to');
        if (r.name) assert.ok(!text.includes(r.name), `repeats the name ${r.name}: ${text}`);
        if (r.expected === 'non-answer' && r.stage === 'will') assert.doesNotMatch(text, /your next step|commit/i);
      }
    });
  }
});
