import * as assert from 'node:assert/strict';
import { frictionByArea, teamDocuments, teamInsights, type FrictionArea } from '../../src/core/insights/index';
import type { CorpusDocument } from '../../src/core/store/corpus';
import type { CodeContext, FrictionKind, Reflection } from '../../src/core/model/reflection';
import { at, doc, shuffled } from './insightDocs';
import { defaultFilters, fileKey, reviewView } from '../../src/review/reviewModel';
import { keepValid } from '../../src/review/viewCheck';
import { REVIEW_LIMITS, isReviewHostMessage } from '../../src/webview/review/protocol';
import { areasHtml, areasMarkdown } from '../../src/cli/areas';
import MarkdownIt from 'markdown-it';

const period = { from: '2026-11-01', to: '2026-11-30' };

function named(date: string, paths: string[], friction: FrictionKind[] = ['technical'], overrides: Partial<Reflection> = {}): CorpusDocument {
  const context: CodeContext = { branch: 'main', paths };
  return doc(at(date), { friction, context, author: 'Ada Tester', ...overrides });
}

/** Each area as `path total kind:count…`, for comparing whole results at a glance. */
const summary = (areas: readonly FrictionArea[]) =>
  areas.map((a) => `${a.area} ${a.total} ${Object.entries(a.counts).filter(([, n]) => n).map(([k, n]) => `${k}:${n}`).join(',')}`);

