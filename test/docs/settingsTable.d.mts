// Types of settingsTable.mjs for the TypeScript test that compares README.md with package.json.
export const START: string;
export const END: string;
export function settingsTable(manifest: unknown, nls: Record<string, string>): string;
export function withTable(readme: string, table: string): string;
export function currentTable(readme: string): string | undefined;
