import type { DrawnBox, DrawnPoint } from '../../protocol/drawing-geometry';

/** The space between an event's circle and its label. */
const GAP = 5;

/**
 * Where an event's label stands (a BPMN modeller writes it outside the circle): under the circle
 * (or the two circles of a connector the flow passes), centred; above when a line meets the
 * circle from below; right of it when lines meet it from below and from above.
 */
export function eventLabel(
  circles: readonly DrawnBox[],
  size: { readonly width: number; readonly height: number },
  touches: readonly DrawnPoint[],
): DrawnBox {
  const top = Math.min(...circles.map((c) => c.y));
  const bottom = Math.max(...circles.map((c) => c.y + c.height));
  const left = Math.min(...circles.map((c) => c.x));
  const right = Math.max(...circles.map((c) => c.x + c.width));
  const middle = (top + bottom) / 2;
  // A line meets the circle's lower (upper) part: below (above) the middle by more than a quarter of its height.
  const quarter = (bottom - top) / 4;
  const fromBelow = touches.some((p) => p.y > middle + quarter);
  const fromAbove = touches.some((p) => p.y < middle - quarter);
  const x = (left + right) / 2 - size.width / 2;
  if (!fromBelow) return { x, y: bottom + GAP, ...size };
  if (!fromAbove) return { x, y: top - GAP - size.height, ...size };
  return { x: right + GAP, y: middle - size.height / 2, ...size };
}
