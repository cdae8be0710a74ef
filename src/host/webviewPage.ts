import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../core/util/escape';

/** The folder of built webview assets: the only place a panel may load from. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    // Each panel's state lives on the host; its page can be rebuilt at any time without loss.
    retainContextWhenHidden: false,
    localResourceRoots: [webviewRoot(extensionUri)],
  };
}

/** The browser apps, each bundled to dist/webview/<app>.js with its stylesheet <app>.css. */
export type WebviewApp = 'session' | 'review';

/**
 * A panel's page for the app bundle `app` (dist/webview/<app>.js, with base.css then <app>.css):
 * no inline script or style, one script with a fresh nonce, and a CSP that allows nothing
 * else. The body is empty; the app builds it from what the host sends, and announces what
 * changes through a live region of its own (the page is redrawn whole, so it cannot be one).
 */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: { app: WebviewApp; title: string }): string {
  const nonce = randomBytes(16).toString('base64');
  const root = webviewRoot(extensionUri);
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...parts)).toString();
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
  const attr = (value: string) => escapeHtml(value, { apostrophe: false });
  return `<!DOCTYPE html>
<html lang="${attr(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(asset('codicons', 'codicon.css'))}">
<link rel="stylesheet" href="${attr(asset('base.css'))}">
<link rel="stylesheet" href="${attr(asset(`${page.app}.css`))}">
<title>${attr(page.title)}</title>
</head>
<body>
<main id="app"></main>
<script nonce="${nonce}" src="${attr(asset(`${page.app}.js`))}"></script>
</body>
</html>`;
}
