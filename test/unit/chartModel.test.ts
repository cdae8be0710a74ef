/**
 * One chart model for the Team Review and the HTML report: every stack fits its scale, the
 * report draws exactly the model's geometry, and its labels stay readable.
 */
import * as assert from 'node:assert/strict';
import { CHART_LABEL_PX, countScale, frictionChartModel, pulseChartModel, pulseSeries, shareBarModel, TEXTURES } from '../../src/core/insights/chartModel';
import { FRICTION_BUCKETS, teamDocuments, teamInsights } from '../../src/core/insights/index';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { REPORT_CHART_WIDTH } from '../../src/cli/htmlCharts';
import { reportHtml } from '../../src/cli/html';
import { buildReflection } from '../fixtures/reflections';

const zero = { technical: 0, procedural: 0, cultural: 0, personal: 0, untagged: 0 };

describe('the chart model', () => {
  it('scales to the tallest stack, so buckets that add up to more than the total are never cut off', () => {
    // Two reflections, each tagged with three kinds: a stack of 6 over a total of 2.
    const weeks = [{ week: '2026-W48', total: 2, counts: { ...zero, technical: 2, procedural: 2, cultural: 2 } }, { week: '2026-W49', total: 1, counts: { ...zero, personal: 1 } }];
    const m = frictionChartModel(weeks, FRICTION_BUCKETS, 440);
    assert.ok(m.top >= 6, `top ${m.top}`);
    for (const g of m.segments) {
      assert.ok(g.y >= m.plot.top - 0.05 && g.y + g.height <= m.plot.bottom + 0.05, `${g.week} ${g.bucket} at y=${g.y} h=${g.height} stays in the plot`);
      assert.ok(g.height > 0);
    }
    const stackTop = Math.min(...m.segments.filter((g) => g.week === '2026-W48').map((g) => g.y));
    assert.ok(Math.abs(stackTop - (m.plot.bottom - (6 / m.top) * (m.plot.bottom - m.plot.top))) < 0.2, 'the stack is as tall as its six tags');
  });

  it('ticks are whole numbers from 0, at most five, ending at the top', () => {
    for (const max of [0, 1, 3, 4, 5, 9, 17, 101]) {
      const { top, ticks } = countScale(max);
      assert.ok(top >= max && ticks[0] === 0 && ticks[ticks.length - 1] === top && ticks.length <= 5 && ticks.every(Number.isInteger), `${max}: ${ticks.join(',')}`);
    }
  });

  it('names weeks sparsely enough that names never overlap at any width', () => {
    const weeks = Array.from({ length: 60 }, (_, i) => ({ week: `2026-W${String(i + 1).padStart(2, '0')}`, total: 0, counts: zero }));
    for (const width of [200, 320, 440, 900]) {
      const xs = frictionChartModel(weeks, FRICTION_BUCKETS, width).weekLabels.map((l) => l.x);
      assert.ok(xs.every((x, i) => i === 0 || x - xs[i - 1] >= 30), `${width}px: ${xs.join(' ')}`);
    }
  });

  it('breaks a pulse line at a week nobody rated', () => {
    const m = pulseChartModel(['W1', 'W2', 'W3', 'W4'], [{ id: 'focus', label: 'focus', mean: 3, points: [4, 3, null, 2] }], 440);
    assert.equal(m.series[0].points.length, 3);
    assert.equal(m.series[0].lines.length, 1, 'W1–W2 is a line; W4 stands alone');
    assert.deepEqual(m.rows.map((r) => r.values[0]), [4, 3, null, 2]);
  });

  it('shares of the follow-through bar add up to its width and skip nothing', () => {
    const m = shareBarModel({ done: 3, dropped: 0, overdue: 1, pending: 4 });
    assert.equal(m.sum, 8);
    assert.ok(Math.abs(m.parts.reduce((n, p) => n + p.width, 0) - m.width) < 0.5);
    assert.deepEqual(m.parts.map((p) => p.key), ['done', 'dropped', 'overdue', 'pending']);
  });
});

describe('the HTML report draws the chart model', () => {
  const doc = (i: number, day: string, friction: Array<'technical' | 'procedural' | 'cultural' | 'personal'>, extra = {}): CorpusDocument => ({
    path: `.coaching/reflections/2026/11/${day}-r${i}.yaml`,
    reflection: buildReflection({ id: `chrt${i}abc`, created: `${day}T10:00:00+01:00`, author: `Person ${i}`, friction, ...extra }),
  });
  const corpus = [
    doc(1, '2026-11-24', ['technical', 'procedural', 'cultural']),
    doc(2, '2026-11-25', ['technical']),
    doc(3, '2026-11-26', [], { kind: 'pulse', exchanges: [], pulse: { focus: 2, flow: 4 } }),
    doc(4, '2026-12-02', [], { kind: 'pulse', exchanges: [], pulse: { focus: 4 } }),
  ];
  const insights = teamInsights(teamDocuments(corpus), { from: '2026-11-23', to: '2026-12-06' }, '2026-12-07');
  const html = reportHtml(insights, 'Retro <report>', '2026-12-07T09:00:00+01:00');

  it('with the same bars, at the same places, as the model the Team Review draws', () => {
    const m = frictionChartModel(insights.friction.weeks, FRICTION_BUCKETS, REPORT_CHART_WIDTH);
    const rects = [...html.matchAll(/<rect class="b-(\w+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((r) => r.slice(1).join(' '));
    assert.deepEqual(rects, m.segments.map((g) => `${g.bucket} ${g.x} ${g.y} ${g.width} ${g.height}`));
    assert.ok(!/ y="-/.test(html), 'nothing drawn above the chart');
  });

  it('has the Team Review’s sections, pulse trends and follow-through included', () => {
    for (const heading of ['Friction by week', 'Pulse trends', 'Follow-through', 'Recurring blockers', 'Open actions by owner']) assert.ok(html.includes(`<h2>${heading}`), heading);
    const m = pulseChartModel(insights.pulse.weeks.map((w) => w.week), pulseSeries(insights.pulse), REPORT_CHART_WIDTH);
    assert.ok(m.series.length > 0, 'the corpus has pulse ratings');
    assert.deepEqual([...html.matchAll(/<polyline points="([^"]+)"/g)].map((p) => p[1]), m.series.flatMap((s) => s.lines));
  });

  it('textures every friction kind but one, with the patterns the Team Review draws, in the bars and the legend', () => {
    const patterns = new Map([...html.matchAll(/<pattern id="texture-(\w+)"[^>]*><path d="([^"]+)"/g)].map((p) => [p[1], p[2]]));
    for (const bucket of FRICTION_BUCKETS.filter((b) => b !== 'technical')) assert.equal(patterns.get(bucket), TEXTURES[bucket], bucket);
    assert.equal(patterns.has('technical'), false, 'one kind stays plain');
    const textured = new Set([...html.matchAll(/fill="url\(#texture-(\w+)\)"/g)].map((m) => m[1]));
    for (const bucket of ['procedural', 'cultural', 'personal', 'untagged']) assert.ok(textured.has(bucket), `${bucket} is textured in the legend`);
  });

  it('labels at least 11 px, light and dark colours, and every text escaped', () => {
    const sizes = [...html.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(sizes.length > 0 && sizes.every((s) => s >= CHART_LABEL_PX), sizes.join(','));
    assert.match(html, /@media \(prefers-color-scheme:dark\)\{/);
    assert.ok(html.includes('<title>Retro &lt;report&gt;</title>'));
    assert.ok(!html.includes('<report>'));
  });
});
