import * as assert from 'node:assert/strict';
import { teamDocuments } from '../../src/core/insights/team';
import { FRICTION_KINDS, TRIGGER_KINDS } from '../../src/core/model/reflection';
import { validateReflection } from '../../src/core/model/validate';
import { TermCache } from '../../src/core/insights/recurring';
import { defaultFilters, normalizePeriod, reviewView } from '../../src/review/reviewModel';
import { formatFailure } from '../../src/webview/shared/guards';
import {
  REVIEW_LIMITS, REVIEW_STRING_KEYS, checkReviewHostMessage, isReviewFilters, isReviewHostMessage, isReviewView, isReviewWebviewMessage,
  type ReviewFilters, type ReviewHostMessage, type ReviewStrings, type ReviewView, type ReviewWebviewMessage,
} from '../../src/webview/review/protocol';
import { CORPUS_TODAY, reviewCorpus, smallTeam, type CorpusSource } from './reviewCorpus';

/** A valid message and mutations of it that must be refused. */
interface Case<M> {
  good: M;
  bad: unknown[];
}
type Cases<M extends { type: string }> = { [T in M['type']]: Case<Extract<M, { type: T }>> };

/** Never a message, whichever way it travels. */
const NOT_MESSAGES: unknown[] = [null, undefined, 'ready', [], {}, { type: 'eval', code: 'x' }, { type: 'nope' }, { type: 'toString' }, Object.create({ type: 'ready' })];

function checkCases(cases: Readonly<Record<string, Case<unknown>>>, is: (v: unknown) => boolean): void {
  for (const [type, { good, bad }] of Object.entries(cases)) {
    assert.ok(is(good), `${type}: ${JSON.stringify(good)?.slice(0, 120)}`);
    assert.ok(bad.length > 0, `${type} has a mutation that is refused`);
    for (const message of bad) assert.ok(!is(message), `${type}: ${JSON.stringify(message)?.slice(0, 120)}`);
  }
  for (const message of NOT_MESSAGES) assert.ok(!is(message), String(JSON.stringify(message)));
}

const filters: ReviewFilters = { from: '2026-10-01', to: '2026-10-31', friction: null, author: null, trigger: null };
const path = '.coaching/reflections/2026/10/x.yaml';

const appCases: Cases<ReviewWebviewMessage> = {
  ready: { good: { type: 'ready' }, bad: [{ type: 'Ready' }] },
  startReflection: { good: { type: 'startReflection' }, bad: [{ type: 'startreflection' }] },
  filter: {
    good: { type: 'filter', filters: { ...filters, friction: 'cultural', author: 'Ada Tester', trigger: 'task-failed' } },
    bad: [
      { type: 'filter' },
      { type: 'filter', filters: { ...filters, from: 'yesterday' } },
      { type: 'filter', filters: { ...filters, to: 20261031 } },
      { type: 'filter', filters: { ...filters, friction: 'spiritual' } },
      { type: 'filter', filters: { ...filters, trigger: 'cron' } },
      { type: 'filter', filters: { ...filters, author: '' } },
      { type: 'filter', filters: { ...filters, author: ' \t ' } },
      { type: 'filter', filters: { ...filters, author: 'x'.repeat(201) } },
      { type: 'filter', filters: { from: '2026-10-01', to: '2026-10-31' } },
    ],
  },
  open: {
    good: { type: 'open', path, folder: 'api', actionId: 'aaaa1111-a1' },
    bad: [
      { type: 'open' }, { type: 'open', path: '' }, { type: 'open', path: 42 },
      { type: 'open', path: 'x'.repeat(1001) },
      { type: 'open', path: 'a.yaml', actionId: '../../etc/passwd' },
      { type: 'open', path: 'a.yaml', actionId: '' },
      { type: 'open', path: 'a.yaml', folder: 7 },
      { type: 'open', path: 'a.yaml', folder: 'x'.repeat(301) },
    ],
  },
};

const strings = Object.fromEntries(REVIEW_STRING_KEYS.map((k) => [k, k])) as ReviewStrings;

function smallTeamView(): ReviewView {
  return reviewView(teamDocuments(smallTeam()), defaultFilters(CORPUS_TODAY), CORPUS_TODAY, undefined, null).view;
}

function hostCases(): Cases<ReviewHostMessage> {
  const view = smallTeamView();
  const week = view.weeks[0];
  const owner = view.owners[0];
  const render = (patch: Partial<Record<keyof ReviewView, unknown>>) => ({ type: 'render', view: { ...view, ...patch } });
  const missing: Record<string, string> = { ...strings };
  delete missing.title;
  return {
    init: { good: { type: 'init', strings }, bad: [{ type: 'init', strings: missing }, { type: 'init', strings: { ...strings, title: 'x'.repeat(1001) } }] },
    render: {
      good: { type: 'render', view },
      bad: [
        { type: 'render' }, { type: 'render', view: null },
        render({ filters: { ...view.filters, from: 'x' } }),
        render({ counts: { ...view.counts, reflections: -1 } }),
        render({ counts: { ...view.counts, followThrough: 2 } }),
        render({ weeks: Array(161).fill(week) }),
        render({ weeks: [{ ...week, counts: { technical: 1 } }] }),
        render({ authors: Array(201).fill('A') }),
        render({ owners: [{ ...owner, owner: 'x'.repeat(201) }] }),
        render({ owners: [{ ...owner, actions: [{ ...owner.actions[0], text: 'x'.repeat(301) }] }] }),
        render({ owners: [{ ...owner, actions: [{ ...owner.actions[0], file: { path: '' } }] }] }),
        render({ owners: [{ ...owner, actions: [{ ...owner.actions[0], id: '<script>' }] }] }),
        render({ owners: [{ ...owner, open: 0 }] }),
        render({ owners: Array(51).fill(owner) }),
        render({ blockers: [{ terms: ['x'], size: 2, firstSeen: '2026-11-01', lastSeen: '2026-11-02', file: { path: 'a' }, quotes: [{ text: 'q'.repeat(201), file: { path: 'a' } }] }] }),
        render({ pulse: [{ id: 'focus', label: 'focus', count: 1, mean: 3, points: [] }] }),
        render({ pulse: [{ id: 'focus', label: 'focus', count: 1, mean: 6, points: view.weeks.map(() => null) }] }),
        render({ notice: 'x'.repeat(2001) }),
      ],
    },
  };
}

