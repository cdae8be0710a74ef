/** The `retro-coach` executable: bundled to dist/cli.js, runs on plain Node 20. */
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: new Date(),
}).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`retro-coach: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
