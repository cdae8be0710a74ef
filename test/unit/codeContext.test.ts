import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeContext, isContextPath, restoreCodeContext } from '../../src/core/model/codeContext';
import { gitCodeContext } from '../../src/core/git/codeContext';
import { LIMITS, type CodeContext } from '../../src/core/model/reflection';
import { parseReflection, serializeReflection } from '../../src/core/model/reflectionYaml';
import { validateReflection } from '../../src/core/model/validate';
import { forSaving, saveReflection } from '../../src/core/store/store';
import { sampleReflection, seededRandom } from './fixtures';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'reflection.schema.json'), 'utf8'));
const CONTEXT: CodeContext = { branch: 'feature/login', task: 'npm: test', paths: ['src/auth/login.ts', 'src/auth/token.ts'] };

describe('a reflection’s code context: the format', () => {
  it('the schema bounds it with the limits the code uses', () => {
    const c = schema.properties.context.properties;
    assert.equal(c.paths.maxItems, LIMITS.contextPaths);
    assert.equal(c.paths.items.maxLength, LIMITS.contextPathChars);
    assert.equal(c.branch.maxLength, LIMITS.contextNameChars);
    assert.equal(c.task.maxLength, LIMITS.contextNameChars);
    assert.ok(!schema.required.includes('context'), 'optional, so files without it stay valid v1');
  });

  it('a team reflection with a context is valid, written in the documented order, and reads back equal', () => {
    const reflection = sampleReflection({ context: CONTEXT });
    assert.deepEqual(validateReflection(reflection).problems, []);
    const yaml = serializeReflection(reflection);
    assert.match(yaml, /\ntrigger:\n {2}kind: manual\ncontext:\n {2}branch: feature\/login\n {2}task: "npm: test"\n {2}paths:\n {4}- src\/auth\/login\.ts\n {4}- src\/auth\/token\.ts\nexchanges:/);
    assert.deepEqual(parseReflection(yaml), { ok: true, reflection: JSON.parse(JSON.stringify(reflection)) });
  });

  it('a file without a context reads as before, with no context', () => {
    const parsed = parseReflection(serializeReflection(sampleReflection()));
    assert.ok(parsed.ok && parsed.reflection.context === undefined);
  });

  it('refuses a context on an anonymous reflection, saying why and what to do', () => {
    const { problems } = validateReflection(sampleReflection({ visibility: 'anonymous', author: undefined, context: CONTEXT }));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.deepEqual(problems[0].path, ['context']);
    assert.match(problems[0].message, /anonymous.*remove 'context'/);
  });

  it('refuses paths that leave the workspace folder or hide what they are, naming the entry', () => {
    for (const bad of ['/etc/passwd', '../secret', 'src/../../x', 'C:/x.ts', 'src\\a.ts', 'a//b', 'src/', 'a\u202eb.ts', 'x'.repeat(LIMITS.contextPathChars + 1)]) {
      const { problems } = validateReflection(sampleReflection({ context: { paths: ['ok.ts', bad] } }));
      assert.ok(problems.some((p) => p.path.join('.') === 'context.paths.1'), `${JSON.stringify(bad)}: ${JSON.stringify(problems)}`);
      assert.equal(isContextPath(bad), false, bad);
    }
    const tooMany = Array.from({ length: LIMITS.contextPaths + 1 }, (_, i) => `f${i}.ts`);
    assert.ok(validateReflection(sampleReflection({ context: { paths: tooMany } })).problems.some((p) => p.path.join('.') === 'context.paths'));
    assert.ok(validateReflection(sampleReflection({ context: { paths: ['a.ts', 'a.ts'] } })).problems.length > 0, 'each path once');
    assert.ok(validateReflection(sampleReflection({ context: { branch: 'x', colour: 'red' } as CodeContext })).problems.some((p) => p.path.join('.') === 'context.colour'));
  });

  it('the save path keeps it for team reflections and drops it for anonymous and private ones', () => {
    assert.deepEqual(forSaving(sampleReflection({ context: CONTEXT })).context, CONTEXT);
    assert.equal(forSaving(sampleReflection({ visibility: 'anonymous', author: undefined, context: CONTEXT })).context, undefined);
    assert.equal(forSaving(sampleReflection({ visibility: 'private', context: CONTEXT })).context, undefined);
  });

  it('a private reflection saved with a context is written without it', async function () {
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-context-save-'));
    try {
      const saved = await saveReflection(root, sampleReflection({ id: 'prvt0002', visibility: 'private', context: CONTEXT }), seededRandom(1));
      const text = await fs.readFile(saved.absolutePath, 'utf8');
      assert.doesNotMatch(text, /context:|feature\/login|src\/auth/);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});

describe('a reflection’s code context: what a capture records (core/model/codeContext.ts)', () => {
  it('orders the commit’s files, then the editor’s, then the branch’s, each once, at most the limit', () => {
    const context = codeContext({
      branch: 'feature/login',
      commitFiles: ['src/a.ts', 'src/b.ts'],
      activeFile: 'src/c.ts',
      branchFiles: ['src/b.ts', ...Array.from({ length: 20 }, (_, i) => `lib/f${i}.ts`)],
    });
    assert.deepEqual(context?.paths, ['src/a.ts', 'src/b.ts', 'src/c.ts', ...Array.from({ length: LIMITS.contextPaths - 3 }, (_, i) => `lib/f${i}.ts`)]);
  });

  it('writes Windows separators as /, and leaves out .coaching/ and paths the format refuses', () => {
    const context = codeContext({ activeFile: 'src\\win\\file.ts', commitFiles: ['.coaching/reflections/2026/11/x.yaml', '../outside.ts', './here.ts'] });
    assert.deepEqual(context, { paths: ['here.ts', 'src/win/file.ts'] });
  });

  it('keeps names on one line within the limit, and is undefined when nothing was found', () => {
    const context = codeContext({ branch: `  ${'b'.repeat(300)}`, task: 'build\n\u0007all' });
    assert.equal(context?.task, 'build all');
    assert.equal([...(context?.branch ?? '')].length, LIMITS.contextNameChars);
    assert.ok(context?.branch?.endsWith('…'));
    assert.equal(codeContext({ branch: ' ', commitFiles: ['/abs'] }), undefined);
  });

  it('what it records always passes the validator', () => {
    const context = codeContext({ branch: 'x', task: 't', commitFiles: ['é/😀.ts', 'a b/c.ts'], activeFile: 'Makefile' });
    assert.deepEqual(validateReflection(sampleReflection({ context })).problems, []);
  });

  it('a context restored from a draft is checked again; anything else is dropped', () => {
    assert.deepEqual(restoreCodeContext({ branch: 'main', paths: ['a.ts', 7, '/etc/x'] }), { branch: 'main', paths: ['a.ts'] });
    assert.equal(restoreCodeContext('main'), undefined);
    assert.equal(restoreCodeContext({ paths: 'a.ts' }), undefined);
  });
});

describe('a reflection’s code context: what git says (core/git/codeContext.ts)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const write = async (file: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await fs.writeFile(path.join(repo, file), text);
  };

  beforeEach(async function () {
    try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
    repo = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-context-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Ada Tester');
    git('config', 'user.email', 'ada@example.invalid');
    await write('app/src/a.ts', 'a\n');
    await write('app/src/b.ts', 'b\n');
    await write('other/z.ts', 'z\n');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    git('checkout', '-q', '-b', 'feature/login');
    await write('app/src/a.ts', 'a2\n');
    await write('other/z.ts', 'z2\n');
    git('commit', '-q', '-am', 'change a and z');
    await write('app/src/b.ts', 'b2\n');
  });
  afterEach(async () => { if (repo) await fs.rm(repo, { recursive: true, force: true }); });

  it('names the branch, the commit’s files and the branch’s (uncommitted first), relative to the folder and only inside it', async () => {
    const found = await gitCodeContext(path.join(repo, 'app'), { commit: true });
    assert.deepEqual(found, { branch: 'feature/login', commitFiles: ['src/a.ts'], branchFiles: ['src/b.ts', 'src/a.ts'] });
  });

  it('leaves the commit’s files out unless asked, and on the base branch names only uncommitted changes', async () => {
    assert.deepEqual((await gitCodeContext(repo, { commit: false })).commitFiles, []);
    git('stash', '-q');
    git('checkout', '-q', 'main');
    await write('other/z.ts', 'z3\n');
    assert.deepEqual(await gitCodeContext(repo, { commit: false }), { branch: 'main', commitFiles: [], branchFiles: ['other/z.ts'] });
  });

  it('outside a repository it finds nothing and does not throw', async () => {
    const plain = await fs.mkdtemp(path.join(os.tmpdir(), 'rc-context-plain-'));
    try {
      assert.deepEqual(await gitCodeContext(plain, { commit: true }), { branch: undefined, commitFiles: [], branchFiles: [] });
    } finally {
      await fs.rm(plain, { recursive: true, force: true });
    }
  });
});
