/**
 * The page a map is printed on, and how large its text comes out there: the measure of
 * issue 16 ("fit for the official document"), used where the drawing can choose its shape.
 */

/** Printable area of a landscape A4 page with 10 mm margins, in mm (A3: 400 × 277, the same shape). */
export const A4_LANDSCAPE = { width: 277, height: 190 } as const;
/** Width over height of that area. */
export const PAGE_RATIO = A4_LANDSCAPE.width / A4_LANDSCAPE.height;
/** The least printed size of text a signed document may carry. */
export const MIN_PT = 6;
/** Mermaid's text size in our drawings, in SVG units. */
export const TEXT_PX = 16;
const PT_PER_MM = 72 / 25.4;

/** The printed size, in points, of our text in a `width` × `height` drawing fitted to an A4 landscape page. */
export function printedPt(width: number, height: number): number {
  return TEXT_PX * Math.min(A4_LANDSCAPE.width / width, A4_LANDSCAPE.height / height) * PT_PER_MM;
}
