import * as vscode from 'vscode';
import { SETTINGS } from '../settings';
import { POLICY_SETTINGS_SECTION, readPolicySettings, type PolicySettings } from '../core/prompting/settings';
import { restorePolicyState, type PolicyState } from '../core/prompting/state';
import { localize } from '../host/l10n';

const STATE_KEY = 'retroCoach.promptPolicy.v1';

/**
 * The prompt policy's memory (last prompt, snooze, not today, pause) in global storage:
 * it belongs to the person on this machine, never to the repository.
 */
export class PolicyStore {
  private readonly warned = new Set<string>();
  private readonly changed = new vscode.EventEmitter<PolicyState>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  get state(): PolicyState {
    return restorePolicyState(this.memento.get(STATE_KEY));
  }

  async update(state: PolicyState): Promise<void> {
    await this.memento.update(STATE_KEY, state);
    this.changed.fire(state);
  }

  /** The user's settings, each bad value replaced by its default; each warning shown once per session. */
  settings(): PolicySettings {
    const config = vscode.workspace.getConfiguration(POLICY_SETTINGS_SECTION);
    const raw = Object.fromEntries(SETTINGS.prompts.keys.map((key) => [key, config.get(key)]));
    const { settings, warnings } = readPolicySettings(raw);
    for (const warning of warnings.map(localize)) {
      if (this.warned.has(warning)) continue;
      this.warned.add(warning);
      void vscode.window.showWarningMessage(warning, vscode.l10n.t('Open Settings')).then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', POLICY_SETTINGS_SECTION);
      });
    }
    return settings;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
