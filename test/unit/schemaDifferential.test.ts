/**
 * The differential run: generated files (test/schema/mutations.ts) must get the same verdict
 * from the JSON Schemas, compiled here by ajv itself with ajv-formats (what editors apply),
 * and from what the extension and the CLI show (the core's parse and validation, run on the
 * file's text as the index reads it).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseReflection } from '../../src/core/model/reflectionYaml';
import { parseTeamConfig, parseTeamQuestions } from '../../src/core/model/teamConfig';
import { reflectionFiles, teamFiles, type GeneratedFile } from '../schema/mutations';

const ROOT = path.join(__dirname, '..', '..', '..');
const schemaOf = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));

/** Whether a value is JSON data: what a JSON Schema can judge at all. Dates, binary, sets and ordered maps are not. */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(isJsonData);
  return false;
}

type Validate = (data: unknown) => boolean;

/**
 * The schema's verdict on a YAML text, as an editor reaches it: one YAML 1.2 document that
 * parses without errors or warnings (an unknown tag is a warning) into JSON data, valid by ajv.
 */
function schemaAccepts(validate: Validate, text: string): boolean {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.length !== 1) return false;
  const [doc] = docs;
  if (doc.errors.length || doc.warnings.length) return false;
  const value: unknown = doc.toJS();
  return isJsonData(value) && validate(value);
}

interface Verdicts {
  name: string;
  schema: boolean;
  extension: boolean;
}

function disagreements(files: readonly GeneratedFile[], validate: Validate, extension: (text: string) => boolean): Verdicts[] {
  return files
    .map((f) => ({ name: f.name, schema: schemaAccepts(validate, f.text), extension: extension(f.text) }))
    .filter((v) => v.schema !== v.extension);
}

const report = (list: readonly Verdicts[]) => list.map((v) => `${v.name}: schema ${v.schema ? 'accepts' : 'refuses'}, extension ${v.extension ? 'accepts' : 'refuses'}`).join('\n');

describe('differential: the JSON Schemas and the extension judge every generated file alike', () => {
  let ajvFor: (schema: object) => Validate;
  before(async function () {
    this.timeout(20_000);
    // The same Ajv options the generated validators are compiled with, but ajv and ajv-formats themselves.
    const { schemaAjv } = (await import(path.join(ROOT, 'test', 'schema', 'generateValidators.mjs'))) as { schemaAjv(): { compile(schema: object): Validate } };
    ajvFor = (schema) => schemaAjv().compile(schema);
  });

  it('reflections: valid files and every single mutation (missing, wrong type, null, blank, length ±1 with emoji, impossible dates, unknown keys, tags, merge keys)', function () {
    this.timeout(10_000);
    const files = reflectionFiles(schemaOf('reflection'));
    assert.ok(files.length >= 300, `${files.length} files`);
    const validate = ajvFor(schemaOf('reflection'));
    const verdicts = files.map((f) => schemaAccepts(validate, f.text));
    assert.ok(verdicts.filter(Boolean).length >= 20 && verdicts.filter((v) => !v).length >= 200, 'the run has both valid and invalid files');
    const differ = disagreements(files, validate, (text) => parseReflection(text).ok);
    assert.deepEqual(differ, [], report(differ));
  });

  it('config.yaml and questions.yaml: a file is valid by the schema exactly when the extension reports no problem in it', () => {
    const schemas = { config: schemaOf('config'), questions: schemaOf('questions') };
    const files = teamFiles(schemas);
    const config = disagreements(files.config, ajvFor(schemas.config), (text) => parseTeamConfig(text).problems.length === 0);
    const questions = disagreements(files.questions, ajvFor(schemas.questions), (text) => parseTeamQuestions(text).problems.length === 0);
    assert.deepEqual([...config, ...questions], [], report([...config, ...questions]));
  });
});
