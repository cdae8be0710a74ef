import * as assert from 'node:assert/strict';
import type { CorpusDocument } from '../../src/core/store/corpus';
import {
  actionsByOwner, excerpt, followThrough, participation, pulseTrends, recurringBlockers, stem, teamDocuments, terms,
  weekOf, weeklyFriction, weeksOf,
} from '../../src/core/insights/index';
import type { Action, Reflection } from '../../src/core/model/reflection';
import { answered, at, doc, followUpDoc, shuffled } from './insightDocs';

describe('team insights', () => {
  describe('ISO weeks', () => {
    it('labels weeks as ISO 8601 does around the turn of the year', () => {
      assert.deepEqual(weekOf('2026-12-31'), { week: '2026-W53', monday: '2026-12-28' });
      assert.deepEqual(weekOf('2027-01-03'), { week: '2026-W53', monday: '2026-12-28' });
      assert.deepEqual(weekOf('2027-01-04'), { week: '2027-W01', monday: '2027-01-04' });
      assert.deepEqual(weekOf('2026-01-01'), { week: '2026-W01', monday: '2025-12-29' });
      assert.deepEqual(weekOf('2024-12-30'), { week: '2025-W01', monday: '2024-12-30' });
      assert.deepEqual(weekOf('2026-11-29'), { week: '2026-W48', monday: '2026-11-23' }, 'Sunday ends the week');
    });

    it('lists every week the period touches, quiet ones included', () => {
      assert.deepEqual(weeksOf({ from: '2026-12-23', to: '2027-01-04' }).map((w) => w.week), ['2026-W52', '2026-W53', '2027-W01']);
    });

    it('refuses a malformed or reversed period', () => {
      assert.throws(() => weeklyFriction([], { from: '2026-12-1', to: '2026-12-31' }), /must start on a date/);
      assert.throws(() => weeklyFriction([], { from: '2026-12-31', to: '2026-12-01' }), /ends \(2026-12-01\) before it starts/);
      assert.throws(() => followThrough([], { from: '2026-12-01', to: '2026-12-31' }, 'today'), /'today' must be a date/);
    });
  });

  describe('weeklyFriction', () => {
    const period = { from: '2026-12-21', to: '2027-01-10' };
    const corpus = [
      doc(at('2026-12-20'), { friction: ['technical'] }), // the day before the period
      doc(at('2026-12-22'), { friction: ['technical', 'procedural'] }),
      doc(at('2026-12-31'), { kind: 'blocker', friction: ['technical'] }),
      doc(at('2027-01-01'), { friction: [] }),
      doc(at('2027-01-01'), { kind: 'pulse', friction: [], pulse: { focus: 3 } }),
      doc(at('2027-01-01'), { kind: 'follow-up', friction: [], exchanges: [], updates: [{ action: 'k3j9x2ab-a1', status: 'done' }] }),
      // 23:30 on Sunday the 3rd where it was written, already Monday (2027-W01) in UTC.
      doc('2027-01-03T23:30:00-08:00', { friction: ['cultural'] }),
      doc(at('2027-01-05'), { visibility: 'anonymous', author: undefined, friction: ['cultural', 'cultural'] }),
      doc(at('2027-01-06'), { visibility: 'private', friction: ['personal'] }),
      doc(at('2027-01-11'), { friction: ['technical'] }), // the day after
    ];

    it('counts each kind of friction per ISO week by the writer’s local date, across the year boundary', () => {
      const zero = { technical: 0, procedural: 0, cultural: 0, personal: 0, untagged: 0 };
      assert.deepEqual(weeklyFriction(teamDocuments(corpus), period), [
        // technical + procedural: counted once, under the kind listed first.
        { week: '2026-W52', monday: '2026-12-21', total: 1, counts: { ...zero, technical: 1 } },
        { week: '2026-W53', monday: '2026-12-28', total: 3, counts: { ...zero, technical: 1, cultural: 1, untagged: 1 } },
        { week: '2027-W01', monday: '2027-01-04', total: 1, counts: { ...zero, cultural: 1 } },
      ]);
      assert.deepEqual(weeklyFriction([], { from: '2027-01-05', to: '2027-01-05' }), [{ week: '2027-W01', monday: '2027-01-04', total: 0, counts: zero }]);
    });

    it('gives the same weeks whatever order the files come in', () => {
      assert.deepEqual(weeklyFriction(teamDocuments(shuffled(corpus, 7)), period), weeklyFriction(teamDocuments(corpus), period));
    });

    it('makes every week’s kinds add up to its total, so a stacked bar is as high as the total says', () => {
      for (const w of weeklyFriction(teamDocuments(corpus), period)) {
        assert.equal(Object.values(w.counts).reduce((n, c) => n + c, 0), w.total, w.week);
      }
    });
  });

  describe('recurringBlockers', () => {
    const period = { from: '2026-11-23', to: '2026-12-06' };
    const by = (author: string) => ({ author });
    const flaky = [
      answered(at('2026-11-24'), ['The e2e suite is flaky again, tests time out on CI'], by('Ada Tester')),
      answered(at('2026-11-25'), ['Flaky tests in the e2e suite block my merge.', 'Honestly I just need a green build.'], by('Bob Builder')),
      answered(at('2026-11-26'), ['Really, I think I just get stuck waiting on flaky e2e runs all afternoon'], by('Cy Coder')),
    ];
    const staging = [
      answered(at('2026-11-27'), ['Staging database was down for hours'], by('Ada Tester')),
      answered(at('2026-12-01'), ['The staging database keeps going down after deploys'], by('Bob Builder')),
    ];
    const loners = [
      answered(at('2026-12-02'), ['Unclear priorities from product this sprint'], by('Ada Tester')),
      answered(at('2026-12-03'), ['Too many meetings, no focus time'], by('Bob Builder')),
      answered(at('2026-12-04'), ['Pairing with Sam helped a lot'], by('Cy Coder')),
    ];
    const corpus = [...flaky, ...staging, ...loners];
    const paths = (docs: CorpusDocument[]) => docs.map((d) => d.path);

    it('groups reflections that share distinctive terms, largest group first, named by their phrases', () => {
      const groups = recurringBlockers(teamDocuments(corpus), period);
      assert.deepEqual(groups.map((g) => [g.terms, g.size, g.firstSeen, g.lastSeen, g.paths]), [
        [['e2e suite', 'flaky'], 3, '2026-11-24', '2026-11-26', paths(flaky)],
        [['staging database'], 2, '2026-11-27', '2026-12-01', paths(staging)],
      ]);
      assert.deepEqual(groups[0].quotes, [
        { text: 'The e2e suite is flaky again, tests time out on CI', path: flaky[0].path },
        { text: 'Flaky tests in the e2e suite block my merge.', path: flaky[1].path },
        { text: 'Really, I think I just get stuck waiting on flaky e2e runs all afternoon', path: flaky[2].path },
      ]);
    });

    it('searches every reflection of the period, however many', () => {
      // Was "searches only the latest maxDocuments": the search has no cap any more, so the earliest reflection still counts.
      const early = answered(at('2026-11-23'), ['Flaky e2e suite blocked the release'], by('Dee Dev'));
      const groups = recurringBlockers(teamDocuments([early, ...corpus]), period);
      assert.deepEqual(groups[0].paths, paths([early, ...flaky]));
    });

    it('never searches follow-ups', () => {
      const answeredFollowUp = followUpDoc(at('2026-12-05'), [{ action: 'k3j9x2ab-a1', status: 'done' }], {
        exchanges: [{ question: 'q-0', text: 'What is in your way?', answer: 'The flaky e2e suite again' }],
      });
      const groups = recurringBlockers(teamDocuments([...corpus, answeredFollowUp]), period);
      assert.deepEqual(groups.map((g) => g.paths), [paths(flaky), paths(staging)]);
    });

    it('is the same whatever order the files come in', () => {
      const expected = recurringBlockers(teamDocuments(corpus), period);
      for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(recurringBlockers(teamDocuments(shuffled(corpus, seed)), period), expected, `seed ${seed}`);
    });

    it('never reports a single reflection, nor links two through filler or one common word', () => {
      const filler = [
        answered(at('2026-11-24'), ['I really just think I get nothing done'], by('Ada Tester')),
        answered(at('2026-11-25'), ['Really, I just think we get nothing done'], by('Bob Builder')),
        answered(at('2026-11-26'), ['The review queue is long'], by('Cy Coder')),
        answered(at('2026-11-27'), ['My review got lost'], by('Dee Dev')),
      ];
      assert.deepEqual(recurringBlockers(teamDocuments([...filler, ...loners]), period), []);
    });

    it('in a larger corpus, words most reflections use link nothing', () => {
      const authors = ['Ada Tester', 'Bob Builder', 'Cy Coder'];
      const everywhere = Array.from({ length: 12 }, (_, i) => answered(at(`2026-11-${24 + (i % 5)}`), [`The deploy pipeline again, part${i}`], by(authors[i % 3])));
      assert.deepEqual(recurringBlockers(teamDocuments(everywhere), period), []);
      assert.equal(recurringBlockers(teamDocuments(everywhere.slice(0, 5)), period)[0].size, 5, 'a handful of reflections sharing words is a group');
    });

    it('makes a theme of one very rare term that at least three reflections use', () => {
      const noise = Array.from({ length: 27 }, (_, i) => answered(at('2026-11-30'), [`Topic unique${i} alone`]));
      const rare = [
        answered(at('2026-11-24'), ['Kubernetes ate my morning'], by('Ada Tester')),
        answered(at('2026-11-25'), ['Nobody understands our kubernetes setup'], by('Bob Builder')),
        answered(at('2026-11-26'), ['Kubernetes again!'], by('Cy Coder')),
      ];
      const groups = recurringBlockers(teamDocuments([...rare, ...noise]), period);
      assert.deepEqual(groups.map((g) => [g.terms, g.paths]), [[['kubernetes'], paths(rare)]]);
      assert.deepEqual(recurringBlockers(teamDocuments([...rare, ...loners]), period), [], 'in a small corpus one shared word is not rare');
    });

    it('bounds quotes, takes them from different reflections, and keeps the matching words in view', () => {
      const long = `${'Background detail that goes on and on. '.repeat(8)}Then the flaky e2e suite failed again ${'and more words follow here. '.repeat(8)}`;
      const many = [...flaky, answered(at('2026-11-28'), [long], by('Dee Dev')), answered(at('2026-11-29'), ['flaky e2e again'], by('Ada Tester'))];
      const [group] = recurringBlockers(teamDocuments([...many, ...loners]), period);
      assert.equal(group.size, 5);
      assert.equal(group.quotes.length, 3);
      assert.equal(new Set(group.quotes.map((q) => q.path)).size, 3);
      const pairOnly = [flaky[0], answered(at('2026-11-28'), [long], by('Dee Dev')), ...loners];
      const quoteOfLong = recurringBlockers(teamDocuments(pairOnly), period, { maxQuotes: 5 })[0].quotes[1];
      assert.ok(quoteOfLong.text.length <= 160, quoteOfLong.text);
      assert.match(quoteOfLong.text, /^….*flaky e2e.*…$/);
    });

    it('excerpts on one line, within the limit in UTF-16 code units, without splitting a character', () => {
      assert.equal(excerpt('Two hours a day.\n  Mostly waiting.', undefined, 160), 'Two hours a day. Mostly waiting.');
      const emoji = excerpt('😀'.repeat(200), undefined, 40);
      assert.ok(emoji.length <= 40 && emoji.length >= 38, String(emoji.length));
      assert.ok(emoji.endsWith('😀…'));
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(emoji), 'no half of a surrogate pair');
      const middle = excerpt(`${'😀'.repeat(100)} focus ${'😀'.repeat(100)}`, 'focus', 41);
      assert.ok(middle.length <= 41 && middle.includes('focus') && !/^…[\udc00-\udfff]/.test(middle), middle);
    });
  });

  describe('terms', () => {
    it('lower-cases Unicode words, drops stop words, filler and bare numbers', () => {
      assert.deepEqual(terms('I really just think we GET 10 Übergaben wrong, don’t we? Größe').map((t) => t.word), ['übergaben', 'wrong', 'größe']);
    });

    it('stems common suffixes so forms of a word meet, and leaves short words alone', () => {
      const stems = (words: string[]) => new Set(words.map(stem));
      assert.deepEqual(stems(['tests', 'testing', 'tested', 'test']), new Set(['test']));
      assert.deepEqual(stems(['merge', 'merged', 'merging', 'merges']), new Set(['merg']));
      assert.deepEqual(stems(['dependencies', 'dependency']), new Set(['dependency']));
      assert.deepEqual(stems(['stopped', 'stops']), new Set(['stop']));
      assert.deepEqual(['bus', 'string', 'speed', 'status', 'ci', 'weekly'].map(stem), ['bus', 'string', 'speed', 'status', 'ci', 'week']);
    });
  });

  describe('actions', () => {
    const period = { from: '2026-11-23', to: '2026-12-06' };
    const today = '2026-12-10';
    const action = (id: string, extra: Partial<Action> = {}): Action => ({ id, text: `Do ${id}`, status: 'open', ...extra });
    const origin = (date: string, id: string, actions: Action[], overrides: Partial<Reflection> = {}) => doc(at(date), { id, actions, ...overrides });

    const corpus = [
      origin('2026-11-20', 'before00', [action('before00-a1')]), // before the period
      origin('2026-11-24', 'done0001', [action('done0001-a1'), action('done0001-a2')]),
      origin('2026-11-25', 'done0002', [action('done0002-a1', { owner: 'Bob Builder' })]),
      origin('2026-11-26', 'dropped1', [action('dropped1-a1')]),
      origin('2026-11-30', 'overdue1', [action('overdue1-a1', { owner: 'Ada Tester', due: '2026-12-05' })]),
      origin('2026-12-01', 'pending1', [action('pending1-a1', { owner: ' ada  TESTER', due: '2026-12-20' }), action('pending1-a2')], { author: 'Bob Builder' }),
      origin('2026-12-02', 'anonym01', [action('anonym01-a1')], { visibility: 'anonymous', author: undefined }),
      followUpDoc(at('2026-11-22'), [{ action: 'before00-a1', status: 'done' }]),
      followUpDoc(at('2026-11-27'), [{ action: 'done0001-a1', status: 'done' }, { action: 'done0001-a2', status: 'done' }]),
      followUpDoc(at('2026-11-28'), [{ action: 'done0001-a2', status: 'open', note: 'Flaky again' }, { action: 'dropped1-a1', status: 'dropped' }]),
      followUpDoc(at('2026-11-29'), [{ action: 'done0001-a2', status: 'done' }]),
      followUpDoc(at('2026-12-02'), [{ action: 'done0002-a1', status: 'done' }]),
      // Someone's private note that the overdue action is done: not the team's record.
      followUpDoc(at('2026-12-06'), [{ action: 'overdue1-a1', status: 'done' }], { visibility: 'private' }),
    ];

    it('follow-through counts what became of the actions opened in the period, and the median days to done', () => {
      // Done after 3 (done0001-a1), 5 (done0001-a2, its last 'done') and 7 days (done0002-a1).
      assert.deepEqual(followThrough(teamDocuments(corpus), period, today), { opened: 8, done: 3, dropped: 1, overdue: 1, pending: 3, rate: 0.6, medianDaysToDone: 5 });
    });

    it('follow-through has no rate before anything was done, dropped or overdue', () => {
      const fresh = [origin('2026-11-24', 'fresh001', [action('fresh001-a1', { due: '2026-12-31' })])];
      assert.deepEqual(followThrough(teamDocuments(fresh), period, today), { opened: 1, done: 0, dropped: 0, overdue: 0, pending: 1, rate: null, medianDaysToDone: null });
    });

    it('groups open actions by owner, else by a signed author, else as unassigned; most overdue first', () => {
      const groups = actionsByOwner(teamDocuments(corpus), today);
      assert.deepEqual(groups.map((g) => [g.owner, g.assigned, g.overdue, g.actions.map((a) => [a.id, a.ageDays, a.overdue, a.daysOverdue])]), [
        ['Ada Tester', true, 1, [['overdue1-a1', 10, true, 5], ['pending1-a1', 9, false, 0]]],
        ['Bob Builder', true, 0, [['pending1-a2', 9, false, 0]]],
        ['Unassigned', false, 0, [['anonym01-a1', 8, false, 0]]],
      ]);
      assert.equal(groups[0].actions[1].owner, ' ada  TESTER', 'the owner is shown as written');
    });
  });

  describe('pulseTrends', () => {
    const period = { from: '2026-11-23', to: '2026-12-06' };
    const pulse = (date: string, ratings: Record<string, number>, overrides: Partial<Reflection> = {}) =>
      doc(at(date), { kind: 'pulse', friction: [], exchanges: [], pulse: ratings, ...overrides });
    const corpus = [
      pulse('2026-11-23', { focus: 4, flow: 2 }),
      pulse('2026-11-25', { focus: 3, mood: 5 }),
      pulse('2026-11-26', { focus: 5 }, { visibility: 'private' }),
      pulse('2026-11-27', { focus: 4 }, { visibility: 'anonymous', author: undefined }),
      doc(at('2026-11-27'), { pulse: { focus: 1 } }), // a session carrying ratings is not a pulse check
      pulse('2026-12-01', { focus: 2, flow: 2 }),
      pulse('2026-12-02', { focus: 3 }),
    ];

    it('averages each dimension per week over pulse checks only, known dimensions first', () => {
      const trends = pulseTrends(teamDocuments(corpus), period);
      const week = (i: number) => trends.weeks[i].ratings.filter((r) => r.count).map((r) => [r.dimension, r.mean, r.count]);
      assert.deepEqual(trends.weeks.map((w) => w.week), ['2026-W48', '2026-W49']);
      assert.deepEqual(week(0), [['focus', 3.67, 3], ['flow', 2, 1], ['mood', 5, 1]]);
      assert.deepEqual(week(1), [['focus', 2.5, 2], ['flow', 2, 1]]);
      assert.deepEqual(trends.weeks[1].ratings.find((r) => r.dimension === 'energy'), { dimension: 'energy', mean: null, count: 0 });
      assert.deepEqual(trends.dimensions.map((d) => d.id), ['focus', 'flow', 'clarity', 'collaboration', 'energy', 'mood']);
      assert.deepEqual(trends.dimensions[0], { id: 'focus', label: 'focus', count: 5, mean: 3.2, first: { week: '2026-W48', mean: 3.67 }, last: { week: '2026-W49', mean: 2.5 } });
      assert.deepEqual(trends.dimensions[2], { id: 'clarity', label: 'clarity', count: 0, mean: null, first: null, last: null });
    });
  });

  describe('participation', () => {
    it('counts reflections per week and distinct named authors; anonymous writers count as no one', () => {
      const corpus = [
        doc(at('2026-11-24'), { author: 'Ada Tester' }),
        doc(at('2026-11-25'), { kind: 'blocker', author: '  ada   tester ' }),
        doc(at('2026-11-25'), { visibility: 'anonymous', author: undefined }),
        doc(at('2026-11-26'), { visibility: 'anonymous', author: 'Carol Hidden' }),
        doc(at('2026-11-26'), { visibility: 'private', author: 'Dan Private' }),
        followUpDoc(at('2026-11-27'), [{ action: 'k3j9x2ab-a1', status: 'done' }]),
        doc(at('2026-12-01'), { author: undefined }),
      ];
      assert.deepEqual(participation(teamDocuments(corpus), { from: '2026-11-23', to: '2026-12-06' }), [
        { week: '2026-W48', monday: '2026-11-23', reflections: 4, followUps: 1, authors: 2 },
        { week: '2026-W49', monday: '2026-11-30', reflections: 1, followUps: 0, authors: 0 },
      ]);
    });
  });
});
