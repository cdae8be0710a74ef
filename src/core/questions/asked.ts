/**
 * Which questions a person was asked, and when: question id → ISO time. Kept per person by
 * the host (synced with their settings) and seeded from the reflections they committed, so a
 * new machine or a Codespace does not start from nothing.
 */
import type { Reflection } from '../model/reflection';
import { normalizeName } from '../insights/team';
import { QUESTION_ID_PATTERN, type AskedQuestion } from './question';

/** question id → when it was last shown to the person (ISO 8601). */
export type LastAsked = Readonly<Record<string, string>>;

/** Most ids kept per person: well above the whole bank, so nothing still in use is forgotten. */
export const MAX_ASKED_IDS = 500;

/** `lastAsked` with `questions` stamped at `when`, bounded to `keep` ids (the most recent stay). */
export function recordAsked(lastAsked: LastAsked, questions: readonly AskedQuestion[], when: string, keep = MAX_ASKED_IDS): Record<string, string> {
  const next = new Map(Object.entries(lastAsked));
  for (const q of questions) next.set(q.id, when);
  return bounded(next, keep);
}

/** Both histories together; for an id in both, the later time wins. Malformed ids and times are dropped. */
export function mergeAsked(a: LastAsked, b: LastAsked, keep = MAX_ASKED_IDS): Record<string, string> {
  const merged = new Map<string, string>();
  for (const source of [a, b]) {
    for (const [id, when] of Object.entries(source)) later(merged, id, when);
  }
  return bounded(merged, keep);
}

/**
 * What the reflections written by the person named `personNames` asked them: each question id
 * with the newest `created` it appears in. Reflections arrive with `git clone`, so only
 * well-formed ids and parseable times count; anonymous reflections name nobody and are skipped.
 */
export function askedFromReflections(documents: readonly { reflection: Reflection }[], personNames: readonly string[]): Record<string, string> {
  const names = new Set(personNames.map(normalizeName).filter(Boolean));
  const found = new Map<string, string>();
  if (!names.size) return {};
  for (const { reflection } of documents) {
    const author = reflection.author;
    if (reflection.visibility === 'anonymous' || typeof author !== 'string' || !names.has(normalizeName(author))) continue;
    for (const exchange of Array.isArray(reflection.exchanges) ? reflection.exchanges : []) {
      later(found, exchange?.question, reflection.created);
    }
  }
  return bounded(found, MAX_ASKED_IDS);
}

/** Each person's history under each name they go by (normalised); '' holds a person without a name. */
export type AskedByPerson = Readonly<Record<string, LastAsked>>;

/** People kept: a shared machine may see a few identities; the least recently active go first. */
export const MAX_PEOPLE = 8;

/** Stored histories as read back from (synced, so untrusted) state: anything malformed is dropped. */
export function readAskedByPerson(raw: unknown): Record<string, Record<string, string>> {
  const people: Record<string, Record<string, string>> = {};
  if (!isRecord(raw)) return people;
  for (const [key, value] of Object.entries(raw).slice(0, MAX_PEOPLE * 4)) {
    if (isRecord(value)) people[key] = mergeAsked(value as LastAsked, {});
  }
  return people;
}

/** The keys a person's history is kept under: every name they go by, so any one of them finds it. */
export function personKeys(names: readonly string[]): string[] {
  const keys = [...new Set(names.map(normalizeName).filter(Boolean))];
  return keys.length ? keys : [''];
}

/** What was shown to the person going by `names`, over all of their keys. */
export function askedFor(byPerson: AskedByPerson, names: readonly string[]): Record<string, string> {
  return personKeys(names).reduce<Record<string, string>>((all, key) => mergeAsked(all, byPerson[key] ?? {}), {});
}

/** `byPerson` with `change` applied under each of the person's keys, keeping the MAX_PEOPLE most recently active. */
export function withAsked(byPerson: AskedByPerson, names: readonly string[], change: (known: LastAsked) => Record<string, string>): Record<string, Record<string, string>> {
  const next: Record<string, LastAsked> = { ...byPerson };
  for (const key of personKeys(names)) next[key] = change(next[key] ?? {});
  const newest = (asked: LastAsked) => Math.max(-Infinity, ...Object.values(asked).map(Date.parse));
  const kept = Object.entries(next).sort((a, b) => newest(b[1]) - newest(a[1])).slice(0, MAX_PEOPLE);
  return Object.fromEntries(kept.map(([key, asked]) => [key, { ...asked }]));
}

/** When `id` was last asked, in ms since the epoch; -Infinity when never (or unreadable). */
export function askedAt(lastAsked: LastAsked, id: string): number {
  const when = Object.prototype.hasOwnProperty.call(lastAsked, id) ? Date.parse(lastAsked[id]) : NaN;
  return Number.isNaN(when) ? -Infinity : when;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps `when` for `id` if both are well-formed and it is later than what `map` has. */
function later(map: Map<string, string>, id: unknown, when: unknown): void {
  if (typeof id !== 'string' || !QUESTION_ID_PATTERN.test(id) || typeof when !== 'string') return;
  const at = Date.parse(when);
  if (Number.isNaN(at)) return;
  const known = map.get(id);
  if (known === undefined || at > Date.parse(known)) map.set(id, when);
}

function bounded(map: ReadonlyMap<string, string>, keep: number): Record<string, string> {
  const entries = [...map];
  if (entries.length > keep) entries.sort((x, y) => Date.parse(y[1]) - Date.parse(x[1])).length = keep;
  return Object.fromEntries(entries);
}
