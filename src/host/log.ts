import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The one "Retro Coach" output channel: why a prompt did or did not come, which files had problems. */
export function retroCoachLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Retro Coach', { log: true });
  return channel;
}
