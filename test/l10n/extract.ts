import * as fs from 'fs';
import * as path from 'path';

/**
 * Finds the literal keys of `vscode.l10n.t('…')` (and `t('…')` where a file binds
 * `const t = vscode.l10n.t`) in the extension's sources: what `@vscode/l10n-dev export`
 * would write into l10n/bundle.l10n.json, without the dependency.
 */
const CALL = /(?:\bl10n\.t|(?<![.\w])t)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;

export function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_whole, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[escape] ?? escape;
  });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'webview' || entry.name === 'core' || entry.name === 'cli' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every `l10n.t` key in the files under `srcDir`, with the files that use it. */
export function extractHostKeys(srcDir: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const bindsT = /const t = vscode\.l10n\.t\b/.test(text);
    for (const match of text.matchAll(CALL)) {
      if (!match[0].includes('l10n.t') && !bindsT) continue;
      const key = unquote(match[1]);
      keys.set(key, [...(keys.get(key) ?? []), path.relative(srcDir, file)]);
    }
  }
  return keys;
}

/** The `{n}` placeholders of a template, sorted: a translation must use the same set. */
export function placeholders(template: string): string[] {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort();
}

/**
 * The templates the core and the CLI write for the catalogue: the literal first argument of
 * `msg('…')` and `t('…')` (a `Translate`), and both literals of `t.plural(n, '…', '…')`.
 */
const TEMPLATE_CALL = /(?<![\w$])(?:msg|t)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;
const PLURAL_CALL = /\.plural\(\s*[^,]+,\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

export function catalogueTemplates(dirs: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (literal: string, file: string) => {
    const key = unquote(literal);
    found.set(key, [...(found.get(key) ?? []), file]);
  };
  for (const dir of dirs) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || /\.de\.ts$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(TEMPLATE_CALL)) add(match[1], file);
      for (const match of text.matchAll(PLURAL_CALL)) {
        add(match[1], file);
        add(match[2], file);
      }
    }
  }
  return found;
}