describe('team review protocol guards', () => {
  it('accepts every well-formed message from the review app and refuses malformed, unknown and oversized ones', () => {
    checkCases(appCases, isReviewWebviewMessage);
    for (const message of [{ type: 'filter', filters }, { type: 'open', path }]) assert.ok(isReviewWebviewMessage(message), JSON.stringify(message));
    assert.ok(isReviewFilters(filters) && !isReviewFilters({ ...filters, author: '' }));
  });

  it('accepts a real view and the full string table from the host, and refuses broken ones', () => {
    checkCases(hostCases(), isReviewHostMessage);
  });

  it('takes action ids and names as the validator does', () => {
    for (const actionId of ['-', '-'.repeat(40), 'z'.repeat(40), 'k3j9x2ab-a1']) assert.ok(isReviewWebviewMessage({ type: 'open', path, actionId }), actionId);
    assert.ok(!isReviewWebviewMessage({ type: 'open', path, actionId: 'z'.repeat(41) }));
    assert.ok(isReviewWebviewMessage({ type: 'filter', filters: { ...filters, author: '😀'.repeat(REVIEW_LIMITS.nameChars / 2) } }));
  });
});

/**
 * The filters a person can set on the corpus (every kind, trigger and author, short, long and
 * swapped periods), as the host passes them on: through normalizePeriod.
 */
function corpusFilters(view: ReviewView): ReviewFilters[] {
  const base = defaultFilters(CORPUS_TODAY);
  return [
    base,
    { ...base, from: '2010-01-01' },
    { ...base, from: CORPUS_TODAY, to: '2024-01-01' },
    { ...base, from: '2026-02-31' },
    { ...base, from: '2030-01-01', to: '2030-01-31' },
    ...FRICTION_KINDS.map((friction) => ({ ...base, from: '2026-01-01', friction })),
    ...TRIGGER_KINDS.map((trigger) => ({ ...base, from: '2026-01-01', trigger })),
    ...view.authors.map((author) => ({ ...base, from: '2024-01-01', author })),
  ].map((f) => normalizePeriod(f, CORPUS_TODAY).filters);
}

describe('every review view the host makes from a corpus passes the guard', () => {
  const corpus = reviewCorpus();
  const team = teamDocuments(corpus);
  const folders = ['api', `${'a very long workspace folder name '.repeat(20)}`];

  it('the corpus is what the validator accepts', () => {
    for (const { path: file, reflection } of corpus) assert.deepEqual(validateReflection(reflection).problems, [], file);
  });

  it('in single- and multi-root workspaces, under every filter, with long notices, leaving nothing out', () => {
    // Shared as the panel shares it: each reflection's terms are counted once, not once per view.
    const shared = { terms: new TermCache() };
    const first = reviewView(team, defaultFilters(CORPUS_TODAY), CORPUS_TODAY, undefined, null, shared).view;
    const all = corpusFilters(reviewView(team, { ...defaultFilters(CORPUS_TODAY), from: '2024-01-01' }, CORPUS_TODAY, undefined, null, shared).view);
    assert.ok(all.length > 15 && first.owners.length > 0);
    for (const f of all) {
      for (const folderName of [undefined, (source: CorpusSource) => folders[source]]) {
        for (const notice of [null, 'x'.repeat(5000)]) {
          const { view, leftOut } = reviewView(team, f, CORPUS_TODAY, folderName, notice, shared);
          const failure = checkReviewHostMessage({ type: 'render', view });
          assert.equal(failure && formatFailure(failure), undefined, JSON.stringify(f));
          assert.ok(isReviewView(view));
          assert.deepEqual(leftOut, [], 'every text was clipped to its limit, so nothing had to be left out');
        }
      }
    }
  });

  it('reaches the limits it guards: long texts, many owners and pulse dimensions', () => {
    const { view } = reviewView(team, { ...defaultFilters(CORPUS_TODAY), from: '2024-01-01' }, CORPUS_TODAY, (s) => folders[s], null);
    const texts = view.owners.flatMap((o) => o.actions.map((a) => a.text));
    assert.ok(texts.some((t) => t.length >= REVIEW_LIMITS.actionChars - 1 && t.includes('😀')), 'an action text clipped between emoji');
    assert.ok(view.authors.some((a) => a.length === REVIEW_LIMITS.nameChars), 'an author as long as the format allows');
    assert.equal(view.owners.length, REVIEW_LIMITS.owners);
    assert.equal(view.pulse.length, REVIEW_LIMITS.pulseDimensions);
    assert.ok(view.blockers.length > 0, 'recurring blockers found');
    const longAuthor = view.authors.find((a) => a.length === REVIEW_LIMITS.nameChars);
    const theirs = reviewView(team, { ...defaultFilters(CORPUS_TODAY), author: longAuthor ?? null }, CORPUS_TODAY, undefined, null).view;
    const ids = theirs.owners.flatMap((o) => o.actions.map((a) => a.id));
    assert.ok(ids.includes('-') && ids.includes('-'.repeat(40)), 'odd but valid action ids are sent');
    assert.ok(isReviewView(theirs));
  });
});
