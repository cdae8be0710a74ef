import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeUtf8, listUntrustedFolder, readUntrusted, readUntrustedSync, type SafeRead } from '../../src/core/store/safeRead';

/** Both readers must say the same thing about every file; each case runs through both. */
const READERS = [
  ['readUntrusted', readUntrusted],
  ['readUntrustedSync', async (root: string, relative: string, opts: { maxBytes: number }) => readUntrustedSync(root, relative, opts)],
] as const;

describe('the untrusted reader', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-saferead-'));
    await fs.mkdir(path.join(root, '.coaching'));
  });
  afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

  const write = (relative: string, content: string | Buffer) => fs.writeFile(path.join(root, ...relative.split('/')), content);
  /** Creates a link, or skips the test where this platform or user may not. */
  async function linkOrSkip(ctx: Mocha.Context, target: string, relative: string, type?: 'dir') {
    try {
      await fs.symlink(target, path.join(root, ...relative.split('/')), type);
    } catch {
      ctx.skip();
    }
  }
  const refusal = (read: SafeRead) => (read.ok ? 'ok' : read.refusal);

  for (const [name, read] of READERS) {
    describe(name, () => {
      it('reads a regular file as text and drops a UTF-8 byte order mark', async () => {
        await write('.coaching/config.yaml', '\uFEFFquestions: merge\r\n');
        const result = await read(root, '.coaching/config.yaml', { maxBytes: 100 });
        assert.deepEqual(result, { ok: true, text: 'questions: merge\r\n', bytes: 21 });
      });

      it('says missing for a file that is not there', async () => {
        assert.equal(refusal(await read(root, '.coaching/config.yaml', { maxBytes: 100 })), 'missing');
      });

      it('refuses a file over the limit without reading it, and reads one exactly at the limit', async () => {
        await write('.coaching/big.yaml', 'x'.repeat(101));
        const over = await read(root, '.coaching/big.yaml', { maxBytes: 100 });
        assert.equal(refusal(over), 'too-large');
        assert.match(over.ok ? '' : over.message, /larger than 100 bytes.*not read/);
        await write('.coaching/exact.yaml', 'x'.repeat(100));
        assert.equal(refusal(await read(root, '.coaching/exact.yaml', { maxBytes: 100 })), 'ok');
      });

      it('refuses text that is not UTF-8, naming the line of the first bad byte', async () => {
        await write('.coaching/bad.yaml', Buffer.concat([Buffer.from('a: 1\nb: 2\nc: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
        const result = await read(root, '.coaching/bad.yaml', { maxBytes: 100 });
        assert.equal(refusal(result), 'not-utf8');
        assert.equal(result.ok ? 0 : result.line, 3);
      });

      it('refuses a link to /dev/zero as a link, before opening it', async function () {
        await linkOrSkip(this, '/dev/zero', '.coaching/config.yaml');
        const result = await read(root, '.coaching/config.yaml', { maxBytes: 100 });
        assert.equal(refusal(result), 'link');
        assert.match(result.ok ? '' : result.message, /symbolic link/);
      });

      it('refuses a file reached through a linked folder above it', async function () {
        const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-outside-'));
        try {
          await fs.writeFile(path.join(outside, 'config.yaml'), 'questions: merge\n');
          await fs.rm(path.join(root, '.coaching'), { recursive: true });
          await linkOrSkip(this, outside, '.coaching', 'dir');
          const result = await read(root, '.coaching/config.yaml', { maxBytes: 100 });
          assert.equal(refusal(result), 'link');
          assert.match(result.ok ? '' : result.message, /'\.coaching' is a symbolic link/);
        } finally {
          await fs.rm(outside, { recursive: true, force: true });
        }
      });

      it('refuses a device and a named pipe as not files, without waiting on the pipe', async function () {
        if (process.platform === 'win32') this.skip();
        try {
          execFileSync('mkfifo', [path.join(root, '.coaching', 'pipe.yaml')]);
        } catch {
          this.skip();
        }
        assert.equal(refusal(await read(root, '.coaching/pipe.yaml', { maxBytes: 100 })), 'not-file');
        assert.equal(refusal(await read('/', 'dev/zero', { maxBytes: 100 })), 'not-file');
      });
    });
  }

  it('lists a folder, and lists nothing from a folder that is a link', async function () {
    await fs.mkdir(path.join(root, '.coaching', 'summaries'));
    await write('.coaching/summaries/2026-11-01.md', '# ok');
    const listed = await listUntrustedFolder(root, '.coaching/summaries');
    assert.deepEqual(listed.ok ? listed.entries.map((e) => e.name) : listed.refusal, ['2026-11-01.md']);
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-outside-'));
    try {
      await fs.writeFile(path.join(outside, '2099-01-01.md'), '# not ours');
      await fs.rm(path.join(root, '.coaching', 'summaries'), { recursive: true });
      await linkOrSkip(this, outside, '.coaching/summaries', 'dir');
      const linked = await listUntrustedFolder(root, '.coaching/summaries');
      assert.equal(linked.ok ? 'ok' : linked.refusal, 'link');
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});

describe('decodeUtf8', () => {
  it('accepts every well-formed code point, including a leading BOM, and refuses a lone surrogate encoded as bytes', () => {
    const text = 'a\u0000b é 😀 \u202e';
    assert.deepEqual(decodeUtf8(Buffer.from(`\uFEFF${text}`)), { ok: true, text, bytes: Buffer.byteLength(`\uFEFF${text}`) });
    // CESU-style bytes for U+D800: not UTF-8.
    assert.equal(decodeUtf8(Buffer.from([0x61, 0x0a, 0xed, 0xa0, 0x80])).ok, false);
  });
});
