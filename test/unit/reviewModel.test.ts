import * as assert from 'node:assert/strict';
import { defaultFilters, fileKey, reviewView } from '../../src/review/reviewModel';
import { teamDocuments } from '../../src/core/insights/team';
import { REFLECTION_SCHEMA, type Reflection } from '../../src/core/model/reflection';
import { REVIEW_LIMITS, isReviewHostMessage } from '../../src/webview/review/protocol';
import { buildReflection } from '../fixtures/reflections';
import { CORPUS_TODAY, smallTeam } from './reviewCorpus';

function session(id: string, extra: Partial<Reflection> = {}): Reflection {
  return {
    schema: REFLECTION_SCHEMA, id, kind: 'session', created: '2026-11-10T10:00:00+01:00', author: 'Ada Tester', visibility: 'team', friction: ['technical'],
    trigger: { kind: 'manual' }, exchanges: [{ question: 'q', text: 'What is in your way?', answer: 'The flaky integration suite blocks merges again' }],
    actions: [{ id: `${id}-a1`, text: 'Quarantine flaky tests', owner: 'Ada Tester', status: 'open' }],
    ...extra,
  };
}

/** Two workspace folders holding a file at the same path: only `source` tells them apart. */
const api = { name: 'api' };
const web = { name: 'web' };
const path = '.coaching/reflections/2026/11/a.yaml';

describe('team review model', () => {
  it('points every file at the source of its document, even when two folders share a path', () => {
    const docs = teamDocuments([
      { path, reflection: session('aaaa1111'), source: api },
      { path, reflection: session('bbbb2222', { created: '2026-11-11T10:00:00+01:00' }), source: web },
    ]);
    const { view, sent } = reviewView(docs, defaultFilters('2026-11-25'), '2026-11-25', (folder) => folder.name, null);
    assert.deepEqual(view.owners[0].actions.map((a) => a.file), [{ path, folder: 'api' }, { path, folder: 'web' }]);
    assert.equal(sent.files.get(fileKey(path, 'api'))?.source, api);
    assert.equal(sent.files.get(fileKey(path, 'web'))?.source, web);
    assert.deepEqual([...(sent.files.get(fileKey(path, 'web'))?.actions ?? [])], ['bbbb2222-a1']);
    assert.ok(view.blockers.every((b) => [b.file, ...b.quotes.map((q) => q.file)].every((f) => f.folder === 'api' || f.folder === 'web')));
    assert.ok(!JSON.stringify(view).includes('\u0000'), 'no folder index smuggled into a path');
  });

  it('names no folder in a single-folder workspace, and still opens the file from its source', () => {
    const docs = teamDocuments([{ path, reflection: session('aaaa1111'), source: api }]);
    const { view, sent } = reviewView(docs, defaultFilters('2026-11-25'), '2026-11-25', undefined, null);
    assert.deepEqual(view.owners[0].actions[0].file, { path });
    assert.equal(sent.files.get(fileKey(path, undefined))?.source, api);
  });

  it('shows nothing of a private reflection: the gate is the only way in', () => {
    const docs = teamDocuments([
      { path, reflection: session('aaaa1111'), source: api },
      { path: '.coaching/private/2026/11/p.yaml', reflection: session('pppp1111', { visibility: 'private', author: 'Pat Privatename' }), source: web },
      { path: '.coaching/private/2026/11/q.yaml', reflection: session('qqqq1111', { author: 'Pat Privatename' }), source: web },
    ]);
    const { view, sent } = reviewView(docs, defaultFilters('2026-11-25'), '2026-11-25', (folder) => folder.name, null);
    assert.ok(!/Privatename|pppp1111|qqqq1111|\.coaching\/private/.test(JSON.stringify(view)));
    assert.ok([...sent.files.values()].every((entry) => entry.source === api));
    assert.equal(view.totalReflections, 1);
  });
});

describe('team review model: counts and bounds', () => {
  it('counts what a small team wrote and never names anonymous writers', () => {
    const view = reviewView(teamDocuments(smallTeam()), defaultFilters(CORPUS_TODAY), CORPUS_TODAY, undefined, null).view;
    assert.equal(view.counts.reflections, 2);
    assert.equal(view.counts.openActions, 2);
    assert.equal(view.counts.overdue, 2);
    assert.deepEqual(view.authors, ['Ada Tester'], 'anonymous authors are never offered');
    assert.ok(!JSON.stringify(view).includes('Hidden Person'), 'anonymous reflections never carry a name');
  });

  it('bounds what it sends: owners, actions per owner and blockers', () => {
    const docs = teamDocuments(Array.from({ length: 120 }, (_, i) => {
      const id = `r${String(i).padStart(4, '0')}`;
      return {
        path: `.coaching/reflections/2026/11/r${i}.yaml`,
        reflection: buildReflection({
          id, created: '2026-11-10T10:00:00+01:00', author: `Person ${i % 60}`,
          exchanges: [{ question: 'q', text: 'What is in your way?', answer: 'The flaky integration suite blocks merges again' }],
          actions: [{ id: `${id}-a1`, text: 'x'.repeat(900), owner: i < 60 ? 'Busy Owner' : `Person ${i}`, status: 'open' }],
        }),
      };
    }));
    const view = reviewView(docs, defaultFilters(CORPUS_TODAY), CORPUS_TODAY, undefined, null).view;
    assert.ok(isReviewHostMessage({ type: 'render', view }));
    const busy = view.owners.find((o) => o.owner === 'Busy Owner');
    assert.equal(busy?.open, 60);
    assert.equal(busy?.actions.length, REVIEW_LIMITS.actionsPerOwner, 'the first page of the owner’s actions');
    assert.ok(view.owners.length <= REVIEW_LIMITS.owners && view.moreOwners > 0);
    assert.ok(view.owners.every((o) => o.actions.every((a) => a.text.length <= REVIEW_LIMITS.actionChars)));
  });
});
