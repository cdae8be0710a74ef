// The README's configuration table, generated from package.json so the two cannot drift:
//   npm run docs:settings     rewrites the table between the markers in README.md
// test/unit/readmeSettings.test.ts fails when README.md and package.json disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const START = '<!-- settings:start — generated from package.json by `npm run docs:settings`; edit package.json, not this table -->';
export const END = '<!-- settings:end -->';

/** A package.json string as a person reads it: `%key%` replaced by its package.nls.json text. */
function localized(value, nls) {
  return typeof value === 'string' ? value.replace(/^%(.+)%$/, (whole, key) => nls[key] ?? whole) : value;
}

/** Markdown that fits one table cell: setting links (`#retroCoach.x#`) as code, no line breaks, no stray pipes. */
function cell(markdown) {
  return markdown.replace(/`?#(retroCoach\.[\w.]+)#`?/g, '`$1`').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function code(value) {
  return value === '' ? '(empty)' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function range(setting, plural = false) {
  const noun = (setting.type === 'integer' ? 'whole number' : 'number') + (plural ? 's' : '');
  return `${noun} ${setting.minimum}–${setting.maximum}`;
}

/** What a setting accepts, in words: its values, bounds or format. */
function allowed(setting, nls) {
  if (setting.enum) return setting.enum.map(code).join(', ');
  switch (setting.type) {
    case 'boolean': return '`true`, `false`';
    case 'number':
    case 'integer': return range(setting);
    case 'array': return `list of ${range(setting.items, true)}${setting.minItems ? `, at least ${setting.minItems}` : ''}`;
    default:
      if (setting.patternErrorMessage) return cell(localized(setting.patternErrorMessage, nls));
      return setting.maxLength ? `text, at most ${setting.maxLength} characters` : 'text';
  }
}

function explain(setting, nls) {
  const text = localized(setting.markdownDescription ?? setting.description ?? '', nls);
  const values = (setting.enumDescriptions ?? []).map((d, i) => `${code(setting.enum[i])}: ${localized(d, nls)}`);
  return cell([text, ...values].join(' '));
}

/** The table for `manifest` (package.json) and `nls` (package.nls.json): one section per settings category. */
export function settingsTable(manifest, nls) {
  const categories = [...manifest.contributes.configuration].sort((a, b) => a.order - b.order);
  const sections = categories.map((category) => {
    const rows = Object.entries(category.properties)
      .sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0))
      .map(([key, s]) => `| \`${key}\` | ${code(s.default)} | ${allowed(s, nls)} | ${explain(s, nls)} |`);
    return [`**${localized(category.title, nls)}**`, '', '| Setting | Default | Allowed | What it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
  });
  return sections.join('\n\n');
}

/** `readme` with the text between the markers replaced by `table`; says what to do when a marker is missing. */
export function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the lines\n${START}\n${END}\nwhere the configuration table goes.`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** The table as README.md has it now, for the test that compares it with package.json. */
export function currentTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start + START.length, end).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const read = (file) => readFileSync(path.join(root, file), 'utf8');
  const table = settingsTable(JSON.parse(read('package.json')), JSON.parse(read('package.nls.json')));
  writeFileSync(path.join(root, 'README.md'), withTable(read('README.md'), table));
  console.log('README.md: configuration table rewritten from package.json.');
}
