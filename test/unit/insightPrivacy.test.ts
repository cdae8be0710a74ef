import * as assert from 'node:assert/strict';
import type { CorpusDocument } from '../../src/core/store/corpus';
import {
  actionsByOwner, followThrough, INSIGHTS_SCHEMA, participation, pulseTrends, recurringBlockers, teamDocuments, teamInsights, weeklyFriction,
} from '../../src/core/insights/index';
import { retroSummaryMarkdown } from '../../src/core/insights/summaryMarkdown';
import { answered, at, doc, followUpDoc } from './insightDocs';

describe('team insights: privacy and anonymity', () => {
  const period = { from: '2026-11-23', to: '2026-12-06' };
  const today = '2026-12-07';
  const shared = [
    answered(at('2026-11-24'), ['The e2e suite is flaky again'], { id: 'team0001', actions: [{ id: 'team0001-a1', text: 'Quarantine flaky tests', status: 'open' }] }),
    // A second named author: a theme recurs only when two people raise it (anonymous ones are unknown).
    answered(at('2026-11-25'), ['Flaky e2e suite, again'], { kind: 'blocker', author: 'Bob Builder' }),
    doc(at('2026-11-26'), { kind: 'pulse', exchanges: [], friction: [], pulse: { focus: 3 } }),
  ];
  // Hand-edited anonymous files that wrongly carry an author: the name must never surface.
  const anonymous = [
    answered(at('2026-11-26'), ['The e2e suite is flaky and nobody owns it'], {
      id: 'anon0001', visibility: 'anonymous', author: 'Zed Secretname',
      actions: [{ id: 'anon0001-a1', text: 'Find an owner for the suite', due: '2026-12-01', status: 'open' }],
    }),
    doc(at('2026-11-27'), { kind: 'pulse', visibility: 'anonymous', author: 'Zed Secretname', exchanges: [], friction: [], pulse: { focus: 1 } }),
    followUpDoc(at('2026-11-28'), [{ action: 'team0001-a1', status: 'open', note: 'Still waiting' }], { visibility: 'anonymous', author: 'Zed Secretname' }),
  ];
  const privateOnes = [
    answered(at('2026-11-25'), ['Privatemarker: flaky e2e suite wears me down'], {
      visibility: 'private', author: 'Pat Privatename', friction: ['personal'],
      actions: [{ id: 'priv0001-a1', text: 'Privatemarker action', owner: 'Pat Privatename', status: 'open' }],
    }),
    doc(at('2026-11-26'), { kind: 'pulse', visibility: 'private', exchanges: [], friction: [], pulse: { focus: 5, energy: 1 } }),
    followUpDoc(at('2026-11-27'), [{ action: 'team0001-a1', status: 'done' }], { visibility: 'private' }),
    // In the private folder, whatever it claims.
    answered(at('2026-11-27'), ['Privatemarker in the private folder about the flaky e2e suite'], { visibility: 'team' }, '.coaching/private/2026/11/misfiled.yaml'),
  ];

  it('never reads a private reflection into any insight', () => {
    const withPrivate = teamInsights(teamDocuments([...shared, ...anonymous, ...privateOnes]), period, today);
    assert.deepEqual(withPrivate, teamInsights(teamDocuments([...shared, ...anonymous]), period, today));
    const json = JSON.stringify(withPrivate);
    assert.ok(!/privatemarker|Privatename|\.coaching\/private/i.test(json), json);
    assert.equal(withPrivate.actions.followThrough.done, 0, 'a private follow-up does not close a team action');
  });

  it('never shows an anonymous writer’s name, in the insights or in the summary', () => {
    const insights = teamInsights(teamDocuments([...shared, ...anonymous]), period, today);
    assert.equal(insights.recurring[0].size, 3, 'the anonymous answer still counts');
    assert.ok(insights.recurring[0].paths.includes(anonymous[0].path));
    assert.deepEqual(insights.actions.openByOwner.map((g) => [g.owner, g.actions.map((a) => a.id)]), [
      ['Ada Tester', ['team0001-a1']],
      ['Unassigned', ['anon0001-a1']],
    ]);
    assert.deepEqual(insights.participation.map((w) => w.authors), [2, 0], 'Ada and Bob; the anonymous writer is no one');
    const markdown = retroSummaryMarkdown(insights, { period, generatedAt: '2026-12-07T09:00:00+01:00' });
    for (const output of [JSON.stringify(insights), markdown]) assert.ok(!/Secretname|Zed\b/.test(output), output);
  });

  it('takes only documents that passed the gate: the compiler refuses any other', () => {
    const raw: CorpusDocument[] = [...shared, ...privateOnes];
    const gated = teamDocuments(shared);
    // Never called: these lines are checked by tsc, which fails if any of them compiles.
    const refused = () => [
      // @ts-expect-error -- a CorpusDocument has not been through teamDocuments
      teamInsights(raw, period, today),
      // @ts-expect-error -- one private document slipped in beside gated ones
      teamInsights([...gated, privateOnes[0]], period, today),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      weeklyFriction(raw, period),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      pulseTrends(raw, period),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      participation(raw, period),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      followThrough(raw, period, today),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      actionsByOwner(raw, today),
      // @ts-expect-error -- every insight function takes TeamDocuments only
      recurringBlockers(raw, period),
    ];
    assert.equal(typeof refused, 'function');
  });

  it('never lets a private reflection, or its source, into the output of any insight function', () => {
    const from = (docs: CorpusDocument[], source: string) => docs.map((d) => ({ ...d, source }));
    const all = teamDocuments([...from([...shared, ...anonymous], 'team-source'), ...from(privateOnes, 'private-source')]);
    assert.equal(all.length, shared.length + anonymous.length);
    const outputs = [
      teamInsights(all, period, today), weeklyFriction(all, period), pulseTrends(all, period), participation(all, period),
      followThrough(all, period, today), actionsByOwner(all, today), recurringBlockers(all, period),
    ];
    const json = JSON.stringify(outputs);
    assert.ok(!/privatemarker|Privatename|\.coaching\/private|private-source/i.test(json), json);
    assert.ok(json.includes('team-source'), 'the sources of team documents pass through');
  });

  it('passes each document’s source, untouched, to whatever points at its file', () => {
    const docs = teamDocuments([...shared, ...anonymous].map((d, i) => ({ ...d, source: { folder: i } })));
    const insights = teamInsights(docs, period, today);
    const sourceOf = new Map(docs.map((d) => [d.path, d.source]));
    assert.ok(insights.recurring.length && insights.actions.openByOwner.length);
    for (const b of insights.recurring) {
      assert.deepEqual(b.sources, b.paths.map((p) => sourceOf.get(p)));
      for (const q of b.quotes) assert.equal(q.source, sourceOf.get(q.path));
    }
    for (const a of insights.actions.openByOwner.flatMap((g) => g.actions)) assert.equal(a.source, sourceOf.get(a.path));
    const plain = JSON.stringify(teamInsights(teamDocuments([...shared, ...anonymous]), period, today));
    assert.ok(!plain.includes('"source'), 'documents without a source leave the JSON as it was');
  });

  it('is plain JSON with its schema', () => {
    const insights = teamInsights(teamDocuments([...shared, ...anonymous]), period, today);
    assert.equal(insights.schema, INSIGHTS_SCHEMA);
    assert.equal(INSIGHTS_SCHEMA, 'retro-coach/insights/v1');
    assert.deepEqual(JSON.parse(JSON.stringify(insights)), insights);
    assert.deepEqual(insights.reflections, { total: 5, byKind: { session: 2, blocker: 1, pulse: 2 }, followUps: 1 });
  });
});
