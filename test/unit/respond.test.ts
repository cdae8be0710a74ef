import * as assert from 'node:assert/strict';
import { MAX_CJK_PHRASE_CHARS, MAX_PHRASE_CHARS, MAX_PHRASE_WORDS, MAX_RESPONSE_CHARS, guessFrictionKind, keyPhrase, respond, type CoachStage } from '../../src/core/coach/respond';
import * as replies from '../../src/core/coach/respond/replies';
import { BLAME, DISTRESS, VENTING, type Language } from '../../src/core/coach/respond/rules';
import { normalise } from '../../src/core/coach/respond/text';
import { LIMITS } from '../../src/core/model/reflection';
import { formatMessage, fillTemplate } from '../../src/core/util/message';
import { seededRandom } from './fixtures';

const text = (answer: string, stage: CoachStage = 'reality', r = 0) => formatMessage(respond(answer, stage, () => r).text);
const STAGES: CoachStage[] = ['focus', 'goal', 'reality', 'options', 'will', 'what-else', 'learning'];

describe('respond', () => {
  it('fills no response longer than MAX_RESPONSE_CHARS, whatever the template and the longest phrase', () => {
    const families = [replies.SKIPPED, replies.NOT_KNOWING, replies.NOT_KNOWING_WILL, replies.NOTHING_ELSE, replies.NOTHING_LEARNED, replies.DISTRESS, replies.BLAME, replies.VENTING, replies.CODE_WITH_PROSE, replies.CODE_ONLY, replies.COMMITMENT, ...Object.values(replies.PLAIN)];
    const longest = 'x'.repeat(Math.max(MAX_PHRASE_CHARS, MAX_CJK_PHRASE_CHARS));
    for (const template of families.flat()) assert.ok(fillTemplate(template, [longest]).length <= MAX_RESPONSE_CHARS, template);
    const huge = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    for (const stage of STAGES) assert.ok(text(huge, stage).length <= MAX_RESPONSE_CHARS);
  });

  it('chooses among at least three lines per class and stage with the injected random', () => {
    const answers: Record<string, string> = { plain: 'The CI pipeline takes forty minutes', 'non-answer': 'no idea', distress: 'I am burned out', blame: 'Nobody reviews anything', venting: 'This is ridiculous!!! The queue is stuck.', code: 'TypeError: x\n    at f (a.js:1:1)' };
    for (const [answerClass, answer] of Object.entries(answers)) {
      for (const stage of STAGES) {
        const lines = new Set([0, 0.34, 0.67, 0.99].map((r) => text(answer, stage, r)));
        assert.ok(lines.size >= 3, `${answerClass} at ${stage}: ${[...lines].join(' | ')}`);
      }
    }
  });

  it('is deterministic under a fixed random', () => {
    const run = () => { const random = seededRandom(42); return STAGES.map((stage) => respond('Fix the flaky test by Friday', stage, random)); };
    assert.deepEqual(run(), run());
  });

  it('hears "nothing" after "And what else?" as a finished list, and after the learning question as nothing that stood out', () => {
    assert.match(text('nothing', 'what-else'), /picture|list|Nothing else/);
    assert.match(text('not sure', 'learning'), /later|stood out/);
    assert.match(text('not sure', 'goal'), /guess/);
  });

  it('passes the phrase as an argument, never inside the template', () => {
    const response = respond('Deploys need {0} approvals', 'reality', () => 0);
    assert.ok(response.text.template.includes('{0}'));
    assert.deepEqual(response.text.args, ['Deploys need {0} approvals']);
  });

  it('pre-fills a step only at the will stage, bounded to the next-step limit', () => {
    assert.equal(respond('Ask Dana for a review', 'options', () => 0).nextStep, undefined);
    assert.equal(respond('Ask Dana for a review', 'will', () => 0).nextStep, 'Ask Dana for a review');
    const long = `Ask ${'very '.repeat(400)}politely`;
    assert.ok(respond(long, 'will', () => 0).nextStep!.length <= LIMITS.actionChars);
    assert.equal(respond("I won't ask anyone", 'will', () => 0).nextStep, undefined, 'a negated step is not a step');
  });

  it('treats an unknown stage like reality, and never throws on odd input or odd randomness', () => {
    assert.equal(text('The build is slow', 'constructor' as CoachStage), text('The build is slow', 'reality'));
    const odd: unknown[] = [null, undefined, 42, {}, '\ud800', 'a'.repeat(1_000_000), '.'.repeat(100_000), '\n'.repeat(100_000), `${'!'.repeat(50_000)}a`, `${' '.repeat(50_000)}x`, `Mark ${'never '.repeat(20_000)}`, '`'.repeat(30_000)];
    const randoms: (() => number)[] = [() => NaN, () => -1, () => 1, () => Infinity, () => { throw new Error('boom'); }];
    for (const answer of odd) {
      for (const random of randoms) {
        const response = respond(answer as string, 'goal', random);
        assert.ok(formatMessage(response.text).length > 0);
      }
    }
  });
});

