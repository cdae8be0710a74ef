import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lastSummaryDate, saveSummary } from '../../src/core/store/summaryFiles';
import { dayAfter, daysBefore } from '../../src/core/calendar';
import { seededRandom } from './fixtures';

describe('retro summary files', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-sum-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('never overwrite: a second summary on the same day gets -2, and the newest date is found', async () => {
    assert.equal(await lastSummaryDate(root), undefined);
    assert.equal(await saveSummary(root, '2026-11-25', '# one\n', seededRandom(1)), '.coaching/summaries/2026-11-25.md');
    assert.equal(await saveSummary(root, '2026-11-25', '# two\n', seededRandom(2)), '.coaching/summaries/2026-11-25-2.md');
    await saveSummary(root, '2026-11-11', '# old\n', seededRandom(3));
    await fs.writeFile(path.join(root, '.coaching', 'summaries', 'notes.md'), 'not a summary');
    assert.equal(await fs.readFile(path.join(root, '.coaching', 'summaries', '2026-11-25.md'), 'utf8'), '# one\n');
    assert.equal(await lastSummaryDate(root), '2026-11-25');
  });

  it('counts days across month and year ends', () => {
    assert.equal(dayAfter('2026-12-31'), '2027-01-01');
    assert.equal(daysBefore('2026-03-01', 1), '2026-02-28');
    assert.equal(daysBefore('2026-11-25', 27), '2026-10-29');
  });
});
