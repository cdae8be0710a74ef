import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { INSIGHTS_SCHEMA, teamDocuments, teamInsights, type TeamInsights } from '../../src/core/insights/index';
import type { Reflection } from '../../src/core/model/reflection';
import { escapeInline, linkTarget, pulseInWords, retroSummaryMarkdown } from '../../src/core/insights/summaryMarkdown';
import { sampleReflection } from './fixtures';

const period = { from: '2026-11-23', to: '2026-12-06' };
const options = { period, generatedAt: '2026-12-07T09:00:00+01:00' };

const HOSTILE = 'Flaky e2e suite <script>alert(1)</script> [x](javascript:alert(1))\n# heading\n- list\n> quoted\n1. first\n`rm -rf` a | b *bold* _it_ <img src=x onerror=alert(1)> &amp; \\ end';

/** A summary of insights whose every text field came from a hostile file. */
function hostileInsights(): TeamInsights {
  const zero = { technical: 0, procedural: 0, cultural: 0, personal: 0, untagged: 0 };
  return {
    schema: INSIGHTS_SCHEMA,
    period,
    today: '2026-12-07',
    reflections: { total: 3, byKind: { session: 3, blocker: 0, pulse: 0 }, followUps: 0 },
    friction: { totals: { total: 3, counts: { ...zero, technical: 3 } }, weeks: [{ week: '2026-W48', monday: '2026-11-23', total: 3, counts: { ...zero, technical: 3 } }] },
    recurring: [{
      terms: ['<b>bold</b>', '[x](javascript:alert(1))', '# heading'],
      size: 2,
      firstSeen: '2026-11-24',
      lastSeen: '<i>2026</i>',
      quotes: [{ text: HOSTILE, path: '.coaching/reflections/2026/11/a file (copy).yaml' }, { text: 'x'.repeat(500), path: 'javascript:alert(1)' }],
      paths: ['.coaching/reflections/2026/11/a file (copy).yaml', '//evil.example/x.yaml'],
    }],
    actions: {
      followThrough: { opened: 2, done: 1, dropped: 0, overdue: 1, pending: 0, rate: 0.5, medianDaysToDone: 3 },
      openByOwner: [{
        owner: '<script>owner</script>',
        assigned: true,
        overdue: 1,
        actions: [{ id: 'x-a1', text: HOSTILE, created: '2026-11-24T10:00:00+01:00', path: '/etc/passwd', ageDays: 13, overdue: true, daysOverdue: 2, due: '2026-12-05' }],
      }],
    },
    pulse: {
      dimensions: [{ id: 'x', label: '<u>focus</u>', count: 4, mean: 3.4, first: { week: '2026-W48', mean: 3.8 }, last: { week: '2026-W49', mean: 2.9 } }],
      weeks: [],
    },
    participation: [{ week: '2026-W48', monday: '2026-11-23', reflections: 3, followUps: 0, authors: 2 }],
    areas: [],
  };
}

/** Link targets of a Markdown text, as a renderer (markdown-it, linking addresses like VS Code's preview) reads them. */
function linkTargets(markdown: string): string[] {
  return renderer.parse(markdown, {}).flatMap((t) => t.children ?? []).filter((c) => c.type === 'link_open').map((c) => String(c.attrGet('href') ?? ''));
}

const renderer = new MarkdownIt({ html: true, linkify: true });