describe('the key phrase', () => {
  it('drops control characters, collapses whitespace and trims punctuation at the edges', () => {
    assert.equal(keyPhrase('  ship   the\tfix  by   Friday!!  '), 'ship the fix by Friday');
    assert.equal(keyPhrase('Fix\u0000 the\u0007 build\u202e now'), 'Fix the build now');
    assert.equal(keyPhrase('"Pair with Sam;"'), 'Pair with Sam');
  });

  it('is the first sentence or line, ending at . ! ? … and 。！？', () => {
    assert.equal(keyPhrase('Reviews sit for days. Nobody owns them! Really?'), 'Reviews sit for days');
    assert.equal(keyPhrase('Is it the cache? Probably.'), 'Is it the cache');
    assert.equal(keyPhrase('\r\n\r\n  Merge conflicts every morning\r\nand more'), 'Merge conflicts every morning');
    assert.equal(keyPhrase('ビルドが遅い。テストも遅い'), 'ビルドが遅い');
    assert.equal(keyPhrase('レビューが来ない！毎日待っている'), 'レビューが来ない');
    assert.equal(keyPhrase('なぜ遅い？調べたい'), 'なぜ遅い');
  });

  it('does not split inside version numbers or file names', () => {
    assert.equal(keyPhrase('Upgrade Node.js to 20.11 first. Then the rest.'), 'Upgrade Node.js to 20.11 first');
  });

  it('skips interjection-only sentences and leading interjections', () => {
    assert.equal(keyPhrase('Honestly? The deploy script is a mess.'), 'The deploy script is a mess');
    assert.equal(keyPhrase('Well, the queue is long'), 'the queue is long');
    assert.equal(keyPhrase('Ugh. Hmm. Naja. Die Tests sind rot'), 'Die Tests sind rot');
    assert.equal(keyPhrase('Look at the logs first'), 'Look at the logs first', '"look" is content unless punctuated');
    assert.equal(keyPhrase('Look, the logs are useless'), 'the logs are useless');
    assert.equal(keyPhrase('Honestly?'), 'Honestly', 'an answer that is only an interjection is still reflected');
  });

  it(`cuts a spaced script on a word boundary: at most ${MAX_PHRASE_WORDS} words and ${MAX_PHRASE_CHARS} characters`, () => {
    const many = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    assert.equal(keyPhrase(many), 'one two three four five six seven eight nine ten eleven twelve…');
    const long = 'Refactoring authentication middleware configuration requires coordinating infrastructure stakeholders everywhere immediately';
    const phrase = keyPhrase(long);
    assert.ok(phrase.length <= MAX_PHRASE_CHARS && phrase.endsWith('…'), phrase);
    for (const word of phrase.slice(0, -1).split(' ')) assert.ok(long.split(' ').includes(word), `"${word}" was cut mid-word`);
  });

  it('cuts a single over-long word (a URL) to the bound, never inside a character', () => {
    const url = keyPhrase(`https://example.com/${'a'.repeat(300)}`);
    assert.equal(url.length, MAX_PHRASE_CHARS);
    const emoji = keyPhrase('🙂'.repeat(200));
    assert.ok(emoji.length <= MAX_PHRASE_CHARS && !/[\ud800-\udbff]…$/.test(emoji));
  });

  it(`cuts Chinese and Japanese by characters (at most ${MAX_CJK_PHRASE_CHARS}), never through a Latin word inside them`, () => {
    const ja = 'テストが遅くて毎回イメージをビルドし直すのでとても時間がかかっていて本当に困っている状態です';
    const phrase = keyPhrase(ja);
    assert.equal(phrase.length, MAX_CJK_PHRASE_CHARS);
    assert.ok(phrase.endsWith('…') && ja.startsWith(phrase.slice(0, -1)));
    const mixed = keyPhrase('テストが遅くて毎回のようにイメージを作り直すのでKubernetesのデプロイも遅い');
    assert.ok(!/Kuber…|[A-Za-z]…$/.test(mixed), mixed);
  });
});

