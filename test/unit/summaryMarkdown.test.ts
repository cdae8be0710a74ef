/**
 * The Markdown export, read back by a real renderer (markdown-it, set up like VS Code's preview:
 * raw HTML passed through, addresses linked): every answer reads as written, and no answer
 * makes HTML, a link, an image, emphasis or a block of its own.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { teamDocuments, teamInsights } from '../../src/core/insights/index';
import { QUOTE_CHARS, escapeInline, retroSummaryMarkdown } from '../../src/core/insights/summaryMarkdown';
import { buildReflection } from '../fixtures/reflections';

const period = { from: '2026-11-23', to: '2026-12-06' };
const today = '2026-12-07';
const md = new MarkdownIt({ html: true, linkify: true });

/** What people really write: none of it is Markdown, all of it must survive as written. */
const EVERYDAY = [
  'Waited 2-3 days for a review, then had to re-run the pipeline',
  'The snake_case_name in config_loader.py broke the __init__ import',
  'Saved it in C:\\Users\\me\\notes and 2026-11-29-retro-notes.yaml',
  'R&D says 5 * 3 = 15 and a < b; about ~2 hours, 50% done (maybe)',
  'Costs $20 a month; worth it!',
];

/** Answers that try to become markup, links or blocks. */
const HOSTILE = [
  '<script>alert(1)</script> and <img src=x onerror=alert(1)> <!-- hidden -->',
  'click [here](javascript:alert(1)) or ![pixel](https://evil.example/p.png) or [ref][1]',
  '[1]: https://evil.example/definition',
  'visit https://evil.example/phish, www.evil.example or mail boss@evil.example now',
  'see evil.com/login and <https://evil.example/auto> and `https://evil.example/ticked`',
  '# heading',
  '- list item',
  '> quoted',
  '1. first',
  '[ ] a task box',
  '**bold** _italic_ ~~struck~~ ~one~ `code` ```fence',
  'entities &amp; &#60;script&#62; &lt;b&gt; stay as typed',
  'escapes \\*not emphasis\\* and a trailing backslash \\',
  'math $x^2$ and $$y$$',
];

const normalize = (text: string, max: number) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

function corpus(): CorpusDocument[] {
  const answers = [...EVERYDAY, ...HOSTILE];
  return answers.map((answer, i): CorpusDocument => {
    const id = `mdt${String(i).padStart(4, '0')}`;
    const day = `2026-11-${String(23 + (i % 7)).padStart(2, '0')}`;
    return {
      path: `.coaching/reflections/2026/11/${day}-answer-${id}.yaml`,
      reflection: buildReflection({
        id, created: `${day}T10:00:00+01:00`, author: `Person ${i % 4}`,
        // Five of them share a theme, so the export quotes them; the rest stay rare words.
        exchanges: [{ question: 'technical-reality-01', text: 'What is actually failing right now?', answer: i >= EVERYDAY.length && i < EVERYDAY.length + 5 ? `The staging database migration failed again. ${answer}` : answer }],
        nextStep: { text: answer, owner: `Person ${i % 4}`, due: '2026-12-01' },
      }),
    };
  });
}

type Token = ReturnType<typeof md.parse>[number];

/** The text a reader sees in an inline token, and the kinds of markup it holds. */
function inline(token: Token): { text: string; markup: string[] } {
  const children = token.children ?? [];
  return {
    text: children.map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content)).join(''),
    markup: children.map((c) => c.type).filter((t) => !['text', 'code_inline', 'softbreak'].includes(t)),
  };
}

