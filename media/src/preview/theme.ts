import type { MermaidTheme } from '../render';

/** VS Code marks the webview's body `vscode-light`, `vscode-dark` or `vscode-high-contrast`. */
export function themeOf(body: HTMLElement): MermaidTheme {
  if (body.classList.contains('vscode-high-contrast')) return 'neutral';
  if (body.classList.contains('vscode-dark')) return 'dark';
  return 'default';
}

/** Calls `changed` whenever VS Code switches the colour theme. */
export function watchTheme(body: HTMLElement, changed: (theme: MermaidTheme) => void): void {
  let current = themeOf(body);
  new MutationObserver(() => {
    const next = themeOf(body);
    if (next === current) return;
    current = next;
    changed(next);
  }).observe(body, { attributes: true, attributeFilter: ['class'] });
}
