/** The `retro-coach` executable: bundled to dist/cli.js, runs on plain Node 20. */
import { main } from './main';
import { writeLines } from './output';
import { parseLanguage } from './args';
import { translator } from '../core/util/german';

const stderr = (text: string) => process.stderr.write(text);

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr,
  cwd: process.cwd(),
  now: new Date(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    // Escaped line by line like all output: an error's message can quote a file name.
    const t = translator(parseLanguage(process.argv.slice(2), process.env).language);
    writeLines(stderr, t('retro-coach: unexpected error: {0}', err instanceof Error ? err.stack ?? err.message : String(err)).split('\n'));
    process.exitCode = 3;
  },
);
