/**
 * Runtime checks that carry their TypeScript type, for the webview message protocols: a
 * message's type is inferred from its check (or its check is typed by a declared type), so a
 * field added to one without the other does not compile. Pure TypeScript: bundled into the
 * browser apps and compiled for the extension host alike (no DOM, no Node, no vscode).
 *
 * A check returns undefined when the value passes, else the first {@link Failure}: where the
 * value went wrong and what was expected there, for a log line. Text is measured in
 * characters as JSON Schema counts them (Unicode code points, core/util/codePoints.ts), as
 * the validator generated from the schemas measures it, so a limit shared with the file
 * format means the same thing on both sides.
 */
import { isObject } from '../../core/util/guards';
import { codePointLength, fitsCodePoints } from '../../core/util/codePoints';

/** The one definition of "a plain object" (not null, not an array), shared with the core. */
export { isObject };

/** Where a value failed (keys and indexes from the root) and what was expected there. */
export interface Failure {
  readonly path: ReadonlyArray<string | number>;
  readonly expected: string;
}

declare const TYPE: unique symbol;

/** Checks an unknown value: undefined when it is a T, else the first failure. */
export interface Check<T> {
  (value: unknown): Failure | undefined;
  /** Type only, never set at run time. Invariant in T, so a field's check must match its declared type exactly. */
  readonly [TYPE]?: (value: T) => T;
}

/** A check for a field that may be left out. */
export interface OptionalCheck<T> extends Check<T | undefined> {
  readonly optional: true;
}

/** A check for one message of a tagged union, with its `type`. */
export interface MessageCheck<Tag extends string, T> extends Check<T> {
  readonly tag: Tag;
}

/** The type a check accepts. */
export type Infer<C> = C extends Check<infer T> ? T : never;

/** Any check, whatever it accepts (the call signature alone). */
type AnyCheck = (value: unknown) => Failure | undefined;
type FieldChecks = Record<string, AnyCheck>;
type Flat<T> = { -readonly [K in keyof T]: T[K] };
type OptionalKeys<F> = { [K in keyof F]: F[K] extends { readonly optional: true } ? K : never }[keyof F];

/** The object type described by a record of field checks; fields checked by `optional` may be left out. */
export type Shape<F> = Flat<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined> }
>;

/** One check per field of T, none missing: `optional(...)` for optional fields, a check of exactly T[K] for the others. */
export type FieldsOf<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? OptionalCheck<Exclude<T[K], undefined>> : Check<T[K]>;
};

const fail = (expected: string): Failure => ({ path: [], expected });
const within = (key: string | number, failure: Failure | undefined): Failure | undefined =>
  failure && { path: [key, ...failure.path], expected: failure.expected };
const quoted = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');


/** An object's own field; never one inherited from its prototype. */
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

export interface TextBounds {
  /** Most characters (Unicode code points), as the schemas and the validator count them. */
  max: number;
  min?: number;
  /** Must match; without the g and y flags, so testing it keeps no state. */
  pattern?: RegExp;
}

export function str({ max, min = 0, pattern }: TextBounds): Check<string> {
  if (pattern && (pattern.global || pattern.sticky)) throw new Error(`str(): ${pattern} must not have the g or y flag.`);
  const expected = `text of ${min}–${max} characters${pattern ? ` matching ${pattern}` : ''}`;
  return (v) => (typeof v === 'string' && fitsCodePoints(v, max) && (min === 0 || codePointLength(v) >= min) && (!pattern || pattern.test(v)) ? undefined : fail(expected));
}

/** A whole number (a safe integer) from min to max, both inclusive; by default any count (0 or more). */
export function int({ min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}): Check<number> {
  const expected = `a whole number from ${min} to ${max}`;
  return (v) => (Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : fail(expected));
}

/** A finite number from min to max, both inclusive. */
export function num({ min, max }: { min: number; max: number }): Check<number> {
  const expected = `a number from ${min} to ${max}`;
  return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? undefined : fail(expected));
}

export const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? undefined : fail('true or false'));

export function literal<const V extends string | number | boolean>(value: V): Check<V> {
  const expected = JSON.stringify(value);
  return (v) => (v === value ? undefined : fail(expected));
}

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  const expected = `one of ${quoted(values)}`;
  return (v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? undefined : fail(expected));
}

/** The field may be left out (or undefined); when present it must pass `check`. */
export function optional<T>(check: Check<T>): OptionalCheck<T> {
  const opt: Check<T | undefined> = (v) => (v === undefined ? undefined : check(v));
  return Object.assign(opt, { optional: true as const });
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v) => (v === null ? undefined : check(v));
}

export function arrayOf<T>(item: Check<T>, { max, min = 0 }: { max: number; min?: number }): Check<T[]> {
  const expected = `a list of ${min}–${max} items`;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return fail(expected);
    for (let i = 0; i < v.length; i++) {
      const failure = within(i, item(v[i]));
      if (failure) return failure;
    }
    return undefined;
  };
}

/** An object with exactly these keys present (others are ignored), each passing `check`. */
export function keyed<const K extends string, T>(keys: readonly K[], check: Check<T>): Check<Record<K, T>> {
  return fields(Object.fromEntries(keys.map((k) => [k, check])));
}

function fields<T>(checks: FieldChecks): Check<T> {
  const entries = Object.entries(checks);
  return (v) => {
    if (!isObject(v)) return fail('an object');
    for (const [key, check] of entries) {
      const failure = within(key, check(own(v, key)));
      if (failure) return failure;
    }
    return undefined;
  };
}

/** An object whose type is inferred from its field checks. Fields not listed are ignored. */
export function object<F extends FieldChecks>(checks: F): Check<Shape<F>> {
  return fields(checks);
}

/** An object of a type declared elsewhere (e.g. in the core): leaving out a field is a compile error. */
export function objectOf<T>(checks: FieldsOf<T>): Check<T> {
  return fields(checks as FieldChecks);
}

/** Adds a condition across fields (e.g. one list no longer than another) to a check. */
export function where<T>(check: Check<T>, test: (value: T) => boolean, expected: string): Check<T> {
  return (v) => check(v) ?? (test(v as T) ? undefined : fail(expected));
}

/** One message of a tagged union: `{ type, ...fields }`. */
export function message<const Tag extends string, F extends FieldChecks = Record<never, never>>(
  type: Tag,
  checks?: F,
): MessageCheck<Tag, Flat<{ type: Tag } & Shape<F>>> {
  return Object.assign(fields<Flat<{ type: Tag } & Shape<F>>>({ type: literal(type), ...checks }), { tag: type });
}

/** A tagged union of messages, told apart by their `type`. */
export function messages<M extends ReadonlyArray<AnyCheck & { readonly tag: string }>>(...checks: M): Check<Infer<M[number]>> {
  const byTag = new Map<string, AnyCheck>(checks.map((c) => [c.tag, c]));
  const expected = `a message whose type is one of ${quoted([...byTag.keys()])}`;
  return (v) => {
    if (!isObject(v)) return fail('a message object');
    const type = own(v, 'type');
    const check = typeof type === 'string' ? byTag.get(type) : undefined;
    return check ? check(v) : { path: ['type'], expected };
  };
}

/** A type guard from a check. */
export function guard<T>(check: Check<T>): (value: unknown) => value is T {
  return (value): value is T => check(value) === undefined;
}

/** A failure as one line for a log, e.g. `view.owners[0].text: expected text of 0–300 characters`. */
export function formatFailure(failure: Failure): string {
  const where = failure.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
  return `${where || '(the value)'}: expected ${failure.expected}`;
}
