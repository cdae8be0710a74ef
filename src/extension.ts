import { randomInt } from 'node:crypto';
import type * as vscode from 'vscode';
import { BUILT_IN_QUESTIONS } from './core/questions/bank';
import * as session from './session/register';

/** Wires Retro Coach's surfaces to the core; everything with logic lives in those modules. */
export function activate(context: vscode.ExtensionContext): void {
  session.register(context, {
    now: () => new Date(),
    random: () => randomInt(0, 2 ** 32) / 2 ** 32,
    bank: BUILT_IN_QUESTIONS,
  });
}

export function deactivate(): void {}
