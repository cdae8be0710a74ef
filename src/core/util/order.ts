/** Plain code-unit (or numeric) order: the same on every machine, unlike localeCompare. */
export function compare<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
