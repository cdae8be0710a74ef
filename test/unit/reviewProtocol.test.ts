import * as assert from 'node:assert/strict';
import { reviewView, defaultFilters } from '../../src/review/reviewModel';
import { REVIEW_STRING_KEYS, isReviewHostMessage, isReviewWebviewMessage, type ReviewStrings, type ReviewView } from '../../src/webview/review/protocol';
import { REFLECTION_SCHEMA, type Reflection } from '../../src/core/model/reflection';

function session(id: string, created: string, extra: Partial<Reflection> = {}): Reflection {
  return {
    schema: REFLECTION_SCHEMA, id, kind: 'session', created, author: 'Ada Tester', visibility: 'team', friction: ['technical'], trigger: { kind: 'manual' },
    exchanges: [{ question: 'q', text: 'What is in your way?', answer: 'The flaky integration suite blocks merges again' }],
    actions: [{ id: `${id}-a1`, text: 'Quarantine flaky tests', owner: 'Ada Tester', due: '2026-11-01', status: 'open' }],
    ...extra,
  };
}

function realView(): ReviewView {
  const docs = [
    { folder: 0, document: { path: '.coaching/reflections/2026/11/a.yaml', reflection: session('aaaa1111', '2026-11-10T10:00:00+01:00') } },
    { folder: 0, document: { path: '.coaching/reflections/2026/11/b.yaml', reflection: session('bbbb2222', '2026-11-12T10:00:00+01:00', { visibility: 'anonymous', author: 'Hidden Person' }) } },
  ];
  return reviewView(docs, defaultFilters('2026-11-25'), '2026-11-25', undefined, null).view;
}

