/**
 * `retro-coach history` reads as plain text in a terminal and as Markdown when asked for it
 * (or when piped): a person never sees Markdown's backslashes on screen.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

const ACTION = 'Re-run the *flaky* checkout_tests [x](y) # twice';

async function run(argv: string[], cwd: string, stdoutIsTTY: boolean): Promise<string> {
  let out = '';
  const code = await main(argv, { stdout: (t) => { out += t; }, stderr: () => undefined, cwd, now: new Date('2026-11-25T12:00:00Z'), stdoutIsTTY });
  assert.equal(code, 0);
  return out;
}

describe('retro-coach history output', () => {
  let root: string;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-history-'));
    await saveReflection(root, sampleReflection({ id: 'hst20001', created: '2026-11-20T10:00:00+01:00', actions: [{ id: 'hst20001-a1', text: ACTION, owner: 'Ada_Tester', status: 'open' }] }), seededRandom(1));
  });
  after(async () => { await fs.rm(root, { recursive: true, force: true }); });

  it('prints plain text to a terminal: headings underlined, texts as written, no Markdown escapes', async () => {
    const out = await run(['history'], root, true);
    assert.match(out, /^Retro Coach history\n=+\n/);
    assert.match(out, /\nTimeline\n--------\n/);
    assert.ok(out.includes(`- ${ACTION} (Ada_Tester): opened 2026-11-20, still open`), out);
    assert.ok(!out.includes('\\'), 'no backslash anywhere');
  });

  it('prints Markdown with --format md, and when stdout is not a terminal', async () => {
    for (const out of [await run(['history', '--format', 'md'], root, true), await run(['history'], root, false)]) {
      assert.match(out, /^# Retro Coach history\n/);
      assert.match(out, /\n## Timeline\n/);
      assert.ok(out.includes('- Re-run the \\*flaky\\* checkout_tests [x\\](y) # twice (Ada_Tester)'), out);
    }
  });

  it('takes --format text anywhere, and refuses a format it does not know', async () => {
    assert.match(await run(['history', '--format', 'text'], root, false), /^Retro Coach history\n=+\n/);
    let err = '';
    const code = await main(['history', '--format', 'pdf'], { stdout: () => undefined, stderr: (t) => { err += t; }, cwd: root, now: new Date(), stdoutIsTTY: true });
    assert.equal(code, 2);
    assert.match(err, /--format must be text, md or json/);
  });
});
