export const TEST_AUTHOR: string;
export function makeWorkspace(prefix?: string, fixture?: string): string;
export function removeWorkspace(dir: string): void;
