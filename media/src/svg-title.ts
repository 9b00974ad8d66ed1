// Our title on Mermaid's SVG. No Mermaid here: the preview's own bundle, which does not carry
// Mermaid, puts the title on the SVG it parses anyway to show it.
import { pathPoints, viewBoxOf } from './svg-geometry';
import { TITLE_PX, titleLines } from './title-lines';

/** The title `toMermaid` writes: a JSON string of letters, digits, spaces and `\u` escapes. */
const TITLE = /^---\ntitle: ("[A-Za-z0-9 \\]*")\n(?:  *\S.*\n|config:\n)*---\n/;

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
/** Distance between the baselines of a title's lines. */
const LINE_PX = Math.round(TITLE_PX * 1.25);

/**
 * Puts the title of `text` on `root`, Mermaid's drawing of it, as we mean it. Mermaid cleans a
 * title as if it were HTML (`<b>` vanishes, `<` comes out as `&lt;`): ours is data, so the title
 * element gets it back as text, in lines no wider than the drawing. `swimlane-beta` puts the
 * title where its first lane already is, and a title of several lines needs more room: the
 * drawing grows upwards to make it.
 */
export function putTitle(root: SVGSVGElement, text: string): void {
  const title = ourTitle(text);
  if (title === undefined) return;
  const el = root.querySelector('.flowchartTitleText');
  if (!el) return;
  const box = viewBoxOf(root);
  const [x, y, w, h] = box ?? [0, 0, 0, 0];
  const swimlane = root.getAttribute('aria-roledescription') === 'swimlane';
  // Mermaid widens a swimlane map's viewBox to its title on one line: the drawing alone is narrower.
  const across = box && swimlane ? lanesAcross(root) : undefined;
  const left = across ? across.left : x;
  const width = across ? across.right - across.left : w;
  const lines = box ? titleLines(title, width) : [title];
  const centre = across ? String(left + width / 2) : el.getAttribute('x');
  if (centre !== null) el.setAttribute('x', centre);
  el.replaceChildren(
    ...lines.map((line, i) => {
      const span = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      if (centre !== null) span.setAttribute('x', centre);
      if (i > 0) span.setAttribute('dy', String(LINE_PX));
      // A space ends each line but the last: the title's text reads as written.
      span.textContent = i < lines.length - 1 ? `${line} ` : line;
      return span;
    }),
  );
  if (!box) return;
  const more = (lines.length - 1) * LINE_PX;
  const room = (swimlane ? TITLE_ROOM : 0) + more;
  if (room === 0 && !across) return;
  root.setAttribute('viewBox', `${left} ${y - room} ${width} ${h + room}`);
  if (across) root.setAttribute('width', String(width));
  const height = Number(root.getAttribute('height'));
  if (height > 0) root.setAttribute('height', String(height + room));
  el.setAttribute('y', String(swimlane ? y - TITLE_BASELINE - more : Number(el.getAttribute('y') ?? 0) - more));
}

/** Margin around a swimlane drawing, as Mermaid leaves it. */
const MARGIN = 8;

/**
 * How far a swimlane drawing reaches left and right: its lanes, and its lines, which may run
 * outside them. Undefined without lanes.
 */
function lanesAcross(root: SVGSVGElement): { left: number; right: number } | undefined {
  const xs: number[] = [];
  for (const rect of root.querySelectorAll('g.cluster.swimlane > rect')) {
    const x = Number(rect.getAttribute('x'));
    const w = Number(rect.getAttribute('width'));
    if (Number.isFinite(x) && Number.isFinite(w)) xs.push(x, x + w);
  }
  if (xs.length === 0) return undefined;
  for (const path of root.querySelectorAll('path.flowchart-link')) {
    for (const p of pathPoints(path.getAttribute('d') ?? '') ?? []) xs.push(p.x);
  }
  return { left: Math.min(...xs) - MARGIN, right: Math.max(...xs) + MARGIN };
}
