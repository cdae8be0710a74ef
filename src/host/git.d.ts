/**
 * The part of the built-in Git extension's API (`vscode.git`, getAPI(1)) that Retro Coach
 * uses, typed after the extension's published git.d.ts. Kept small on purpose: every member
 * here is one we read, so an API change shows up as a type error in one place.
 */
import type { Event, Uri } from 'vscode';

export interface Commit {
  readonly hash: string;
  readonly message: string;
}

export interface Branch {
  readonly name?: string;
  readonly commit?: string;
}

export interface RepositoryState {
  readonly HEAD: Branch | undefined;
  readonly onDidChange: Event<void>;
}

export interface Repository {
  readonly rootUri: Uri;
  readonly state: RepositoryState;
  getCommit(ref: string): Promise<Commit>;
}

export interface API {
  readonly state: 'uninitialized' | 'initialized';
  /** A URI for a file's content at a ref, opened through the Git extension's file system. */
  toGitUri(uri: Uri, ref: string): Uri;
  readonly onDidChangeState: Event<'uninitialized' | 'initialized'>;
  readonly repositories: Repository[];
  readonly onDidOpenRepository: Event<Repository>;
  readonly onDidCloseRepository: Event<Repository>;
}

export interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): API;
}
