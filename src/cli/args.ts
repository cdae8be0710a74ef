import { daysBefore } from '../core/calendar';

/** Command-line arguments: a command, then `--flag value` pairs and bare `--switches`. */
export interface Args {
  command?: string;
  flags: Map<string, string | true>;
  rest: string[];
}

export class UsageError extends Error {}

const SWITCHES = new Set(['help', 'json', 'version']);

export function parseArgs(argv: readonly string[]): Args {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') flags.set('help', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (SWITCHES.has(name)) flags.set(name, true);
      else if (inline !== undefined) flags.set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags.set(name, argv[++i]);
      else throw new UsageError(`--${name} needs a value.`);
    } else if (!command) command = arg;
    else rest.push(arg);
  }
  return { command, flags, rest };
}

/** A date, or a span back from `today` like 4w, 14d, 2m (months of 30 days). */
export function parseSince(value: string, today: string): string {
  const span = /^(\d{1,4})([dwm])$/.exec(value);
  if (span) {
    const days = Number(span[1]) * { d: 1, w: 7, m: 30 }[span[2] as 'd' | 'w' | 'm'];
    return daysBefore(today, days - 1);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(`'${value}' is not a date (2026-11-01) or a span (4w, 14d, 2m).`);
}
