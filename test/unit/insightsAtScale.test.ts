/**
 * The shortcuts that keep insights cheap on large corpora give what the plain way gives: a
 * sort with its keys computed once, one term cache for a team and all teams, and the
 * weekly views sharing one pass over the documents.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CorpusDocument } from '../../src/core/store/corpus';
import { inWrittenOrder, sortInWrittenOrder } from '../../src/core/insights/team';
import { recurringBlockers, TermCache } from '../../src/core/insights/recurring';
import { teamDocuments, teamInsights } from '../../src/core/insights/index';
import { documentsByWeek, participation, pulseTrends, weeklyFriction } from '../../src/core/insights/weekly';
import { reviewCorpus, CORPUS_TODAY } from './reviewCorpus';
import { doc } from './insightDocs';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

describe('insights at scale', () => {
  it('sortInWrittenOrder orders documents exactly as sorting with inWrittenOrder does, unparseable dates included', () => {
    const created = fc.oneof(
      fc.constantFrom('2026-03-01T09:00:00+01:00', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00+02:00', 'not a date', '2026-02-30T09:00:00Z'),
      fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    );
    const item = fc.record({ created, path: fc.constantFrom('a.yaml', 'b.yaml', 'c.yaml'), id: fc.constantFrom('aaaa0001', 'bbbb0002') });
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), (items) => {
      const documents: CorpusDocument[] = items.map((i) => ({ path: i.path, reflection: { ...doc('2026-01-01T09:00:00Z').reflection, id: i.id, created: i.created } }));
      assert.deepEqual(sortInWrittenOrder(documents), [...documents].sort(inWrittenOrder));
    }));
  });

  it('finds the same recurring blockers in a team with a term cache that all teams filled first', () => {
    const all = teamDocuments(reviewCorpus());
    // Without the first documents, whose words the shared cache numbers first: the team's words get other numbers than in a cache of its own.
    const oneTeam = all.slice(10);
    const shared = new TermCache();
    recurringBlockers(all, PERIOD, { terms: shared });
    assert.ok(recurringBlockers(oneTeam, PERIOD).length > 0, 'the fixture has recurring blockers to compare');
    assert.deepEqual(recurringBlockers(oneTeam, PERIOD, { terms: shared }), recurringBlockers(oneTeam, PERIOD));
  });

  it('gives the same weekly views from one shared pass as from each view\'s own', () => {
    const team = teamDocuments(reviewCorpus());
    const weeks = documentsByWeek(team, PERIOD);
    assert.deepEqual(weeklyFriction(team, PERIOD, weeks), weeklyFriction(team, PERIOD));
    assert.deepEqual(pulseTrends(team, PERIOD, weeks), pulseTrends(team, PERIOD));
    assert.deepEqual(participation(team, PERIOD, weeks), participation(team, PERIOD));
    const { reflections } = teamInsights(team, PERIOD, CORPUS_TODAY);
    assert.equal(weeks.reduce((n, w) => n + w.documents.length, 0), reflections.total + reflections.followUps);
  });
});
