import type { DrawnBox, DrawnPoint } from '../../protocol/drawing-geometry';

/** The outline a BPMN modeller draws in a shape's bounds: a task's box, a gateway's diamond, an event's circle. */
export interface Outline {
  readonly kind: 'rect' | 'diamond' | 'circle';
  readonly box: DrawnBox;
}

/** BPMN's usual event size: a circle of 36 px. */
export const EVENT_SIZE = 36;

export const boxCentre = (b: DrawnBox): DrawnPoint => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** An event's circle, centred on `at` (our terminator's or connector's box, or a point in it). */
export function eventBox(at: DrawnPoint): DrawnBox {
  return { x: at.x - EVENT_SIZE / 2, y: at.y - EVENT_SIZE / 2, width: EVENT_SIZE, height: EVENT_SIZE };
}

/** The outline's corners, going round: a box or a diamond. */
function corners(o: Outline): DrawnPoint[] {
  const { x, y, width: w, height: h } = o.box;
  return o.kind === 'diamond'
    ? [
        { x: x + w / 2, y },
        { x: x + w, y: y + h / 2 },
        { x: x + w / 2, y: y + h },
        { x, y: y + h / 2 },
      ]
    : [
        { x, y },
        { x: x + w, y },
        { x: x + w, y: y + h },
        { x, y: y + h },
      ];
}

/** Where the ray from `from` through `through` first meets the outline (as a multiple of their distance), if it does. */
function hitAt(from: DrawnPoint, through: DrawnPoint, o: Outline): number | undefined {
  const dx = through.x - from.x;
  const dy = through.y - from.y;
  const hits: number[] = [];
  if (o.kind === 'circle') {
    const c = boxCentre(o.box);
    const r = o.box.width / 2;
    const fx = from.x - c.x;
    const fy = from.y - c.y;
    const a = dx * dx + dy * dy;
    const b = 2 * (fx * dx + fy * dy);
    const disc = b * b - 4 * a * (fx * fx + fy * fy - r * r);
    if (a > 0 && disc >= 0) hits.push((-b - Math.sqrt(disc)) / (2 * a), (-b + Math.sqrt(disc)) / (2 * a));
  } else {
    const cs = corners(o);
    cs.forEach((p, i) => {
      const q = cs[(i + 1) % cs.length] ?? p;
      const ex = q.x - p.x;
      const ey = q.y - p.y;
      const det = dx * -ey - dy * -ex;
      if (Math.abs(det) < 1e-9) return;
      const t = ((p.x - from.x) * -ey - (p.y - from.y) * -ex) / det;
      const s = (dx * (p.y - from.y) - dy * (p.x - from.x)) / det;
      if (s >= -1e-9 && s <= 1 + 1e-9) hits.push(t);
    });
  }
  const ahead = hits.filter((t) => t >= 0).sort((a, b) => a - b);
  return ahead[0];
}

/** True when the point lies inside the outline (or on it). */
export function isInside(p: DrawnPoint, o: Outline): boolean {
  const c = boxCentre(o.box);
  const rx = Math.abs(p.x - c.x) / (o.box.width / 2);
  const ry = Math.abs(p.y - c.y) / (o.box.height / 2);
  switch (o.kind) {
    case 'rect':
      return rx <= 1 && ry <= 1;
    case 'diamond':
      return rx + ry <= 1;
    case 'circle':
      return rx * rx + ry * ry <= 1;
  }
}

/**
 * A line's end (`points[0]`) moved onto the outline. Our drawing ends a line a few pixels short
 * of its box (the arrow head) or on a terminator's capsule, wider than the event's circle: the
 * end is moved along its last segment until it meets the outline; when that segment would miss
 * it (a line that met the capsule off the circle), the line turns towards the shape's centre.
 */
function touchStart(points: readonly DrawnPoint[], o: Outline): DrawnPoint[] {
  const pts = [...points];
  // Corners inside the shape belong to the shape, not the line.
  while (pts.length > 2 && pts[1] && isInside(pts[1], o)) pts.shift();
  const [end, next] = pts;
  if (!end || !next) return pts;
  const t = hitAt(next, end, o);
  if (t !== undefined) return [{ x: next.x + t * (end.x - next.x), y: next.y + t * (end.y - next.y) }, ...pts.slice(1)];
  const c = boxCentre(o.box);
  const vertical = Math.abs(end.x - next.x) < Math.abs(end.y - next.y);
  const turn = vertical ? { x: c.x, y: end.y } : { x: end.x, y: c.y };
  const reach = hitAt(turn, c, o) ?? 1;
  const touch = { x: turn.x + reach * (c.x - turn.x), y: turn.y + reach * (c.y - turn.y) };
  return [touch, turn, ...pts];
}

/** A line's corner points with its ends on its source's and its target's outlines. */
export function touchEnds(points: readonly DrawnPoint[], source: Outline, target: Outline): DrawnPoint[] {
  return touchStart([...touchStart(points, source)].reverse(), target).reverse();
}
