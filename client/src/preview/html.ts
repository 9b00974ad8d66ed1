import { randomBytes } from 'node:crypto';

export interface PageOptions {
  /** `webview.cspSource`: where the page may load its script, styles, images and fonts from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** `dist/media/export.js`: Mermaid and the drawing code, loaded before the preview's script. */
  readonly rendererUri: string;
  readonly styleUri: string;
  /** The user's language (`vscode.env.language`), for the page's `lang`. */
  readonly lang: string;
  /** A fresh nonce for each page; only tests pass their own. */
  readonly nonce?: string;
}

/** A nonce from the system's random source, never `Math.random`. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The preview's page. It holds no data: the diagram arrives by message. Scripts only by nonce;
 * inline styles are allowed because Mermaid writes them into its SVG.
 */
export function previewHtml(o: PageOptions): string {
  const nonce = o.nonce ?? newNonce();
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>PPB</title>
</head>
<body>
<script nonce="${attr(nonce)}" src="${attr(o.rendererUri)}"></script>
<script nonce="${attr(nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