/** Nothing in the Markdown can become HTML, an image, a link off the repository, or a block of its own. */
function assertInert(markdown: string): void {
  const tokens = renderer.parse(markdown, {});
  const kinds = new Set([...tokens.map((t) => t.type), ...tokens.flatMap((t) => t.children ?? []).map((c) => c.type)]);
  for (const kind of ['html_block', 'html_inline', 'image', 'em_open', 's_open', 'ordered_list_open', 'fence', 'code_block']) assert.ok(!kinds.has(kind), `${kind} from file text`);
  for (const target of linkTargets(markdown)) assert.match(target, /^(?:\.\.\/)*[A-Za-z0-9._~%-]+(?:\/[A-Za-z0-9._~%-]+)*$/, `relative, percent-encoded link: ${target}`);
  assert.ok(!/^(?:>\s*)?(?:#+ heading|[-+*] list|\d+\. first|> quoted)/m.test(markdown), 'no block started by a file');
}

describe('retro summary Markdown', () => {
  it('escapes hostile text from every field so it renders as written and does nothing', () => {
    const markdown = retroSummaryMarkdown(hostileInsights(), options);
    assertInert(markdown);
    assert.ok(markdown.includes('&lt;script>alert(1)&lt;/script>'), 'tags shown as text');
    assert.ok(markdown.includes('[x\\](javascript:alert(1))'), 'link syntax shown as text');
    assert.ok(markdown.includes('&amp;amp;'), 'an entity in the answer is shown, not decoded');
    assert.ok(markdown.includes('\\`rm -rf\\` a | b \\*bold\\* \\_it\\_'));
  });

  it('keeps a quote on one line of its block quote, bounded in length', () => {
    const markdown = retroSummaryMarkdown(hostileInsights(), options);
    const quoteLines = markdown.split('\n').filter((line) => line.startsWith('> ') && !line.startsWith('> —'));
    assert.equal(quoteLines.length, 2);
    assert.match(quoteLines[0], /^> Flaky e2e suite .*# heading - list > quoted 1\. first .*&…$/);
    assert.equal(quoteLines[1], `> ${'x'.repeat(159)}…`);
  });

  it('links files by relative, percent-encoded paths, and never links a path that could leave the repository', () => {
    const markdown = retroSummaryMarkdown(hostileInsights(), { ...options, linkFrom: '.coaching/summaries' });
    const targets = linkTargets(markdown);
    assert.ok(targets.includes('../reflections/2026/11/a%20file%20%28copy%29.yaml'), targets.join(' '));
    assert.ok(targets.includes('../../javascript%3Aalert%281%29'), targets.join(' '));
    assert.ok(!targets.some((t) => /evil|passwd/.test(t)), targets.join(' '));
    assert.ok(markdown.includes(', `//evil.example/x.yaml`.'), 'an unsafe path is still named, as text that no renderer links');
  });

  it('refuses a link folder that is not relative', () => {
    assert.throws(() => retroSummaryMarkdown(hostileInsights(), { ...options, linkFrom: '/tmp' }), /'linkFrom' must be a folder relative/);
  });

  describe('linkTarget', () => {
    it('encodes spaces, parentheses and colons in each segment, relative to the summary’s folder', () => {
      assert.equal(linkTarget('.coaching/reflections/2026/11/my file (2).yaml'), '.coaching/reflections/2026/11/my%20file%20%282%29.yaml');
      assert.equal(linkTarget('javascript:alert(1)'), 'javascript%3Aalert%281%29');
      assert.equal(linkTarget('.coaching/reflections/x.yaml', '.coaching/summaries'), '../reflections/x.yaml');
    });

    it('links no absolute, protocol-relative, dotted or backslashed path', () => {
      for (const path of ['/etc/passwd', '//evil.example/x', '../outside.yaml', '.coaching/./x.yaml', 'a\\b.yaml', 'a//b.yaml', '', 'a\nb']) {
        assert.equal(linkTarget(path), undefined, JSON.stringify(path));
      }
    });
  });

  describe('escapeInline', () => {
    it('neutralises HTML, Markdown syntax and line starts, on one line', () => {
      assert.equal(escapeInline('<b>&amp;</b>'), '&lt;b>&amp;amp;&lt;/b>');
      assert.equal(escapeInline('# a\n- b\n\n> c'), '\\# a - b > c');
      assert.equal(escapeInline('12. twelve'), '12\\. twelve');
      assert.equal(escapeInline('a\u202eb\u0007c'), 'abc', 'bidirectional overrides and control characters are dropped');
      assert.equal(escapeInline('abcdef', 4), 'abc…');
    });
  });

  it('puts the pulse trend in words', () => {
    const trend = { id: 'focus', label: 'focus', count: 6, mean: 3.3, first: { week: '2026-W48', mean: 3.8 }, last: { week: '2026-W49', mean: 2.9 } };
    assert.equal(pulseInWords(trend), 'focus fell from 3.8 to 2.9 over the period (2026-W48 to 2026-W49, 6 ratings)');
    assert.equal(pulseInWords({ ...trend, last: { week: '2026-W49', mean: 4.25 } }), 'focus rose from 3.8 to 4.3 over the period (2026-W48 to 2026-W49, 6 ratings)');
    assert.equal(pulseInWords({ ...trend, last: { week: '2026-W49', mean: 3.81 } }), 'focus held steady at 3.8 over the period (2026-W48 to 2026-W49, 6 ratings)');
    assert.equal(pulseInWords({ ...trend, count: 1, mean: 3.8, last: trend.first }), 'focus averaged 3.8 (1 rating, all in 2026-W48)');
    assert.equal(pulseInWords({ ...trend, count: 0, mean: null, first: null, last: null }), undefined);
  });

  it('summarises a real corpus: themes, recurring blockers as quotes, actions, pulse and participation', () => {
    let serial = 0;
    const doc = (date: string, answer: string, overrides: Partial<Reflection> = {}): CorpusDocument => {
      const id = `s${String(++serial).padStart(7, '0')}`;
      return {
        path: `.coaching/reflections/2026/11/${date} ${id}.yaml`,
        reflection: sampleReflection({ id, created: `${date}T10:00:00+01:00`, exchanges: [{ question: 'q', text: 'What is in your way?', answer }], actions: [], ...overrides }),
      };
    };
    const corpus = [
      doc('2026-11-24', HOSTILE, { friction: ['technical', 'procedural'] }),
      doc('2026-11-25', 'The flaky e2e suite failed twice today', { visibility: 'anonymous', author: undefined, actions: [{ id: 's0000002-a1', text: 'Quarantine the suite', due: '2026-12-01', status: 'open' }] }),
      // A second named author makes the flaky suite a recurring theme (the anonymous writer cannot).
      doc('2026-11-26', 'Unclear priorities and the flaky e2e suite', { friction: [], author: 'Bob Builder' }),
      doc('2026-11-24', '', { kind: 'pulse', friction: [], exchanges: [], pulse: { focus: 4 } }),
      doc('2026-12-02', '', { kind: 'pulse', friction: [], exchanges: [], pulse: { focus: 3 } }),
    ];
    const markdown = retroSummaryMarkdown(teamInsights(teamDocuments(corpus), period, '2026-12-07'), { ...options, title: 'Sprint <42> retro' });
    assertInert(markdown);
    assert.ok(markdown.startsWith('# Sprint <42> retro\n'), 'a < that starts no tag stays as written');
    // The technical + procedural reflection counts once, under the kind it lists first.
    assert.ok(markdown.includes('\n3 reflections reported friction; each counts once, under the first kind it names.\n\n- technical: 2\n- untagged: 1\n\n'), markdown);
    assert.match(markdown, /\n### 1\. e2e suite, flaky\n\n3 reflections, 2026-11-24 to 2026-11-26\.\n/);
    assert.ok(markdown.includes('\n> The flaky e2e suite failed twice today\n>\n> — [2026-11-25 s0000002.yaml](.coaching/reflections/2026/11/2026-11-25%20s0000002.yaml)\n'), markdown);
    assert.ok(markdown.includes('- Done: 0, dropped: 0, overdue: 1, not yet due: 0\n'));
    assert.ok(markdown.includes('- **Unassigned**: 1 open action, 1 overdue\n  - Quarantine the suite (12 days old, due 2026-12-01, overdue by 6 days;'), markdown);
    assert.ok(markdown.includes('- focus fell from 4.0 to 3.0 over the period (2026-W48 to 2026-W49, 2 ratings).'), markdown);
    assert.ok(markdown.includes('- 2026-W48 (from 2026-11-23): 4 reflections by 2 named people\n- 2026-W49 (from 2026-11-30): 1 reflection by 1 named person\n'), markdown);
  });
});
