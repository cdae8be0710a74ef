import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { blockerReflection, pulseReflection } from '../../src/core/coach/quickCaptures';
import { newSession, toReflection } from '../../src/core/coach/session';
import { followUpReflection } from '../../src/core/model/actionState';
import { LIMITS, type Reflection, type Trigger, type Visibility } from '../../src/core/model/reflection';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { UnreadableReflectionError, forSaving, saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

const BRANCH_TRIGGER: Trigger = { kind: 'branch-switch', detail: 'alice/fix-login-timeout → main' };
const meta = (visibility: Visibility) => ({ id: 'anmz1234', created: '2026-11-25T16:42:00+01:00', author: 'Alice Example', visibility, trigger: BRANCH_TRIGGER });

/** Each builder that makes a reflection for saving, given the visibility and a trigger that names a branch. */
const BUILDERS: Record<string, (visibility: Visibility) => Reflection> = {
  'Log Blocker (blockerReflection)': (v) => blockerReflection({ kind: 'technical', blocker: 'Staging is down', unblock: '' }, meta(v)),
  'Pulse Check (pulseReflection)': (v) => pulseReflection({ ratings: { focus: 2 }, answer: 'Fewer meetings' }, meta(v)),
  'a follow-up (followUpReflection)': (v) => followUpReflection([{ action: 'k3j9x2ab-a1', status: 'done' }], meta(v)),
  'a session (toReflection)': (v) => toReflection(newSession('2026-11-25T16:00:00+01:00', BRANCH_TRIGGER, v), meta(v)),
};

describe('anonymous reflections name no one when saved', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-anon-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  for (const [name, build] of Object.entries(BUILDERS)) {
    it(`${name}: an anonymous save keeps no trigger detail, author or time of day`, async () => {
      const saved = await saveReflection(root, build('anonymous'), seededRandom());
      const text = await fs.readFile(saved.absolutePath, 'utf8');
      assert.ok(!/alice/i.test(text), text);
      const parsed = parseReflection(text);
      assert.ok(parsed.ok, JSON.stringify(parsed));
      assert.deepEqual(parsed.reflection.trigger, { kind: 'branch-switch' });
      assert.equal(parsed.reflection.author, undefined);
      assert.equal(parsed.reflection.created, '2026-11-25T00:00:00Z');
    });

    it(`${name}: a team save keeps the trigger detail`, async () => {
      const saved = await saveReflection(root, build('team'), seededRandom());
      assert.deepEqual(saved.reflection.trigger, BRANCH_TRIGGER);
    });
  }

  it('an anonymous next step keeps its text but names no owner', async () => {
    const reflection = sampleReflection({ visibility: 'anonymous', author: undefined });
    assert.equal(reflection.actions[0]?.owner, 'Ada Tester');
    const saved = await saveReflection(root, reflection, seededRandom());
    const text = await fs.readFile(saved.absolutePath, 'utf8');
    assert.ok(!/Ada Tester/.test(text), text);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok);
    assert.equal(parsed.reflection.actions[0]?.text, 'Split the integration suite');
    assert.equal(parsed.reflection.actions[0]?.owner, undefined);
  });
});

describe('what Retro Coach writes, it can read back', () => {
  let root: string;
  beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-readable-')); });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('clips a trigger detail made of two long branch names to the limit, with an ellipsis', () => {
    const detail = `${'feature/'.padEnd(180, 'x')} → ${'release/'.padEnd(180, 'y')}`;
    const saved = forSaving(sampleReflection({ trigger: { kind: 'branch-switch', detail } }));
    assert.equal(saved.trigger.detail?.length, LIMITS.detailChars);
    assert.ok(saved.trigger.detail?.endsWith('…'));
  });

  it('refuses a reflection with a 100-character question id, naming the field, and writes nothing', async () => {
    const first = sampleReflection().exchanges[0];
    const bad = sampleReflection({ exchanges: [{ ...first, question: 'q'.repeat(100) }] });
    await assert.rejects(saveReflection(root, bad, seededRandom()), (err: Error) => err instanceof UnreadableReflectionError && /exchanges\[0\]\.question is 100 characters long; the limit is 64/.test(err.message));
    assert.deepEqual(await fs.readdir(root), []);
  });

  it('refuses a reflection whose file would be larger than a reader accepts, and writes nothing', async () => {
    const answer = 'w'.repeat(LIMITS.answerChars);
    const exchanges = Array.from({ length: 30 }, (_, i) => ({ question: `q-${i}`, text: 'What else?', answer }));
    await assert.rejects(saveReflection(root, sampleReflection({ exchanges }), seededRandom()), (err: Error) => err instanceof UnreadableReflectionError && /bytes/.test(err.message));
    assert.deepEqual(await fs.readdir(root), []);
  });
});
