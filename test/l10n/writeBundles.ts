/**
 * Regenerates l10n/bundle.l10n.json from the sources and refreshes l10n/bundle.l10n.de.json
 * (core entries copied from the catalogue, stale keys dropped; new host keys still need their
 * German written by hand). Run: npx tsc -p tsconfig.test.json && node out/test/l10n/writeBundles.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { L10N_DIR, englishBundle, germanBundle, readBundle } from './bundles';

const english = englishBundle();
const written = fs.existsSync(path.join(L10N_DIR, 'bundle.l10n.de.json')) ? readBundle('bundle.l10n.de.json') : {};
fs.mkdirSync(L10N_DIR, { recursive: true });
fs.writeFileSync(path.join(L10N_DIR, 'bundle.l10n.json'), `${JSON.stringify(english, null, 2)}\n`);
fs.writeFileSync(path.join(L10N_DIR, 'bundle.l10n.de.json'), `${JSON.stringify(germanBundle(english, written), null, 2)}\n`);
