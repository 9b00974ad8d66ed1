import mermaid from 'mermaid';

/** Mermaid's themes we use: VS Code light, dark and high contrast map onto them. */
export type MermaidTheme = 'default' | 'dark' | 'neutral';

/**
 * Limits set for our sizes: Mermaid's defaults (50,000 characters, 500 edges) turn a large
 * Level 0 or a long map into a vague error. The language server bounds what it sends.
 */
export const LIMITS = { maxTextSize: 2_000_000, maxEdges: 20_000 } as const;

let configured: MermaidTheme | undefined;

function configure(theme: MermaidTheme): void {
  if (configured === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    // Labels are data: no HTML, no scripts, no click handlers from the diagram text.
    securityLevel: 'strict',
    theme,
    maxTextSize: LIMITS.maxTextSize,
    maxEdges: LIMITS.maxEdges,
    deterministicIds: true,
    flowchart: { useMaxWidth: false },
  });
  configured = theme;
}

/** Mermaid text to an SVG string; the same code renders the preview and `ppb export`. */
export async function renderSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  configure(theme);
  const { svg } = await mermaid.render(elementId, text);
  return svg;
}
