import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { teamDocuments } from '../../src/core/insights/team';
import { TermCache } from '../../src/core/insights/recurring';
import { ACTION_ID_PATTERN } from '../../src/core/model/ids';
import { FRICTION_KINDS, LIMITS, type Action, type Reflection } from '../../src/core/model/reflection';
import { validateReflection } from '../../src/core/model/validate';
import { clip } from '../../src/core/util/clip';
import { daysBefore } from '../../src/core/calendar';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { defaultFilters, reviewView } from '../../src/review/reviewModel';
import { ReviewViews } from '../../src/review/reviewViews';
import { keepValid } from '../../src/review/viewCheck';
import { REVIEW_LIMITS, checkReviewHostMessage, type ReviewView } from '../../src/webview/review/protocol';
import { formatFailure } from '../../src/webview/shared/guards';
import { buildReflection } from '../fixtures/reflections';
import { CORPUS_TODAY, reviewCorpus, smallTeam } from './reviewCorpus';

// ---------------------------------------------------------------- random Unicode

/** Pieces that break naive text handling: astral characters, joiners, combining marks, bidi and control characters, markup. */
const AWKWARD = ['😀', '👩‍👩‍👧', '🇺🇳', 'e\u0301', '\u0301', '\u202e', '\u200f', '\u200d', '\u0000', '\u0007', '\n', '\t', ' ', 'ع', 'שלום', '中文', '<script>', '&amp;', '`x`', 'getUserName()', '42'];
const piece = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const shortText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
/** Any text, from empty to past every limit (one piece repeated, so long texts stay cheap to make). */
const anyText = fc.oneof(
  { arbitrary: shortText, weight: 3 },
  { arbitrary: fc.tuple(piece, fc.integer({ min: 1, max: 3000 })).map(([p, times]) => p.repeat(times).slice(0, LIMITS.answerChars + 10)), weight: 1 },
);
const actionId = fc.oneof(fc.stringMatching(ACTION_ID_PATTERN), shortText);
const day = fc.integer({ min: 0, max: 27 }).map((n) => daysBefore(CORPUS_TODAY, n));

const action = fc.record({
  id: actionId,
  text: anyText,
  owner: fc.option(anyText, { nil: undefined }),
  due: fc.option(fc.oneof(day, shortText), { nil: undefined }),
}).map((a): Action => ({ ...a, status: 'open' }));

/** A reflection in the default period whose every text is random, valid for the format or not. */
const reflection = fc.record({
  day,
  author: fc.option(anyText, { nil: undefined }),
  anonymous: fc.boolean(),
  friction: fc.subarray([...FRICTION_KINDS]),
  exchanges: fc.array(fc.record({ question: shortText, text: anyText, answer: anyText }), { maxLength: 3 }),
  actions: fc.array(action, { maxLength: 3 }),
  pulse: fc.dictionary(shortText, fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }),
  path: shortText,
}).map((r): Omit<CorpusDocument, 'source'> & { day: string } => ({
  day: r.day,
  path: `.coaching/reflections/${r.path}.yaml`,
  reflection: buildReflection({
    created: `${r.day}T10:00:00+01:00`, author: r.anonymous ? undefined : r.author, visibility: r.anonymous ? 'anonymous' : 'team',
    friction: r.friction, exchanges: r.exchanges, actions: r.actions, pulse: r.pulse,
  }),
}));

const withIds = (docs: Array<Omit<CorpusDocument, 'source'>>, folder: string): Array<CorpusDocument<string>> =>
  docs.map((d, i) => ({ ...d, reflection: { ...d.reflection, id: `r${i.toString(32)}aaaa` }, source: folder }));

describe('the team review never blanks, whatever the files say', () => {
  it('every view made from reflections with random Unicode in every field passes the guard and counts every reflection', () => {
    fc.assert(fc.property(fc.array(reflection, { minLength: 1, maxLength: 6 }), shortText, fc.option(anyText, { nil: null }), (docs, folder, notice) => {
      const team = teamDocuments(withIds(docs, folder));
      for (const folderName of [undefined, (f: string) => f]) {
        const { view } = reviewView(team, defaultFilters(CORPUS_TODAY), CORPUS_TODAY, folderName, notice);
        const failure = checkReviewHostMessage({ type: 'render', view });
        assert.equal(failure && formatFailure(failure), undefined);
        assert.equal(view.counts.reflections, docs.length, 'the view still counts every reflection');
      }
    }), { numRuns: 150 });
  });

  it('leaves nothing out of a view made from files the validator accepts: every text is clipped to its limit', () => {
    const valid = reflection.map((d) => {
      const r = d.reflection;
      const fit = (text: string, max: number) => clip(text, max);
      return {
        ...d,
        reflection: {
          ...r,
          author: r.author === undefined ? undefined : fit(r.author, LIMITS.ownerChars),
          exchanges: r.exchanges.map((e) => ({ question: 'q', text: fit(e.text, LIMITS.questionChars), answer: fit(e.answer, LIMITS.answerChars) })),
          actions: r.actions.map((a, i) => ({ ...a, id: `a${i}`, text: fit(a.text, LIMITS.actionChars), owner: a.owner === undefined ? undefined : fit(a.owner, LIMITS.ownerChars), due: undefined })),
          pulse: {},
        } as Reflection,
      };
    });
    fc.assert(fc.property(fc.array(valid, { minLength: 1, maxLength: 6 }), (docs) => {
      const named = withIds(docs, 'api');
      fc.pre(named.every((d) => validateReflection(d.reflection).problems.length === 0));
      const { leftOut } = reviewView(teamDocuments(named), defaultFilters(CORPUS_TODAY), CORPUS_TODAY, (f) => f, null);
      assert.deepEqual(leftOut, []);
    }), { numRuns: 100 });
  });
});

