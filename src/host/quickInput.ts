import * as vscode from 'vscode';
import { fitsCodePoints } from '../core/util/codePoints';

/** What a quick-input step ended with: accepted, or dismissed (Escape, focus lost) with what was typed. */
export type StepResult<T> = { accepted: true; value: T } | { accepted: false; typed: string };

interface StepFrame {
  title: string;
  step: number;
  totalSteps: number;
}

/** "2/3" in the title helps in a sequence; a lone "1/1" is noise. */
function steps(frame: StepFrame): Partial<StepFrame> {
  return frame.totalSteps > 1 ? { step: frame.step, totalSteps: frame.totalSteps } : {};
}

/**
 * One text step of a multi-step capture. Unlike showInputBox, it reports what was typed
 * when the person presses Escape, so the caller can keep it as a draft.
 */
export function askText(frame: StepFrame & { prompt: string; placeholder?: string; value: string; required: boolean; maxLength: number }): Promise<StepResult<string>> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    Object.assign(box, { title: frame.title, ...steps(frame), prompt: frame.prompt, placeholder: frame.placeholder, value: frame.value, ignoreFocusOut: true });
    let done = false;
    const validate = (text: string) => {
      // Characters as the schema counts them (code points), like every limit of the format.
      if (!fitsCodePoints(text, frame.maxLength)) return vscode.l10n.t('Keep it under {0} characters.', frame.maxLength);
      return undefined;
    };
    box.onDidChangeValue((text) => { box.validationMessage = validate(text); });
    box.onDidAccept(() => {
      const text = box.value.trim();
      if (frame.required && !text) {
        box.validationMessage = vscode.l10n.t('Write a few words, or press Escape to keep this as a draft.');
        return;
      }
      if (validate(box.value)) return;
      done = true;
      resolve({ accepted: true, value: text });
      box.hide();
    });
    box.onDidHide(() => {
      if (!done) resolve({ accepted: false, typed: box.value });
      box.dispose();
    });
    box.show();
  });
}

export interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

/** One pick step of a multi-step capture; `active` preselects a remembered choice. */
export function askChoice<T>(frame: StepFrame & { placeholder: string; items: Choice<T>[]; active?: T }): Promise<StepResult<T>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<Choice<T>>();
    Object.assign(pick, { title: frame.title, ...steps(frame), placeholder: frame.placeholder, items: frame.items, ignoreFocusOut: true, matchOnDescription: true });
    const active = frame.items.find((item) => item.value === frame.active);
    if (active) pick.activeItems = [active];
    let done = false;
    pick.onDidAccept(() => {
      const [chosen] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
      if (!chosen) return;
      done = true;
      resolve({ accepted: true, value: chosen.value });
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve({ accepted: false, typed: '' });
      pick.dispose();
    });
    pick.show();
  });
}
