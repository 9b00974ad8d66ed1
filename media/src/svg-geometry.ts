/**
 * Reading and moving what Mermaid draws, by its attributes alone: the SVG need not be laid out
 * (exports finish a parsed, inert copy), so nothing here asks the browser for a box.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Extent {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const NUM = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
/** The first `translate(x, y)` of a transform, as Mermaid writes it. */
export const TRANSLATE = new RegExp(String.raw`translate\(\s*(${NUM})(?:[\s,]+(${NUM}))?\s*\)`, 'i');
const NUMBERS = new RegExp(NUM, 'gi');

/** The first translate of `el`'s transform, or undefined without one. */
export function translateOf(el: Element): { x: number; y: number } | undefined {
  const m = TRANSLATE.exec(el.getAttribute('transform') ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2] ?? 0) } : undefined;
}

/** Replaces the first translate of `el`'s transform, keeping what follows it (a rotation). */
export function setTranslate(el: Element, x: number, y: number): void {
  el.setAttribute('transform', (el.getAttribute('transform') ?? '').replace(TRANSLATE, `translate(${x}, ${y})`));
}

/** The drawing's viewBox as x, y, width, height; undefined unless it holds four numbers. */
export function viewBoxOf(root: Element): [number, number, number, number] | undefined {
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [x, y, w, h] = box;
  return box.length === 4 && x !== undefined && y !== undefined && w !== undefined && h !== undefined && box.every(Number.isFinite)
    ? [x, y, w, h]
    : undefined;
}

export function numberAttr(el: Element, name: string): number {
  return Number(el.getAttribute(name));
}

/** How many numbers each absolute path command takes, and which of them are x (0) or y (1). */
const AXES: Record<string, readonly (0 | 1 | undefined)[]> = {
  M: [0, 1],
  L: [0, 1],
  T: [0, 1],
  Q: [0, 1, 0, 1],
  S: [0, 1, 0, 1],
  C: [0, 1, 0, 1, 0, 1],
  H: [0],
  V: [1],
  // Radii, rotation and flags stay; only the end point moves.
  A: [undefined, undefined, undefined, undefined, undefined, 0, 1],
  Z: [],
};

export interface PathCommand {
  readonly command: string;
  readonly args: number[];
}

/** A path's data as absolute commands; undefined for data this cannot read (relative commands). */
export function pathCommands(d: string): PathCommand[] | undefined {
  const out: PathCommand[] = [];
  for (const part of d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? []) {
    if (/^[A-Za-z]$/.test(part)) {
      if (AXES[part] === undefined) return undefined; // relative or unknown command
      out.push({ command: part, args: [] });
    } else {
      const last = out[out.length - 1];
      if (!last || last.command === 'Z') return undefined;
      last.args.push(Number(part));
    }
  }
  return out;
}

/** Commands back to path data. */
export function pathData(commands: readonly PathCommand[]): string {
  return commands.map((c) => `${c.command}${c.args.map(round).join(' ')}`).join('');
}

/** The point a command ends at (the pen's position after it), given where it starts. */
export function endOf(c: PathCommand, from: Point): Point {
  const n = c.args.length;
  switch (c.command) {
    case 'H':
      return { x: c.args[n - 1] ?? from.x, y: from.y };
    case 'V':
      return { x: from.x, y: c.args[n - 1] ?? from.y };
    case 'Z':
      return from;
    default:
      return { x: c.args[n - 2] ?? from.x, y: c.args[n - 1] ?? from.y };
  }
}

/**
 * A path's data with every absolute coordinate passed through `fx` and `fy`; undefined for data
 * this cannot read, so that the caller leaves the drawing as it is.
 */
export function mapPathData(d: string, fx: (x: number) => number, fy: (y: number) => number): string | undefined {
  const commands = pathCommands(d);
  if (!commands) return undefined;
  return pathData(
    commands.map(({ command, args }) => {
      const axes = AXES[command] ?? [];
      const axisOf = (k: number): 0 | 1 | undefined => axes[k % axes.length];
      return { command, args: args.map((v, k) => (axisOf(k) === 0 ? fx(v) : axisOf(k) === 1 ? fy(v) : v)) };
    }),
  );
}

/** The absolute points of a path (the end of each segment and its control points), in order. */
export function pathPoints(d: string): { x: number; y: number }[] | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  const ok = mapPathData(
    d,
    (x) => (xs.push(x), x),
    (y) => (ys.push(y), y),
  );
  if (ok === undefined || xs.length !== ys.length) return undefined;
  return xs.map((x, i) => ({ x, y: ys[i] ?? 0 }));
}

