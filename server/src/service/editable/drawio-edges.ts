import type { NodeShape } from '../../protocol/diagram';
import type { DrawnBox, DrawnEdge, DrawnPoint } from '../../protocol/drawing-geometry';
import { CONNECTOR_POINT, DATA_SLANT, type EdgePorts } from './drawio-styles';

/**
 * A drawn line as draw.io keeps it: its ends pinned to their boxes, its corners as waypoints,
 * its label where ours stands. draw.io then draws the line where our SVG has it.
 */

/** What a line ends on: a box, and the symbol drawn in it (none: a frame, a rectangle). */
export interface EdgeEnd {
  readonly box: DrawnBox;
  readonly shape?: NodeShape;
}

export interface EdgeRoute {
  readonly ports: EdgePorts;
  /** The corners between the ends, in the picture's coordinates. */
  readonly waypoints: readonly DrawnPoint[];
  /** draw.io's place of a label: `x` along the line (-1 at its start, 1 at its end), then `offset` away from it. */
  readonly label?: { readonly x: number; readonly offset: DrawnPoint };
}

/**
 * How far an end may move along its last stretch onto draw.io's outline of its shape: past the
 * gap Mermaid leaves for an arrow head (about 4 px), or across a side drawn another way in
 * draw.io (the off-page connector's pentagon against Mermaid's notched flag).
 */
const REACH = 40;

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** The outline draw.io draws for a symbol in `box` (drawio-styles.ts), as a polygon. */
function outlineOf(end: EdgeEnd): DrawnPoint[] {
  const { x, y, width: w, height: h } = end.box;
  switch (end.shape) {
    case 'decision':
      return [
        { x: x + w / 2, y },
        { x: x + w, y: y + h / 2 },
        { x: x + w / 2, y: y + h },
        { x, y: y + h / 2 },
      ];
    case 'data': {
      const s = Math.min(DATA_SLANT, w / 2);
      return [
        { x: x + s, y },
        { x: x + w, y },
        { x: x + w - s, y: y + h },
        { x, y: y + h },
      ];
    }
    case 'connector': {
      const side = y + h * (1 - CONNECTOR_POINT);
      return [
        { x, y },
        { x: x + w, y },
        { x: x + w, y: side },
        { x: x + w / 2, y: y + h },
        { x, y: side },
      ];
    }
    // Rectangles, and the shapes whose sides a line meets where a rectangle's would.
    case 'process':
    case 'activity':
    case 'unit':
    case 'party':
    case 'terminator':
    case 'document':
    case undefined:
      return [
        { x, y },
        { x: x + w, y },
        { x: x + w, y: y + h },
        { x, y: y + h },
      ];
  }
}

/**
 * The end `at` of a line whose neighbouring point is `from`, moved along their line to the
 * nearest place it crosses the end's outline (forwards into a gap, backwards out of the
 * shape), within REACH and never past `from`; unmoved when the line meets no side there.
 */
function onOutline(at: DrawnPoint, from: DrawnPoint, end: EdgeEnd): DrawnPoint {
  const length = Math.hypot(at.x - from.x, at.y - from.y);
  if (length < 1e-6) return at;
  const ux = (at.x - from.x) / length;
  const uy = (at.y - from.y) / length;
  const poly = outlineOf(end);
  let best: number | undefined;
  poly.forEach((a, i) => {
    const b = poly[(i + 1) % poly.length] ?? a;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const det = ex * uy - ey * ux;
    if (Math.abs(det) < 1e-9) return; // running along that side
    // at + t·u = a + s·e
    const dx = a.x - at.x;
    const dy = a.y - at.y;
    const t = (ex * dy - ey * dx) / det;
    const s = (ux * dy - uy * dx) / det;
    if (s < -1e-6 || s > 1 + 1e-6 || t > REACH || t < -Math.min(REACH, length - 0.5)) return;
    if (best === undefined || Math.abs(t) < Math.abs(best)) best = t;
  });
  return best === undefined ? at : { x: round(at.x + best * ux, 1), y: round(at.y + best * uy, 1) };
}

/** A point as a fraction of a box (draw.io's exitX/exitY, entryX/entryY). */
function relative(p: DrawnPoint, box: DrawnBox): { x: number; y: number } | undefined {
  if (!(box.width > 0 && box.height > 0)) return undefined;
  return { x: round((p.x - box.x) / box.width, 4), y: round((p.y - box.y) / box.height, 4) };
}

/** Where along a polyline (as draw.io measures: -1 at its start, 1 at its end) the point nearest `c` lies, and `c`'s offset from it. */
function placeOn(points: readonly DrawnPoint[], c: DrawnPoint): { x: number; offset: DrawnPoint } {
  let total = 0;
  let best = { distance: Infinity, along: 0, at: points[0] ?? c };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] ?? c;
    const b = points[i] ?? c;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const k = len > 0 ? Math.min(1, Math.max(0, ((c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y)) / (len * len))) : 0;
    const at = { x: a.x + k * (b.x - a.x), y: a.y + k * (b.y - a.y) };
    const distance = Math.hypot(c.x - at.x, c.y - at.y);
    if (distance < best.distance) best = { distance, along: total + k * len, at };
    total += len;
  }
  return {
    x: total > 0 ? round((2 * best.along) / total - 1, 4) : 0,
    offset: { x: round(c.x - best.at.x, 1), y: round(c.y - best.at.y, 1) },
  };
}

/** The route of a drawn line between two ends. */
export function edgeRoute(edge: DrawnEdge, source: EdgeEnd, target: EdgeEnd): EdgeRoute {
  const points = edge.points;
  const first = points[0];
  const second = points[1];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  if (!first || !second || !last || !beforeLast) return { ports: {}, waypoints: [] };
  const start = onOutline(first, second, source);
  const end = onOutline(last, beforeLast, target);
  const waypoints = points.slice(1, -1);
  const exit = relative(start, source.box);
  const entry = relative(end, target.box);
  const box = edge.label;
  return {
    ports: { ...(exit ? { exit } : {}), ...(entry ? { entry } : {}) },
    waypoints,
    ...(box ? { label: placeOn([start, ...waypoints, end], { x: box.x + box.width / 2, y: box.y + box.height / 2 }) } : {}),
  };
}
