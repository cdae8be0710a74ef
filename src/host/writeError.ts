import * as vscode from 'vscode';
import { errorCode, errorMessage } from '../core/util/errors';

/** A write failure in words a person can act on: what happened, where, what to do. */
export function describeWriteError(err: unknown, folder: string): string {
  const code = errorCode(err) ?? '';
  const t = vscode.l10n.t;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return t('Could not save: {0} is read-only. Make it writable (or choose another folder), then press Save again. Your answers are kept.', folder);
    case 'ENOSPC':
    case 'EDQUOT':
      return t('Could not save: the disk holding {0} is full. Free some space, then press Save again. Your answers are kept.', folder);
    case 'ENOTDIR':
    case 'EEXIST':
      return t('Could not save: something in {0}/.coaching is a file where Retro Coach needs a folder. Move it aside, then press Save again. Your answers are kept.', folder);
    default: {
      const detail = errorMessage(err);
      return t('Could not save to {0}: {1}. Your answers are kept; press Save to try again.', folder, detail);
    }
  }
}