describe('friction by area (core/insights/areas.ts)', () => {
  it('counts each reflection once per folder and file it names, under its first friction kind', () => {
    const docs = teamDocuments([
      named('2026-11-02', ['src/auth/login.ts', 'src/auth/token.ts'], ['technical', 'procedural']),
      named('2026-11-03', ['src/auth/login.ts'], ['procedural']),
      named('2026-11-04', ['docs/setup.md'], []),
    ]);
    assert.deepEqual(summary(frictionByArea(docs, period)), [
      'src/auth/login.ts 2 technical:1,procedural:1',
      // Equal counts: the more precise (deeper) area first, then path order.
      'src/auth/token.ts 1 technical:1',
      'docs/setup.md 1 untagged:1',
    ]);
  });

  it('keeps a folder only where it says more than the entry below it', () => {
    const docs = teamDocuments([
      named('2026-11-02', ['src/auth/login.ts']),
      named('2026-11-03', ['src/auth/session.ts']),
      named('2026-11-04', ['src/auth/login.ts']),
      named('2026-11-05', ['src/ui/button.ts']),
    ]);
    const areas = frictionByArea(docs, period);
    // src/ (4) says more than src/auth/ (3); src/auth/ more than login.ts (2). docs named once each stay as files.
    assert.deepEqual(areas.map((a) => [a.area, a.kind, a.total]), [
      ['src/', 'folder', 4],
      ['src/auth/', 'folder', 3],
      ['src/auth/login.ts', 'file', 2],
      ['src/auth/session.ts', 'file', 1],
      ['src/ui/button.ts', 'file', 1],
    ]);
  });

  it('lists the reflections of each area newest first, with their sources', () => {
    const docs = teamDocuments([
      { ...named('2026-11-02', ['app/main.ts']), source: 'one' },
      { ...named('2026-11-09', ['app/main.ts']), source: 'two' },
    ]);
    const [area] = frictionByArea(docs, period);
    assert.deepEqual(area.paths, [docs[1].path, docs[0].path]);
    assert.deepEqual(area.sources, ['two', 'one']);
  });

  it('leaves out reflections outside the period, follow-ups, pulse checks and anything not from a team reflection', () => {
    const docs = teamDocuments([
      named('2026-10-31', ['old/file.ts']),
      named('2026-11-02', ['pulse/file.ts'], [], { kind: 'pulse', pulse: { focus: 3 } }),
      named('2026-11-02', ['private/file.ts'], ['technical'], { visibility: 'private' }),
      // The validator refuses this file; built by hand, it still names nothing.
      named('2026-11-02', ['anonymous/file.ts'], ['technical'], { visibility: 'anonymous', author: undefined }),
      named('2026-11-02', ['kept/file.ts']),
    ]);
    assert.deepEqual(frictionByArea(docs, period).map((a) => a.area), ['kept/file.ts']);
  });

  it('is the same whatever order the files were read in, and stops at maxAreas', () => {
    const files = Array.from({ length: 30 }, (_, i) => named(`2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, [`pkg${i % 7}/f${i % 5}.ts`], [(['technical', 'cultural'] as const)[i % 2]]));
    const first = frictionByArea(teamDocuments(files), period, { maxAreas: 6 });
    assert.equal(first.length, 6);
    for (const seed of [1, 2, 3]) assert.deepEqual(frictionByArea(teamDocuments(shuffled(files, seed)), period, { maxAreas: 6 }), first);
  });

  it('names folders only down to maxDepth, the file itself always', () => {
    const docs = teamDocuments([named('2026-11-02', ['a/b/c/d.ts']), named('2026-11-03', ['a/b/x.ts'])]);
    assert.deepEqual(frictionByArea(docs, period, { maxDepth: 1 }).map((a) => a.area), ['a/', 'a/b/c/d.ts', 'a/b/x.ts']);
  });

  it('is part of the team insights, so the review and the report count the same', () => {
    const docs = teamDocuments([named('2026-11-02', ['src/a.ts'])]);
    assert.deepEqual(teamInsights(docs, period, '2026-11-30').areas, frictionByArea(docs, period));
  });
});

describe('friction by area in the Team Review and the report', () => {
  const today = '2026-11-30';
  const many = teamDocuments(Array.from({ length: 14 }, (_, i) => named(`2026-11-${String(10 + i).padStart(2, '0')}`, ['src/auth/login.ts'], i % 2 ? ['cultural'] : [])));

  it('the review view carries each area with its counts and its newest reflections, which the host will open', () => {
    const { view, sent } = reviewView(many, { ...defaultFilters(today), from: '2026-11-01' }, today, undefined, null);
    assert.ok(isReviewHostMessage({ type: 'render', view }));
    const [area] = view.areas;
    assert.deepEqual({ ...area, files: area.files.length }, {
      area: 'src/auth/login.ts', kind: 'file', total: 14,
      counts: { technical: 0, procedural: 0, cultural: 7, personal: 0, untagged: 7 }, files: REVIEW_LIMITS.filesPerArea,
    });
    assert.equal(area.files[0].path, many[13].path, 'newest first');
    for (const file of area.files) assert.ok(sent.files.has(fileKey(file.path, undefined)), `${file.path} may be opened`);
  });

  it('an area item that fails the protocol is left out alone, and said so', () => {
    const { view } = reviewView(many, { ...defaultFilters(today), from: '2026-11-01' }, today, undefined, null);
    view.areas[0].files[1] = { path: '' };
    view.areas.push({ ...view.areas[0], area: '' });
    const leftOut = keepValid(view);
    assert.deepEqual(leftOut.map((l) => l.item), ['a reflection of an area', 'an area']);
    assert.equal(view.areas.length, 1);
    assert.equal(view.areas[0].files.length, REVIEW_LIMITS.filesPerArea - 1);
  });

  it('the review narrows areas with the other filters', () => {
    const { view } = reviewView(many, { ...defaultFilters(today), from: '2026-11-01', friction: 'cultural' }, today, undefined, null);
    assert.equal(view.areas[0].total, 7);
  });

  it('the Markdown report has the same table, its paths escaped and linked only as relative reflection paths', () => {
    const hostile = teamDocuments([named('2026-11-02', ['docs/a|b [x](javascript:alert(1)) <img src=x>.md'])]);
    const markdown = areasMarkdown(teamInsights(hostile, period, today).areas, '.coaching/summaries');
    const tokens = new MarkdownIt({ html: true, linkify: true }).parse(markdown, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    assert.deepEqual(tokens.filter((t) => t.type === 'th_open').length, 8, 'Area, Reflections, five kinds, Newest');
    assert.deepEqual(tokens.filter((t) => t.type === 'td_open').length, 8, 'one row, one cell per column');
    assert.ok(!inline.some((t) => t.type.startsWith('html')) && !tokens.some((t) => t.type.startsWith('html')), 'no HTML from a path');
    const hrefs = inline.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href')));
    assert.deepEqual(hrefs, [`../reflections/2026/11/${hostile[0].path.split('/').pop()}`]);
    const firstCell = tokens[tokens.findIndex((t) => t.type === 'td_open') + 1].children ?? [];
    assert.equal(firstCell.map((t) => t.content).join(''), 'docs/a|b [x](javascript:alert(1)) <img src=x>.md', 'the path reads exactly as written');
    assert.match(areasMarkdown([], ''), /No reflection in this period names the code it is about\./);
  });

  it('the HTML report has the same table, every path as escaped text and no link', () => {
    const hostile = teamDocuments([named('2026-11-02', ['docs/<script>alert(1)</script>.md'])]);
    const html = areasHtml(teamInsights(hostile, period, today).areas);
    assert.match(html, /<th scope="row"><code>docs\/&lt;script&gt;alert\(1\)&lt;\/script&gt;\.md<\/code><\/th>/);
    assert.doesNotMatch(html, /<script|href=/);
    assert.match(html, /<details><summary>1 reflection<\/summary><ul><li>\.coaching\/reflections\//);
  });
});
