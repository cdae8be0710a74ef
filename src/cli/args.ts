import { daysBefore, today } from '../core/calendar';
import type { Period } from '../core/insights/index';
import { isCalendarDate } from '../core/model/reflection';
import { LANGUAGES, cliLanguage, type Language } from '../core/util/catalogue';
import { MessageError, msg } from '../core/util/message';

/** Command-line arguments: a command, then `--flag value` pairs and bare `--switches`. */
export interface Args {
  command?: string;
  /** The last value of each flag. */
  flags: Map<string, string | true>;
  /** Every value of each flag, in order, for the ones that may repeat (--root A --root B). */
  repeated: Map<string, string[]>;
  rest: string[];
}

/** A mistake in the command line: said in the reader's language, then how to get help. */
export class UsageError extends MessageError {}

const SWITCHES = new Set(['help', 'json', 'version']);

export function parseArgs(argv: readonly string[]): Args {
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  const set = (name: string, value: string) => {
    flags.set(name, value);
    repeated.set(name, [...(repeated.get(name) ?? []), value]);
  };
  const rest: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') flags.set('help', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (SWITCHES.has(name)) flags.set(name, true);
      else if (inline !== undefined) set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) set(name, argv[++i]);
      else throw new UsageError(msg('--{0} needs a value.', name));
    } else if (!command) command = arg;
    else rest.push(arg);
  }
  return { command, flags, repeated, rest };
}

/** A date, or a span back from `today` like 4w, 14d, 2m (months of 30 days). */
export function parseSince(value: string, today: string): string {
  const span = /^(\d{1,4})([dwm])$/.exec(value);
  if (span) {
    const days = Number(span[1]) * { d: 1, w: 7, m: 30 }[span[2] as 'd' | 'w' | 'm'];
    return daysBefore(today, days - 1);
  }
  if (isCalendarDate(value)) return value;
  throw new UsageError(msg("'{0}' is not a date (2026-11-01) or a span (4w, 14d, 2m).", value));
}

/** The period of --since and --until (default: the last 4 weeks until today). */
export function parsePeriod(args: Args, now: Date): Period {
  const until = args.flags.get('until');
  const since = args.flags.get('since');
  const to = typeof until === 'string' ? parseSince(until, today(now)) : today(now);
  const from = parseSince(typeof since === 'string' ? since : '4w', to);
  if (to < from) throw new UsageError(msg('--until {0} is before --since {1}.', to, from));
  return { from, to };
}

/** The value of --format, one of `allowed` (the first is the default). */
export function parseFormat<F extends string>(args: Args, allowed: readonly F[]): F {
  const format = args.flags.get('format') ?? allowed[0];
  if (typeof format !== 'string' || !(allowed as readonly string[]).includes(format)) {
    const choices = allowed.length > 1 ? msg('--format must be {0} or {1}, not \'{2}\'.', allowed.slice(0, -1).join(', '), allowed[allowed.length - 1], String(format)) : msg('--format must be {0}, not \'{1}\'.', allowed[0], String(format));
    throw new UsageError(choices);
  }
  return format as F;
}

/**
 * The language of everything the CLI prints: `--lang en|de`, else the locale of LC_ALL,
 * LC_MESSAGES or LANG (de_* is German, anything else English). Read before any other flag is
 * checked, so a mistake on the command line is already said in that language; a `--lang`
 * this version cannot speak comes back as `invalid`, for main() to refuse.
 */
export function parseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { language: Language; invalid?: string } {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return { language: cliLanguage(env) };
  const value = argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1] ?? '';
  if ((LANGUAGES as readonly string[]).includes(value)) return { language: value as Language };
  return { language: cliLanguage(env), invalid: value };
}

/** The refusal of a `--lang` value parseLanguage did not know. */
export const unknownLanguage = (value: string): UsageError => new UsageError(msg("--lang must be en or de, not '{0}'.", value));
