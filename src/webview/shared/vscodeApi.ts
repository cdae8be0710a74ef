/**
 * The handle VS Code gives a webview page, typed by what the app posts (`AppMsg`) and what
 * it keeps in the webview state across reloads (`State`; `never` for an app that keeps none).
 */
export interface VsCodeApi<AppMsg, State = never> {
  postMessage(message: AppMsg): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): VsCodeApi<unknown, unknown>;

/** The page's handle; VS Code allows acquiring it once per page load, so call this once. */
export function vscodeApi<AppMsg, State = never>(): VsCodeApi<AppMsg, State> {
  return acquireVsCodeApi() as VsCodeApi<AppMsg, State>;
}
