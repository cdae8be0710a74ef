/** What a caught error says, whatever was thrown. */

/** The Node error code (`ENOENT`, `EEXIST`, …) of a failure, or undefined when it has none. */
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** The message of an Error, or the thrown value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
