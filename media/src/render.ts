import mermaid from 'mermaid';
import { finishedMarkup } from './finish-drawing';

/** Mermaid's themes we use: VS Code light, dark and high contrast map onto them. */
export type MermaidTheme = 'default' | 'dark' | 'neutral';

/**
 * Limits set for our sizes: Mermaid's defaults (50,000 characters, 500 edges) turn a large
 * Level 0 or a long map into a vague error. The language server bounds what it sends.
 */
export const LIMITS = { maxTextSize: 2_000_000, maxEdges: 20_000 } as const;

/** Space between steps across the flow, and between columns along it (Mermaid: 40 and 100). */
const NODE_SPACING = 36;
const RANK_SPACING = 40;

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
    // Closer columns: with Mermaid's 100 px between them maps ran wider than an A4 page holds
    // at 6 pt. Steps stay 36 px apart: at 28 px and less the swimlane layout let a tall step
    // cross into the next lane (KECKLB.02.01.CFM.01, caught by the Klambu lane test).
    flowchart: { useMaxWidth: false, nodeSpacing: NODE_SPACING, rankSpacing: RANK_SPACING },
    // A branch label hides the line under it (Mermaid's background lets 20 % of it through).
    themeCSS: '.edgeLabel rect, .edgeLabel .labelBkg { opacity: 1 !important; fill-opacity: 1 !important; }',
  });
  configured = theme;
}

/** Mermaid text to Mermaid's own SVG markup, unfinished: the preview finishes the SVG it parses anyway (finish-drawing.ts). */
export async function drawSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  configure(theme);
  const { svg } = await mermaid.render(elementId, text);
  return svg;
}

/** Mermaid text to an SVG string, finished (our layout corrections and title); the same code draws the preview and `ppb export`. */
export async function renderSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  return finishedMarkup(await drawSvg(elementId, text, theme), text, document);
}
