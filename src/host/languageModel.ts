import * as vscode from 'vscode';
import type { FollowUpModel } from '../core/coach/followUpModel';
import { errorMessage } from '../core/util/errors';
import { SETTINGS } from '../settings';
import { retroCoachLog } from './log';
import { setting } from './settings';

/** Most characters read from a reply: the JSON with one question and one sentence fits many times over. */
const MAX_REPLY_CHARS = 4_000;

/**
 * The language model behind optional AI follow-ups, or undefined while the person has not
 * turned `retroCoach.ai.followUps` on (read fresh, so the setting applies at once). Which
 * model answers is VS Code's business (`vscode.lm`); the first one it offers is used, and
 * VS Code asks the person once whether Retro Coach may use it.
 */
export function followUpModel(): FollowUpModel | undefined {
  if (!setting(SETTINGS.aiFollowUps, false)) return undefined;
  return {
    // The session goes on without it either way; the log says why no follow-up came.
    ask: (prompt, signal) => askFirstModel(prompt, signal).catch((err: unknown) => {
      retroCoachLog().info(`AI follow-up skipped: ${errorMessage(err)}`);
      throw err;
    }),
  };
}

async function askFirstModel(prompt: string, signal: AbortSignal): Promise<string> {
  const [model] = await vscode.lm.selectChatModels();
  if (!model) throw new Error('No language model is available in VS Code.');
  if (signal.aborted) throw new Error('Cancelled.');
  const cancel = new vscode.CancellationTokenSource();
  const stop = () => cancel.cancel();
  signal.addEventListener('abort', stop);
  try {
    const response = await model.sendRequest(
      [vscode.LanguageModelChatMessage.User(prompt)],
      { justification: vscode.l10n.t('Retro Coach suggests one follow-up question from the answers of your current reflection (setting retroCoach.ai.followUps).') },
      cancel.token,
    );
    let reply = '';
    for await (const part of response.text) {
      reply += part;
      if (reply.length >= MAX_REPLY_CHARS) break;
    }
    return reply.slice(0, MAX_REPLY_CHARS);
  } finally {
    signal.removeEventListener('abort', stop);
    cancel.cancel();
    cancel.dispose();
  }
}
