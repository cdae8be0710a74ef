/**
 * Type guards for values from outside: files, settings, saved state. One definition each,
 * so "a mapping" means the same thing to the validator, the settings reader and the stores.
 */

/** A plain key-value mapping as JSON or YAML produces it. */
export type Obj = Record<string, unknown>;

/** A mapping: an object that is neither null nor an array. */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The id a worker-thread message carries (requests and their answers are numbered), or -1 when it has no safe integer one. */
export function messageId(value: unknown): number {
  return isObject(value) && Number.isSafeInteger(value.id) ? Number(value.id) : -1;
}

/** One of a fixed list of strings, e.g. `isOneOf(FRICTION_KINDS, value)`. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