describe('code and logs', () => {
  it('reflects the prose around a fenced block, a stack trace or a log line, not the code', () => {
    assert.match(text('```js\nconst a = b();\n```\nThe login page crashes'), /“The login page crashes”/);
    assert.match(text('The migration hangs:\n[ERROR] lock timeout\n    at Db.lock (db.js:4:2)'), /“The migration hangs”/);
    assert.equal(respond('Traceback (most recent call last):\n  File "a.py", line 3, in <module>', 'reality', () => 0).answerClass, 'code');
  });

  it('asks what only-code is blocking, and keeps inline code in prose', () => {
    const only = respond('if (user == null) { return; }', 'reality', () => 0);
    assert.equal(only.answerClass, 'code');
    assert.match(formatMessage(only.text), /blocking|keeping you|stop you/);
    assert.match(text('The `build` step fails on main'), /“The `build` step fails on main”/);
  });
});

describe('rule tables', () => {
  const SAMPLES: Record<'distress' | 'blame' | 'venting', readonly string[]> = {
    distress: [
      "I'm completely exhausted", 'Exhausted.', 'burned out again', "I can't sleep", 'thinking about quitting', 'might quit my job', 'totally overwhelmed',
      "I can't cope", 'I cried today', 'working every weekend', 'I hate my job', "I don't want to be here", 'Ich bin erschöpft',
      'Ich kann nicht mehr schlafen', 'Ich will kündigen', 'Ich habe geweint', 'Ich arbeite jedes Wochenende', '限界です',
    ],
    blame: ['Nobody cares', 'They always change it', "It's his fault", 'The new lead is clueless', 'Niemand kümmert sich', 'Die Chefin ändert immer alles', 'Es ist seine Schuld', 'Die sind alle faul', 'あの人のせい'],
    venting: ['This is ridiculous', 'are you serious', 'Das ist lächerlich', 'うんざり'],
  };
  const tables = { distress: DISTRESS, blame: BLAME, venting: VENTING };

  it('every pattern of every class and language matches at least one sample', () => {
    for (const [answerClass, table] of Object.entries(tables)) {
      for (const language of Object.keys(table) as Language[]) {
        table[language].forEach((pattern, i) => {
          const hit = SAMPLES[answerClass as keyof typeof SAMPLES].some((s) => pattern.test(language === 'ja' ? s : normalise(s)));
          assert.ok(hit, `${answerClass}/${language} pattern ${i} matches no sample: ${pattern.source.slice(0, 80)}`);
        });
      }
    }
  });

  it('does not read everyday engineering words as distress', () => {
    for (const answer of ['We exhausted all retry options', 'quit vim', 'The dashboard was overwhelming at first', 'We deploy every weekend', 'for crying out loud', 'so tired of waiting for CI']) {
      assert.notEqual(respond(answer, 'reality', () => 0).answerClass, 'distress', answer);
    }
  });

  it('does not read tools, builds or sentence openers as blamed people', () => {
    for (const answer of ['Docker always crashes', 'The build never finishes', 'Reviews never happen on Fridays', 'Jenkins always times out']) {
      assert.notEqual(respond(answer, 'reality', () => 0).answerClass, 'blame', answer);
    }
  });
});

describe('guessFrictionKind', () => {
  it('scores a focus answer to the kind it is about, in English, German and Japanese', () => {
    assert.equal(guessFrictionKind('The build keeps failing on CI and the tests are flaky'), 'technical');
    assert.equal(guessFrictionKind('Reviews wait for days and every approval needs a meeting'), 'procedural');
    assert.equal(guessFrictionKind('Nobody on the team says what they think; decisions happen in private'), 'cultural');
    assert.equal(guessFrictionKind("I can't focus, too many interruptions and my energy is gone"), 'personal');
    assert.equal(guessFrictionKind('Die Freigabe dauert, der Prozess ist zäh'), 'procedural');
    assert.equal(guessFrictionKind('ビルドが遅い、テストも遅い'), 'technical');
  });

  it('gives nothing when no keyword fits, when kinds tie, or for odd input', () => {
    assert.equal(guessFrictionKind('hmm'), undefined);
    assert.equal(guessFrictionKind(''), undefined);
    assert.equal(guessFrictionKind('the build and the review'), undefined);
    assert.equal(guessFrictionKind(null as unknown as string), undefined);
    assert.equal(guessFrictionKind('citation needed'), undefined, '"ci" matches only as a whole word');
  });
});