describe('the Markdown export, rendered by markdown-it', () => {
  const insights = teamInsights(teamDocuments(corpus()), period, today);
  const markdown = retroSummaryMarkdown(insights, { period, generatedAt: '2026-12-07T09:00:00+01:00', linkFrom: '.coaching/summaries' });
  const tokens = md.parse(markdown, {});
  const inlines = tokens.filter((t) => t.type === 'inline').map(inline);

  it('shows every next step exactly as written, as the start of its list item', () => {
    const actions = insights.actions.openByOwner.flatMap((o) => o.actions);
    assert.equal(actions.length, EVERYDAY.length + HOSTILE.length);
    for (const action of actions) {
      const expected = normalize(action.text, 300);
      assert.ok(inlines.some((i) => i.text.startsWith(`${expected} (`)), `not shown as written: ${JSON.stringify(expected)}`);
    }
  });

  it('shows every quoted answer exactly as written', () => {
    const quotes = insights.recurring.flatMap((b) => b.quotes);
    assert.ok(quotes.length > 0, 'the corpus has a recurring theme to quote');
    for (const quote of quotes) {
      const expected = normalize(quote.text, QUOTE_CHARS);
      assert.ok(inlines.some((i) => i.text === expected), `quote not shown as written: ${JSON.stringify(expected)}`);
    }
  });

  it('lets no answer make HTML, an image, emphasis, a heading, a list or a quote of its own', () => {
    const blockTypes = new Set(tokens.map((t) => t.type));
    assert.ok(!blockTypes.has('html_block') && !blockTypes.has('fence') && !blockTypes.has('code_block') && !blockTypes.has('ordered_list_open'), [...blockTypes].join(' '));
    const markup = new Set(inlines.flatMap((i) => i.markup));
    for (const kind of ['html_inline', 'image', 'em_open', 's_open']) assert.ok(!markup.has(kind), `${kind} in ${[...markup].join(' ')}`);
    // The only headings are the export's own; the only bold is the owners' names.
    const headings = tokens.filter((t) => t.type === 'heading_open').map((t) => tokens[tokens.indexOf(t) + 1].content);
    assert.ok(headings.every((h) => /^(Retro summary|Themes by friction|Recurring blockers|Actions|Open actions by owner|Pulse|Participation|\d+\. .+)$/.test(h)), headings.join(' | '));
    assert.equal(tokens.filter((t) => t.type === 'blockquote_open').length, insights.recurring.reduce((n, b) => n + b.quotes.length, 0));
  });

  it('links only the export’s own relative file links, never an address from an answer', () => {
    const hrefs = tokens.flatMap((t) => t.children ?? []).filter((c) => c.type === 'link_open').map((c) => String(c.attrGet('href') ?? ''));
    assert.ok(hrefs.length > 0, 'the export links the files it quotes');
    for (const href of hrefs) assert.match(href, /^\.\.\/reflections\/2026\/11\/[A-Za-z0-9._%-]+\.yaml$/, href);
    assert.ok(!md.render(markdown).includes('evil'.concat('.example/p.png"')), 'no image source');
  });

  it('leaves everyday text unescaped in the file, so it stays easy to edit', () => {
    for (const text of ['2-3 days', 're-run', 'snake_case_name', 'config_loader.py', '2026-11-29-retro-notes.yaml', 'R&D', '5 * 3', '(maybe)', 'worth it!']) {
      assert.ok(markdown.includes(text), `escaped needlessly: ${text}`);
    }
    assert.ok(markdown.includes('[2026-11-23-answer-mdt0000.yaml](../reflections/2026/11/2026-11-23-answer-mdt0000.yaml)'), 'file names in links read as written');
  });

  it('escapes line starts, emphasis, code, link brackets, tags and entities only where Markdown reads them', () => {
    assert.equal(escapeInline('# a\n- b'), '\\# a - b');
    assert.equal(escapeInline('12. twelve'), '12\\. twelve');
    assert.equal(escapeInline('- item'), '\\- item');
    assert.equal(escapeInline('**bold** snake_case _it_'), '\\*\\*bold\\*\\* snake_case \\_it\\_');
    assert.equal(escapeInline('a [x](y) [a]: b ok [c] d'), 'a [x\\](y) [a\\]: b ok [c] d');
    assert.equal(escapeInline('[x] done'), '\\[x] done', 'a task box at a list item’s start');
    assert.equal(escapeInline('<b>R&D &amp; a < b</b>'), '&lt;b>R&D &amp;amp; a < b&lt;/b>');
    assert.equal(escapeInline('see https://x.example/a, then'), 'see `https://x.example/a`, then');
    assert.equal(escapeInline('a\u202eb\u0007c'), 'abc', 'bidirectional overrides and control characters are dropped');
  });
});
