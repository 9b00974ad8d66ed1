import mermaid from 'mermaid';
import { NOTE_TAG } from '../../server/src/protocol/diagram';
import { finishDrawing, finishedMarkup } from './finish-drawing';
import { MIN_PT, PAGE_RATIO, printedPt } from '../../server/src/protocol/page-size';
import { parseSvg } from './parse-svg';
import { viewBoxOf } from './svg-geometry';

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
const MIN_NODE_WIDTH = 60;
/** The size of a note line (NOTE_TAG) against the rest of the text. */
const NOTE_EM = 0.875;

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
    flowchart: { useMaxWidth: false, nodeSpacing: NODE_SPACING, rankSpacing: RANK_SPACING, minNodeWidth: MIN_NODE_WIDTH },
    // A branch label hides the line under it (Mermaid's background lets 20 % of it through).
    // A note line (a sub-process's performers) in smaller type; see `drawSvg` for a map where it
    // would print too small.
    themeCSS: `.edgeLabel rect, .edgeLabel .labelBkg { opacity: 1 !important; fill-opacity: 1 !important; } .nodeLabel ${NOTE_TAG} { font-size: ${NOTE_EM}em; }`,
  });
  configured = theme;
}

/** Mermaid text to Mermaid's own SVG markup, unfinished: the preview finishes the SVG it parses anyway (finish-drawing.ts). */
export async function drawSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  configure(theme);
  const { svg } = await mermaid.render(elementId, text);
  if (text.includes(NOTE)) return withNotesThatFit(elementId, text, svg);
  // A cross-functional map in lanes whose text would print too small on its page is drawn again
  // with its words wrapped narrower (a map too wide for the page) or wider (too tall), by half as
  // much the second time; the largest print wins. Other kinds set their own wrapping
  // (to-mermaid.ts). Finishing only shrinks a drawing, so one that fits as Mermaid drew it is not
  // measured, nor one far too large for any wrapping to bring to the page (a long procedure, and
  // one drawn in subgraphs for its length, spans pages anyway): that would only slow its preview.
  const raw = rawPt(svg);
  if (!/^swimlane-beta /m.test(text) || raw === undefined || raw >= MIN_PT || raw * FINISH_GAIN < MIN_PT * REACH) return svg;
  const first = printedSize(svg, text);
  if (!first || first.pt < MIN_PT * REACH) return svg;
  let best = { svg, ...first, wrap: MERMAID_WRAP };
  for (let step = WRAP_STEP; best.pt < MIN_PT && step >= WRAP_STEP / 2; step /= 2) {
    const wrap = best.wrap + (best.wide ? -step : step);
    const again = await mermaid.render(elementId, withWrap(text, wrap));
    const size = printedSize(again.svg, text);
    if (size && size.pt > best.pt) best = { svg: again.svg, ...size, wrap };
  }
  return best.svg;
}

/** How a note line starts in Mermaid's text. */
const NOTE = `<${NOTE_TAG}>`;

/**
 * A map with note lines (a Level 1's performers) whose notes would print under 6 pt on its page
 * is drawn again with its notes in the full size: still on a line of their own, but readable
 * (PKMMRD.02: 5.3 pt in 14 px, 6.1 pt in 16 px). Finishing only shrinks a drawing, so one whose
 * notes fit as Mermaid drew it is not measured.
 */
async function withNotesThatFit(elementId: string, text: string, svg: string): Promise<string> {
  const raw = rawPt(svg);
  if (raw === undefined || raw * NOTE_EM >= MIN_PT) return svg;
  const size = printedSize(svg, text);
  if (!size || size.pt * NOTE_EM >= MIN_PT) return svg;
  return (await mermaid.render(elementId, text.replaceAll(NOTE, '').replaceAll(`</${NOTE_TAG}>`, ''))).svg;
}

/**
 * How close to fitting a map must be to be drawn again: wrapping 40 px the other way brought the
 * Klambu and judged maps from 5.3 to 6.6 pt at most, about a quarter.
 */
const REACH = 0.75;
/** How much our finishing may enlarge a drawing's print, at most: 1.45 times in the judged maps (4.7 to 6.8 pt). */
const FINISH_GAIN = 1.6;
/** Mermaid's own width for wrapping words, and how much a second drawing changes it by. */
const MERMAID_WRAP = 120;
const WRAP_STEP = 40;
/** `text` with words wrapped at `px` instead of Mermaid's width, in front matter as to-mermaid.ts writes it. */
function withWrap(text: string, px: number): string {
  return text.replace(/^---\n(title: .*\n)/, `---\n$1config:\n  flowchart:\n    wrappingWidth: ${px}\n`);
}

/** How large the text of Mermaid's drawing, before our finishing, prints on its page. */
function rawPt(svg: string): number | undefined {
  const [, , w, h] =
    /viewBox="([^"]*)"/
      .exec(svg)?.[1]
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  return w !== undefined && h !== undefined && w > 0 && h > 0 ? printedPt(w, h) : undefined;
}

/** How large the text of Mermaid's `svg`, finished, prints on its page, and whether the drawing is wider than the page's shape. */
function printedSize(svg: string, text: string): { pt: number; wide: boolean } | undefined {
  const root = parseSvg(svg, document);
  if (!root) return undefined;
  finishDrawing(root, text);
  const box = viewBoxOf(root);
  if (!box) return undefined;
  const [, , w, h] = box;
  return { pt: printedPt(w, h), wide: w / h > PAGE_RATIO };
}

/** Mermaid text to an SVG string, finished (our layout corrections and title); the same code draws the preview and `ppb export`. */
export async function renderSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  return finishedMarkup(await drawSvg(elementId, text, theme), text, document);
}
