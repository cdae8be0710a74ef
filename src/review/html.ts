import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folder of built webview assets: the only place the panel may load from. */
export function reviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function reviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    // Everything is computed on the host; the page is redrawn from scratch whenever it is shown.
    retainContextWhenHidden: false,
    localResourceRoots: [reviewRoot(extensionUri)],
  };
}

/**
 * The review's page: no inline script or style, one script with a fresh nonce, and a CSP
 * that allows nothing else. The body is empty; the app builds it from the host's view.
 */
export function reviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const root = reviewRoot(extensionUri);
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...parts)).toString();
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="${attr(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(asset('codicons', 'codicon.css'))}">
<link rel="stylesheet" href="${attr(asset('review.css'))}">
<title>${attr(title)}</title>
</head>
<body>
<main id="app"></main>
<script nonce="${nonce}" src="${attr(asset('review.js'))}"></script>
</body>
</html>`;
}
