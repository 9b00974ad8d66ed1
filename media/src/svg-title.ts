// Our title on Mermaid's SVG. No Mermaid here: the preview's own bundle, which does not carry
// Mermaid, puts the title on the SVG it parses anyway to show it.
import { parseSvg } from './parse-svg';

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
 * Puts the title of `text` on `root`, Mermaid's drawing of it, as we mean it. Mermaid cleans a
 * title as if it were HTML (`<b>` vanishes, `<` comes out as `&lt;`): ours is data, so the title
 * element gets it back as text. And `swimlane-beta` puts the title where its first lane already
 * is: the drawing grows upwards to make room.
 */
export function putTitle(root: SVGSVGElement, text: string): void {
  const title = ourTitle(text);
  if (title === undefined) return;
  const el = root.querySelector('.flowchartTitleText');
  if (!el) return;
  el.textContent = title;
  const [x, y, w, h] = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (
    root.getAttribute('aria-roledescription') === 'swimlane' &&
    x !== undefined &&
    y !== undefined &&
    w !== undefined &&
    h !== undefined &&
    [x, y, w, h].every(Number.isFinite)
  ) {
    root.setAttribute('viewBox', `${x} ${y - TITLE_ROOM} ${w} ${h + TITLE_ROOM}`);
    const height = Number(root.getAttribute('height'));
    if (height > 0) root.setAttribute('height', String(height + TITLE_ROOM));
    el.setAttribute('y', String(y - TITLE_BASELINE));
  }
}

/** Mermaid's markup for `text` with our title, as markup (what exports start from). */
export function titledMarkup(markup: string, text: string, doc: Document): string {
  if (ourTitle(text) === undefined) return markup;
  const root = parseSvg(markup, doc);
  if (!root) return markup;
  putTitle(root, text);
  return root.outerHTML;
}
