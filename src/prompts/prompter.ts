import * as vscode from 'vscode';
import { openerFor } from '../core/coach/openers';
import { inLanguage } from '../core/questions/bankLanguage';
import { localize, personLanguage } from '../host/l10n';
import { formatMessage } from '../core/util/message';
import { decide, type Decision } from '../core/prompting/decide';
import { notToday, recordPrompt, snooze } from '../core/prompting/state';
import type { Random } from '../core/model/ids';
import type { AskedHistory } from '../host/askedHistory';
import type { Sessions } from '../host/sessions';
import { describeSignal } from './describe';
import { promptText } from '../core/coach/promptText';
import type { PolicyStore } from './policyStore';
import type { FrictionSignal } from './signal';
import { localOffsetMinutes } from '../core/calendar';
import { workspaceTrusted } from '../host/trust';

/** Longest single wait before the policy is asked again (timers drift across sleep). */
const MAX_WAIT_MS = 10 * 60_000;

export interface PrompterDeps {
  policy: PolicyStore;
  sessions: Sessions;
  asked: AskedHistory;
  now(): Date;
  random: Random;
  /** True while a coaching panel is on screen: then nobody needs another prompt. */
  sessionVisible(): boolean;
  log: vscode.LogOutputChannel;
}

/**
 * Turns friction signals into prompts when the policy allows. Holds at most one pending
 * signal (the newest: it is the most relevant), waits out typing and an open prompt, drops
 * what the policy skips, and says in the log why, so "why did it (not) ask?" has an answer.
 */
export class Prompter implements vscode.Disposable {
  private pending: FrictionSignal | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private showing = false;
  private lastKeystrokeAt: Date | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: PrompterDeps) {
    this.disposables.push(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length && event.document.uri.scheme !== 'output') this.lastKeystrokeAt = deps.now();
    }));
  }

  offer(signal: FrictionSignal): void {
    // In Restricted Mode nothing can be saved, so nothing is asked.
    if (!workspaceTrusted()) return;
    this.deps.log.info(`signal ${signal.kind}${signal.detail ? ` (${signal.detail})` : ''}`);
    this.pending = signal;
    void this.evaluate();
  }

  private async evaluate(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const signal = this.pending;
    if (!signal) return;
    const { policy, now } = this.deps;
    const state = policy.state;
    const at = now();
    const result = decide({
      now: at,
      offsetMinutes: localOffsetMinutes(at),
      state,
      settings: policy.settings(),
      lastKeystrokeAt: this.lastKeystrokeAt,
      promptShowing: this.showing || this.deps.sessionVisible(),
    });
    if (result.state !== state) await policy.update(result.state);
    if (result.warning) {
      this.deps.log.warn(formatMessage(result.warning));
      void vscode.window.showWarningMessage(localize(result.warning));
    }
    this.deps.log.info(`decision for ${signal.kind}: ${describeDecision(result)}`);
    if (result.verdict === 'wait') {
      this.timer = setTimeout(() => void this.evaluate(), Math.min(MAX_WAIT_MS, Math.max(1000, result.until.getTime() - at.getTime())));
      return;
    }
    this.pending = undefined;
    if (result.verdict === 'prompt') await this.show(signal);
  }

  private async show(signal: FrictionSignal): Promise<void> {
    const { policy, now, random, asked, sessions } = this.deps;
    const trigger = { kind: signal.kind, ...(signal.detail ? { detail: signal.detail } : {}) };
    const opening = openerFor(trigger, asked.get(), random);
    if (!opening) return;
    const at = now();
    await policy.update(recordPrompt(policy.state, at, localOffsetMinutes(at), policy.settings(), random));
    // The opener counts as asked once it is on screen, answered or not.
    await Promise.resolve(asked.recordShown(opening, at)).catch((err: unknown) => this.deps.log.warn(`Could not record the question as shown: ${String(err)}`));

    const answer = vscode.l10n.t('Answer');
    const later = vscode.l10n.t('Snooze 1 h');
    const notNow = vscode.l10n.t('Not Today');
    this.showing = true;
    let choice: string | undefined;
    try {
      choice = await vscode.window.showInformationMessage(promptText(describeSignal(signal), inLanguage(opening, personLanguage()).text), answer, later, notNow);
    } finally {
      this.showing = false;
    }
    this.deps.log.info(`prompt for ${signal.kind}: ${choice ?? 'dismissed'}`);
    if (choice === answer) await sessions.startFromSignal(trigger, opening);
    else if (choice === later) await policy.update(snooze(policy.state, now()));
    else if (choice === notNow) {
      const t = now();
      await policy.update(notToday(policy.state, t, localOffsetMinutes(t)));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function describeDecision(decision: Decision): string {
  switch (decision.verdict) {
    case 'prompt': return 'prompt now';
    case 'wait': return `wait (${decision.reason}) until ${decision.until.toISOString()}`;
    case 'skip': return `skip (${decision.reason})${decision.until ? `; prompts possible again from ${decision.until.toISOString()}` : ''}`;
  }
}
