import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { BUILT_IN_QUESTIONS } from './core/questions/bank';
import * as followUps from './actions/register';
import * as diagnostics from './diagnostics/register';
import * as retroExport from './export/register';
import * as history from './history/register';
import * as prompts from './prompts/register';
import * as quick from './quick/register';
import * as review from './review/register';
import * as session from './session/register';
import * as share from './share/register';
import type { HostServices } from './host/services';
import * as views from './views/register';
import { AskedHistory } from './host/askedHistory';
import { CoachingIndex } from './host/coachingIndex';
import { registerOnboarding } from './host/onboarding';
import { loadQuestionLanguage } from './host/questionLanguage';
import { today } from './core/calendar';

/** Wires Retro Coach's surfaces to the core; everything with logic lives in those modules. */
export function activate(context: vscode.ExtensionContext): void {
  loadQuestionLanguage(context.extensionPath);
  const now = () => new Date();
  const services: HostServices = {
    now,
    today: () => today(now()),
    random: () => randomInt(0, 2 ** 32) / 2 ** 32,
    bank: BUILT_IN_QUESTIONS,
    asked: new AskedHistory(context.globalState),
    schemaText: readFileSync(path.join(context.extensionPath, 'schemas', 'reflection.schema.json'), 'utf8'),
  };
  const index = new CoachingIndex({ dir: context.globalStorageUri.fsPath, version: String(context.extension.packageJSON.version) });
  context.subscriptions.push(index, services.asked.followIndex(index));
  const { askBack } = followUps.register(context, services, index);
  const sessions = session.register(context, services, { beforeNewSession: askBack });
  quick.register(context, services);
  prompts.register(context, services, sessions, index);
  diagnostics.register(context, index);
  views.register(context, services, index);
  const insights = review.register(context, services, index);
  retroExport.register(context, services, insights);
  share.register(context, services);
  history.register(context, index);
  registerOnboarding(context);
}

export function deactivate(): void {}
