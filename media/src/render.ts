import mermaid from 'mermaid';
import { titledMarkup } from './svg-title';

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
    // A failed render throws; Mermaid draws no error picture into the page.
    suppressErrorRendering: true,
    // No `layout`: Mermaid 12 lays flowcharts out with ELK by default (on the Klambu maps it keeps
    // the Level 0 and Relasi bands stacked in order with orthogonal edges where dagre put the
    // Relasi bands side by side; 300 nodes 7 s, 400 18 s), and `swimlane-beta` with its own lane
    // layout, which a `layout` set here would replace (the lanes would stop being bands).
    // Shapes are drawn with rough.js even in the classic look: a fixed seed gives the same SVG
    // for the same text (calm re-renders, reproducible exports).
    handDrawnSeed: 1,
    flowchart: { useMaxWidth: false },
  });
  configured = theme;
}

/** Mermaid text to Mermaid's own SVG markup, without our title: the preview puts it on the SVG it parses anyway. */
export async function drawSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  configure(theme);
  const { svg } = await mermaid.render(elementId, text);
  return svg;
}

/** Mermaid text to an SVG string with our title; the same code draws the preview and `ppb export`. */
export async function renderSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  return titledMarkup(await drawSvg(elementId, text, theme), text, document);
}