// ---------------------------------------------------------------- leaving out one item

function smallView(): ReviewView {
  return reviewView(teamDocuments(smallTeam()), defaultFilters(CORPUS_TODAY), CORPUS_TODAY, undefined, null).view;
}

describe('the host leaves out the item that fails the guard, never the whole view', () => {
  it('leaves out one bad action and keeps its owner and every other action', () => {
    const view = smallView();
    const [first, second] = view.owners[0].actions;
    view.owners[0].actions = [{ ...first, id: '<script>' }, second];
    const leftOut = keepValid(view);
    assert.deepEqual(view.owners[0].actions, [second]);
    assert.deepEqual(leftOut.map((l) => [l.item, l.file?.path]), [['an action', first.file.path]]);
    assert.match(leftOut[0].reason, /^owners\[0\]\.actions\[0\]\.id: expected/);
  });

  it('leaves out one bad quote, one bad theme word and one bad owner, each on its own', () => {
    const view = smallView();
    const blocker = { terms: ['flaky', 'x'.repeat(REVIEW_LIMITS.termChars + 1)], size: 2, firstSeen: '2026-11-10', lastSeen: '2026-11-12', file: { path: 'a.yaml' },
      quotes: [{ text: 'fine', file: { path: 'a.yaml' } }, { text: 'q'.repeat(REVIEW_LIMITS.quoteChars + 1), file: { path: 'b.yaml' } }] };
    view.blockers = [blocker];
    view.owners = [...view.owners, { ...view.owners[0], owner: 'o'.repeat(REVIEW_LIMITS.nameChars + 1) }];
    const leftOut = keepValid(view);
    assert.deepEqual(leftOut.map((l) => l.item).sort(), ['a quote', 'a theme word', 'an owner']);
    assert.deepEqual(view.blockers[0].terms, ['flaky']);
    assert.deepEqual(view.blockers[0].quotes.map((q) => q.text), ['fine']);
    assert.equal(view.owners.length, 1);
    assert.equal(view.moreOwners, 1, 'the owner left out is counted among the ones not shown');
    assert.equal(checkReviewHostMessage({ type: 'render', view }), undefined);
  });

  it('leaves out a pulse dimension whose points do not match the weeks', () => {
    const view = smallView();
    view.pulse = [{ id: 'focus', label: 'focus', count: 1, mean: 3, points: [] }];
    assert.deepEqual(keepValid(view).map((l) => l.item), ['pulse trends']);
    assert.deepEqual(view.pulse, []);
  });

  it('refuses to hide a mistake of its own: filters it made wrong are an error, not an empty view', () => {
    const view = smallView();
    view.filters = { ...view.filters, from: 'yesterday' };
    assert.throws(() => keepValid(view), /cannot show: filters\.from/);
  });
});

// ---------------------------------------------------------------- computing no more than needed

describe('team review views are computed once per set of filters', () => {
  const team = teamDocuments(reviewCorpus());
  const base = defaultFilters(CORPUS_TODAY);
  const technical = { ...base, friction: 'technical' as const };

  it('looks up a view it has made for the same documents and filters, switching back and forth', () => {
    const views = new ReviewViews<0 | 1>();
    const first = views.view(team, base, CORPUS_TODAY, undefined);
    assert.ok(first.fresh);
    views.view([...team], technical, CORPUS_TODAY, undefined);
    const again = views.view([...team], base, CORPUS_TODAY, undefined);
    assert.equal(views.computed, 2, 'the same documents in a new array, and a filter set back, compute nothing new');
    assert.ok(!again.fresh);
    assert.equal(again.view, first.view);
  });

  it('computes again when the documents, the day or the workspace folders change', () => {
    const views = new ReviewViews<0 | 1>();
    views.view(team, base, CORPUS_TODAY, undefined);
    views.view(team.slice(1), base, CORPUS_TODAY, undefined);
    views.view(team.slice(1), base, '2026-11-26', undefined);
    views.view(team.slice(1), base, '2026-11-26', (s) => `folder ${s}`);
    assert.equal(views.computed, 4);
  });

  it('gives the same view as computing it afresh', () => {
    const views = new ReviewViews<0 | 1>();
    views.view(team, technical, CORPUS_TODAY, undefined);
    const cached = views.view(team, base, CORPUS_TODAY, undefined).view;
    assert.deepEqual(cached, reviewView(team, base, CORPUS_TODAY, undefined, null, { terms: new TermCache() }).view);
  });
});