describe('team review protocol guards', () => {
  it('accepts every well-formed message from the review app', () => {
    const filters = { from: '2026-10-01', to: '2026-10-31', friction: null, author: null, trigger: null };
    const good = [
      { type: 'ready' }, { type: 'startReflection' },
      { type: 'filter', filters },
      { type: 'filter', filters: { ...filters, friction: 'cultural', author: 'Ada Tester', trigger: 'task-failed' } },
      { type: 'open', path: '.coaching/reflections/2026/10/x.yaml' },
      { type: 'open', path: '.coaching/reflections/2026/10/x.yaml', folder: 'api', actionId: 'aaaa1111-a1' },
    ];
    for (const message of good) assert.ok(isReviewWebviewMessage(message), JSON.stringify(message));
  });

  it('refuses malformed, unknown and oversized messages from the review app', () => {
    const filters = { from: '2026-10-01', to: '2026-10-31', friction: null, author: null, trigger: null };
    const bad: unknown[] = [
      null, 'ready', [], {}, { type: 'eval', code: 'x' }, { type: 'filter' },
      { type: 'filter', filters: { ...filters, from: 'yesterday' } },
      { type: 'filter', filters: { ...filters, to: 20261031 } },
      { type: 'filter', filters: { ...filters, friction: 'spiritual' } },
      { type: 'filter', filters: { ...filters, trigger: 'cron' } },
      { type: 'filter', filters: { ...filters, author: '' } },
      { type: 'filter', filters: { ...filters, author: 'x'.repeat(201) } },
      { type: 'filter', filters: { from: '2026-10-01', to: '2026-10-31' } },
      { type: 'open' }, { type: 'open', path: '' }, { type: 'open', path: 42 },
      { type: 'open', path: 'x'.repeat(1001) },
      { type: 'open', path: 'a.yaml', actionId: '../../etc/passwd' },
      { type: 'open', path: 'a.yaml', folder: 7 },
    ];
    for (const message of bad) assert.ok(!isReviewWebviewMessage(message), JSON.stringify(message)?.slice(0, 80));
  });

  it('accepts a real view and the full string table from the host', () => {
    const view = realView();
    assert.ok(isReviewHostMessage({ type: 'render', view }));
    assert.equal(view.counts.reflections, 2);
    assert.equal(view.counts.openActions, 2);
    assert.equal(view.counts.overdue, 2);
    assert.deepEqual(view.authors, ['Ada Tester'], 'anonymous authors are never offered');
    assert.ok(!JSON.stringify(view).includes('Hidden Person'), 'anonymous reflections never carry a name');
    const strings = Object.fromEntries(REVIEW_STRING_KEYS.map((k) => [k, k])) as ReviewStrings;
    assert.ok(isReviewHostMessage({ type: 'init', strings }));
    const missing: Record<string, string> = { ...strings };
    delete missing.title;
    assert.ok(!isReviewHostMessage({ type: 'init', strings: missing }));
  });

  it('refuses malformed, unknown and oversized views from the host', () => {
    const view = realView();
    const week = view.weeks[0];
    const owner = view.owners[0];
    const bad: unknown[] = [
      { type: 'nope' }, { type: 'render' }, { type: 'render', view: null },
      { type: 'render', view: { ...view, filters: { ...view.filters, from: 'x' } } },
      { type: 'render', view: { ...view, counts: { ...view.counts, reflections: -1 } } },
      { type: 'render', view: { ...view, counts: { ...view.counts, followThrough: 2 } } },
      { type: 'render', view: { ...view, weeks: Array(161).fill(week) } },
      { type: 'render', view: { ...view, weeks: [{ ...week, counts: { technical: 1 } }] } },
      { type: 'render', view: { ...view, authors: Array(201).fill('A') } },
      { type: 'render', view: { ...view, owners: [{ ...owner, owner: 'x'.repeat(201) }] } },
      { type: 'render', view: { ...view, owners: [{ ...owner, actions: [{ ...owner.actions[0], text: 'x'.repeat(301) }] }] } },
      { type: 'render', view: { ...view, owners: [{ ...owner, actions: [{ ...owner.actions[0], file: { path: '' } }] }] } },
      { type: 'render', view: { ...view, owners: Array(51).fill(owner) } },
      { type: 'render', view: { ...view, blockers: [{ terms: ['x'], size: 2, firstSeen: '2026-11-01', lastSeen: '2026-11-02', file: { path: 'a' }, quotes: [{ text: 'q'.repeat(201), file: { path: 'a' } }] }] } },
      { type: 'render', view: { ...view, pulse: [{ id: 'focus', label: 'focus', count: 1, mean: 3, points: [] }] } },
      { type: 'render', view: { ...view, notice: 'x'.repeat(2001) } },
    ];
    for (const message of bad) assert.ok(!isReviewHostMessage(message), JSON.stringify(message)?.slice(0, 120));
  });

  it('bounds what it sends: owners, actions per owner and blockers', () => {
    const docs = Array.from({ length: 120 }, (_, i) => ({
      folder: 0,
      document: {
        path: `.coaching/reflections/2026/11/r${i}.yaml`,
        reflection: session(`r${String(i).padStart(4, '0')}`.replace(/[^a-z0-9]/g, 'x'), '2026-11-10T10:00:00+01:00', {
          author: `Person ${i % 60}`,
          actions: [{ id: `r${String(i).padStart(4, '0')}-a1`, text: 'x'.repeat(900), owner: i < 60 ? 'Busy Owner' : `Person ${i}`, status: 'open' }],
        }),
      },
    }));
    const view = reviewView(docs, defaultFilters('2026-11-25'), '2026-11-25', undefined, null).view;
    assert.ok(isReviewHostMessage({ type: 'render', view }));
    const busy = view.owners.find((o) => o.owner === 'Busy Owner');
    assert.equal(busy?.open, 60);
    assert.equal(busy?.actions.length, 50);
    assert.ok(view.owners.length <= 50 && view.moreOwners > 0);
    assert.ok(view.owners.every((o) => o.actions.every((a) => a.text.length <= 300)));
  });
});
