import type { DrawnBox, DrawnPoint } from '../../protocol/drawing-geometry';

/** The space left between a moved label and its line. */
const CLEAR = 3;

/** Where the segment a–b is at `t` along the other axis (x for a level segment, y for an upright one). */
const at = (a: number, b: number, ta: number, tb: number, t: number): number => (tb === ta ? a : a + ((b - a) * (t - ta)) / (tb - ta));

/**
 * A branch label moved off its line. Our drawing paints a label on its line, over a background
 * that hides the line; a BPMN modeller draws labels without one, so the line would cross the
 * text: the label moves just above a (nearly) level segment it lies on, or just right of a
 * (nearly) upright one.
 */
export function labelBeside(label: DrawnBox, points: readonly DrawnPoint[]): DrawnBox {
  const right = label.x + label.width;
  const bottom = label.y + label.height;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const dx = Math.abs(b.x - a.x);
    const dy = Math.abs(b.y - a.y);
    if (dy <= dx / 8 && Math.min(a.x, b.x) < right && Math.max(a.x, b.x) > label.x) {
      // The line's height across the label: above its higher end there.
      const ys = [Math.max(label.x, Math.min(a.x, b.x)), Math.min(right, Math.max(a.x, b.x))].map((x) => at(a.y, b.y, a.x, b.x, x));
      if (Math.max(...ys) > label.y && Math.min(...ys) < bottom) return { ...label, y: Math.min(...ys) - CLEAR - label.height };
    }
    if (dx <= dy / 8 && Math.min(a.y, b.y) < bottom && Math.max(a.y, b.y) > label.y) {
      const xs = [Math.max(label.y, Math.min(a.y, b.y)), Math.min(bottom, Math.max(a.y, b.y))].map((y) => at(a.x, b.x, a.y, b.y, y));
      if (Math.max(...xs) > label.x && Math.min(...xs) < right) return { ...label, x: Math.max(...xs) + CLEAR };
    }
  }
  return label;
}
