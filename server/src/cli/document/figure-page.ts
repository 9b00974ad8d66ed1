import { MIN_PT, TEXT_PX } from '../../protocol/page-size';

/** Landscape sheets a map is printed on, in mm. */
export const SHEETS = { A4: { width: 297, height: 210 }, A3: { width: 420, height: 297 } } as const;
export type Paper = keyof typeof SHEETS;

/** Margins of a map's page, in mm: room for the page number and DRAF, and no more (the map keeps 6 pt). */
export const FIGURE_MARGIN_MM = 8;
/** One line of the caption above a map, in mm (10 pt bold, with its spacing). */
const CAPTION_LINE_MM = 6;
/** About how many characters of the caption fit on a line of an A4 page. */
const CAPTION_CHARS_A4 = 130;
/** A map is never drawn larger than its natural size: 16 px text at 12 pt. */
const NATURAL_MM_PER_PX = 25.4 / 96;

const PT_PER_MM = 72 / 25.4;

export interface FigureLayout {
  readonly paper: Paper;
  /** The drawing's printed size, in mm. */
  readonly widthMm: number;
  readonly heightMm: number;
  /** Room kept above it for the caption, in mm. */
  readonly captionMm: number;
  /** How large its text prints, in points. */
  readonly pt: number;
}

function fitOn(paper: Paper, width: number, height: number, caption: string): FigureLayout {
  const sheet = SHEETS[paper];
  const areaW = sheet.width - 2 * FIGURE_MARGIN_MM;
  const lines = Math.max(1, Math.ceil(caption.length / ((CAPTION_CHARS_A4 * sheet.width) / SHEETS.A4.width)));
  const captionMm = lines * CAPTION_LINE_MM + 2;
  const areaH = sheet.height - 2 * FIGURE_MARGIN_MM - captionMm;
  const mmPerPx = Math.min(areaW / width, areaH / height, NATURAL_MM_PER_PX);
  return { paper, widthMm: width * mmPerPx, heightMm: height * mmPerPx, captionMm, pt: TEXT_PX * mmPerPx * PT_PER_MM };
}

/**
 * Where and how large a `width` × `height` drawing prints on its page of the document: fitted to
 * a landscape A4 page under its caption, or to A3 when its text would print under 6 pt on A4.
 */
export function figureLayout(width: number, height: number, caption: string): FigureLayout {
  const a4 = fitOn('A4', width, height, caption);
  return a4.pt >= MIN_PT ? a4 : fitOn('A3', width, height, caption);
}
