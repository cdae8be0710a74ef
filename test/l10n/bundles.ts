import * as fs from 'fs';
import * as path from 'path';
import { GERMAN } from '../../src/core/util/german';
import { REPLIES_DE } from '../../src/core/coach/respond/replies.de';
import { extractHostKeys } from './extract';

/** The repository root (this file compiles to out/test/l10n/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const L10N_DIR = path.join(ROOT, 'l10n');

export type Bundle = Record<string, string>;

/** The core's sentences the extension shows through `localize()`, with their German: the catalogue and the coach's lines. */
export function coreGerman(): Bundle {
  return { ...GERMAN, ...REPLIES_DE };
}

/** What `@vscode/l10n-dev export` would write: every host `l10n.t` key and every core template, each mapped to itself. */
export function englishBundle(): Bundle {
  const keys = new Set([...extractHostKeys(path.join(ROOT, 'src')).keys(), ...Object.keys(coreGerman())]);
  return Object.fromEntries([...keys].sort().map((key) => [key, key]));
}

export function readBundle(file: string): Bundle {
  return JSON.parse(fs.readFileSync(path.join(L10N_DIR, file), 'utf8')) as Bundle;
}

/** The German bundle: the hand-written host entries kept, the core's copied from its catalogue, stale keys dropped. */
export function germanBundle(english: Bundle, written: Bundle): Bundle {
  const core = coreGerman();
  return Object.fromEntries(Object.keys(english).filter((key) => key in core || key in written).map((key) => [key, core[key] ?? written[key]]));
}

/**
 * A pseudo-locale bundle: every string wrapped in ⟦…⟧ and about 40% longer, placeholders
 * and codicons (`$(check)`) kept intact, so an unwrapped string on screen is one that
 * bypassed l10n and a clipped one is a layout that cannot take longer languages.
 */
export function pseudoBundle(english: Bundle): Bundle {
  return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, pseudo(value)]));
}

export function pseudo(text: string): string {
  const padding = '~'.repeat(Math.max(1, Math.round(text.length * 0.4)));
  return `⟦${text}${padding}⟧`;
}
