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

/** The title `toMermaid` writes: a JSON string of letters, digits, spaces and `\u` escapes. */
const TITLE = /^---\ntitle: ("[A-Za-z0-9 \\]*")\n---\n/;

function ourTitle(text: string): string | undefined {
  const quoted = TITLE.exec(text)?.[1];
  if (quoted === undefined) return undefined;
  try {
    const title: unknown = JSON.parse(quoted);
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined; // not a title `toMermaid` wrote: Mermaid's rendering of it stands
  }
}

/** Room above the drawing for the title of a swimlane map, and where its baseline goes. */
const TITLE_ROOM = 40;
const TITLE_BASELINE = 12;

/**
 * The title as we mean it. Mermaid cleans a title as if it were HTML (`<b>` vanishes, `<` comes
 * out as `&lt;`): ours is data, so the title element gets it back as text. And `swimlane-beta`
 * puts the title where its first lane already is: the drawing grows upwards to make room.
 */
function finish(svg: string, text: string): string {
  const title = ourTitle(text);
  if (title === undefined) return svg;
  const template = document.createElement('template'); // inert: nothing in it loads or runs
  template.innerHTML = svg;
  const root = template.content.querySelector('svg');
  const el = root?.querySelector('.flowchartTitleText');
  if (!root || !el) return svg;
  el.textContent = title;
  const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (root.getAttribute('aria-roledescription') === 'swimlane' && x !== undefined && y !== undefined && w !== undefined && h !== undefined && [x, y, w, h].every(Number.isFinite)) {
    root.setAttribute('viewBox', `${x} ${y - TITLE_ROOM} ${w} ${h + TITLE_ROOM}`);
    const height = Number(root.getAttribute('height'));
    if (height > 0) root.setAttribute('height', String(height + TITLE_ROOM));
    el.setAttribute('y', String(y - TITLE_BASELINE));
  }
  return root.outerHTML;
}

/** Mermaid text to an SVG string; the same code renders the preview and `ppb export`. */
export async function renderSvg(elementId: string, text: string, theme: MermaidTheme = 'default'): Promise<string> {
  configure(theme);
  const { svg } = await mermaid.render(elementId, text);
  return finish(svg, text);
}
