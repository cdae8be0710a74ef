// Types of host.mjs for the TypeScript UI tests.
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';

export interface Server { port: number; origin: string; pid: number; output: string[]; close(): Promise<void> }
export interface Workbench { browser: Browser; context: BrowserContext; page: Page; url: string; close(): Promise<void> }

export const cacheDir: string;
export const codeServerEntry: string;
export function startServer(opts?: { userDataDir?: string; bindPort?: number; extensionsDir?: string; timeoutMs?: number; onOutput?: (line: string) => void; workspaceTrust?: boolean }): Promise<Server>;
export function openWorkbench(server: Server, opts: {
  /** A folder to open, or null for an empty window. */
  folder?: string | null;
  /** A multi-root .code-workspace file to open instead of a folder. */
  workspaceFile?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  onExit?: (code: number, logs: unknown) => void;
  onLog?: (type: string, args: unknown[]) => void;
  viewport?: { width: number; height: number };
  headless?: boolean;
}): Promise<Workbench>;
export function runExtensionTests(opts: {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
  verbose?: boolean;
  logsDir?: string;
}): Promise<number>;
export function waitForWorkbench(page: Page, timeoutMs?: number): Promise<void>;
export function focusWorkbench(page: Page): Promise<void>;
export function runCommand(page: Page, title: string, timeoutMs?: number): Promise<void>;
export function webviewFrame(page: Page, outerSelector?: string): FrameLocator;
