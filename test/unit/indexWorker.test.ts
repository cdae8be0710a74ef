import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { readReflections } from '../../src/core/store/corpus';
import { parseHere } from '../../src/core/store/readCache';
import { ParsePool } from '../../src/core/worker/pool';
import { MAX_FILES_PER_REQUEST, isParseRequest, isParseResponse } from '../../src/core/worker/protocol';
import { readCorpus } from '../../src/core/worker/readCorpus';
import { sampleReflection } from './fixtures';

const ALPHABET = 'abcdefghjkmnpqrstvwxyz';

/** A valid short id for the n-th file (letters without i, l, o, u). */
function idOf(n: number): string {
  let id = '';
  for (let k = n; id.length < 6; k = Math.floor(k / ALPHABET.length)) id += ALPHABET[k % ALPHABET.length];
  return `${id}01`;
}

describe('parsing in worker threads', () => {
  let root: string;
  let files: string[];
  let pool: ParsePool | undefined;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-worker-'));
    const dir = path.join(root, '.coaching', 'reflections', '2026', '11');
    await fs.mkdir(dir, { recursive: true });
    files = [];
    for (let n = 0; n < 2 * MAX_FILES_PER_REQUEST + 30; n++) {
      const name = `2026-11-01-${idOf(n)}.yaml`;
      const text = n % 97 === 5 ? 'id: [not closed\n' : serializeReflection(sampleReflection({ id: idOf(n), created: '2026-11-01T09:00:00+01:00' }));
      await fs.writeFile(path.join(dir, name), text);
      files.push(`.coaching/reflections/2026/11/${name}`);
    }
  });
  after(async () => { await fs.rm(root, { recursive: true, force: true }); });
  afterEach(async () => { await pool?.close(); pool = undefined; });

  it('gives exactly what parsing in this thread gives, in order, across several requests and workers', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1 });
    assert.deepEqual(await pool.parse(root, files), await parseHere(root, files));
    assert.equal(pool.threads, 2, 'both workers answered');
  });

  it('parses in this thread, with the same result, when the worker script is missing', async () => {
    pool = new ParsePool({ size: 2, parallelFrom: 1, script: path.join(root, 'no-such-worker.js') });
    assert.deepEqual(await pool.parse(root, files.slice(0, 20)), await parseHere(root, files.slice(0, 20)));
  });

  it('parses in this thread, with the same result, when a worker answers with something that is not a response', async () => {
    const liar = path.join(root, 'liar.js');
    await fs.writeFile(liar, "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ id: m.id, results: [{ reflection: 'not one' }] }));\n");
    pool = new ParsePool({ size: 1, parallelFrom: 1, script: liar });
    assert.deepEqual(await pool.parse(root, files.slice(0, 3)), await parseHere(root, files.slice(0, 3)));
  });

  it('reads the same corpus through readCorpus as through readReflections', async () => {
    assert.deepEqual(await readCorpus(root, { includePrivate: false }), await readReflections(root, { includePrivate: false }));
  });
});

describe('the worker protocol guards', () => {
  it('accepts a request within the file limit and refuses more files or a path that is not text', () => {
    assert.equal(isParseRequest({ id: 1, root: '/r', files: ['a.yaml'] }), true);
    assert.equal(isParseRequest({ id: 1, root: '/r', files: Array.from({ length: MAX_FILES_PER_REQUEST + 1 }, () => 'a.yaml') }), false);
    assert.equal(isParseRequest({ id: 1, root: '/r', files: [42] }), false);
  });

  it('accepts a response with one parse per requested file and refuses a short or malformed one', () => {
    const parse = { problems: [{ line: 1, col: 1, message: 'bad' }] };
    assert.equal(isParseResponse({ id: 1, results: [parse, parse] }, 2), true);
    assert.equal(isParseResponse({ id: 1, results: [parse] }, 2), false);
    assert.equal(isParseResponse({ id: 1, results: [{ problems: [{ line: 'one' }] }] }, 1), false);
    assert.equal(isParseResponse({ id: 1, error: 'gone' }, 3), true);
  });
});