export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function grow(e: Extent, x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  e.left = Math.min(e.left, x);
  e.right = Math.max(e.right, x);
  e.top = Math.min(e.top, y);
  e.bottom = Math.max(e.bottom, y);
}

/**
 * How far an element's shapes reach, in the coordinates of its parent: rectangles, polygons,
 * paths and ellipses, through the translations in between. A rectangle of 0.1 (Mermaid's
 * placeholder) counts for nothing. Undefined when nothing in it has a readable size.
 */
export function extentOf(el: Element): Extent | undefined {
  const e: Extent = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const visit = (node: Element, dx: number, dy: number): void => {
    const transform = node.getAttribute('transform');
    if (transform !== null && !/^\s*translate\([^)]*\)\s*$/i.test(transform)) return; // rotated, scaled
    const t = translateOf(node);
    const ox = dx + (t?.x ?? 0);
    const oy = dy + (t?.y ?? 0);
    switch (node.localName) {
      case 'foreignObject':
      case 'rect': {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => Number(node.getAttribute(n) ?? 0)) as [
          number,
          number,
          number,
          number,
        ];
        if (w > 0.5 && h > 0.5) {
          grow(e, ox + x, oy + y);
          grow(e, ox + x + w, oy + y + h);
        }
        return;
      }
      case 'polygon': {
        const ns = (node.getAttribute('points') ?? '').match(NUMBERS) ?? [];
        for (let i = 0; i + 1 < ns.length; i += 2) grow(e, ox + Number(ns[i]), oy + Number(ns[i + 1]));
        return;
      }
      case 'path':
        for (const p of pathPoints(node.getAttribute('d') ?? '') ?? []) grow(e, ox + p.x, oy + p.y);
        return;
      case 'circle':
      case 'ellipse': {
        const cx = ox + (numberAttr(node, 'cx') || 0);
        const cy = oy + (numberAttr(node, 'cy') || 0);
        const rx = Number(node.getAttribute('rx') ?? node.getAttribute('r') ?? 0);
        const ry = Number(node.getAttribute('ry') ?? node.getAttribute('r') ?? 0);
        grow(e, cx - rx, cy - ry);
        grow(e, cx + rx, cy + ry);
        return;
      }
      default:
        // A label is drawn from its top left corner, placed at minus half its size.
        if (node.localName === 'g' && node.classList.contains('label') && t && t.x < 0 && t.y < 0) {
          grow(e, dx + t.x, dy + t.y);
          grow(e, dx - t.x, dy - t.y);
        }
        for (const child of node.children) visit(child, ox, oy);
    }
  };
  for (const child of el.children) visit(child, 0, 0);
  if (!(e.left <= e.right && e.top <= e.bottom)) return undefined;
  const at = translateOf(el) ?? { x: 0, y: 0 };
  return { left: at.x + e.left, right: at.x + e.right, top: at.y + e.top, bottom: at.y + e.bottom };
}

/** A straight piece of line, from (x1, y1) to (x2, y2). */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Whether a level or upright segment, widened by `clear` on each side, overlaps a box. */
export function crosses(s: Segment, e: Extent, clear: number): boolean {
  const left = Math.min(s.x1, s.x2) - clear;
  const right = Math.max(s.x1, s.x2) + clear;
  const top = Math.min(s.y1, s.y2) - clear;
  const bottom = Math.max(s.y1, s.y2) + clear;
  return left < e.right && right > e.left && top < e.bottom && bottom > e.top;
}

/** The length of a path's data, its curves taken as straight: enough for a dash pattern or a detour. */
export function pathLength(d: string): number {
  const points = pathPoints(d) ?? [];
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}

/** A solid line's dash pattern: exactly four numbers (a dotted line's pattern is left as it is). */
const DASH_TO_ARROW = /stroke-dasharray:\s*0(?:px)?[\s,]+0(?:px)?[\s,]+([\d.]+)(?:px)?[\s,]+([\d.]+)(?:px)?\s*(?=;|$)/;

/**
 * Gives a line new path data. Mermaid draws a solid line as one dash that stops short of the
 * arrowhead (`0 0 <length - gap> <gap>`); the dash follows the new length.
 */
export function setLine(path: Element, d: string): void {
  path.setAttribute('d', d);
  const style = path.getAttribute('style');
  const m = style ? DASH_TO_ARROW.exec(style) : null;
  if (!style || !m) return;
  const gap = Number(m[2]);
  const dash = Math.max(0, pathLength(d) - gap);
  path.setAttribute('style', style.replace(DASH_TO_ARROW, `stroke-dasharray: 0 0 ${round(dash)} ${gap}`));
}
