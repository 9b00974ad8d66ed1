import type { SopPoint, SopShape } from '../../protocol/sop-sheet';
import type { SopSymbol } from './sop-table';
import { textWidth, wrapText } from './text-measure';

/**
 * The flow drawn over the procedure table: SOP AP symbols centred in their performer's column,
 * and the lines between them, routed along the table's grid so that they cross no symbol.
 */
const LINE = 0.3;
const ARROW = { length: 2, half: 0.8 } as const;
/** Distance of a vertical run from its column's edge, and between runs in the same column. */
const CHANNEL = { inset: 2, step: 1 } as const;
const LABEL = { size: 6.5 } as const;
/** A branch label's distance from its column's borders. */
const LABEL_INSET = 0.6;

export interface SymbolBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const centreX = (b: SymbolBox): number => b.x + b.width / 2;
const centreY = (b: SymbolBox): number => b.y + b.height / 2;
export const top = (b: SymbolBox): SopPoint => ({ x: centreX(b), y: b.y });
export const bottom = (b: SymbolBox): SopPoint => ({ x: centreX(b), y: b.y + b.height });
export const exitPoint = (b: SymbolBox, s: Side): SopPoint => ({ x: s === 'right' ? b.x + b.width : b.x, y: centreY(b) });

export type Side = 'left' | 'right';

/** A symbol's box centred at cx, cy in a column `columnWidth` wide. */
export function symbolBox(symbol: SopSymbol | 'page', cx: number, cy: number, columnWidth: number): SymbolBox {
  const room = columnWidth - 5;
  const [width, height] =
    symbol === 'decision'
      ? [Math.min(room, 14), 10]
      : symbol === 'connector' || symbol === 'page'
        ? [7, 7]
        : [Math.min(room, 22), symbol === 'terminator' ? 7 : 8];
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** A symbol's outline. */
export function symbolShapes(symbol: SopSymbol | 'page', b: SymbolBox): SopShape[] {
  switch (symbol) {
    case 'decision':
      return [
        {
          kind: 'polygon',
          points: [top(b), exitPoint(b, 'right'), bottom(b), exitPoint(b, 'left')],
          lineWidth: LINE,
        },
      ];
    case 'connector':
    case 'page':
      // The off-page connector: a pentagon pointing down.
      return [
        {
          kind: 'polygon',
          points: [
            { x: b.x, y: b.y },
            { x: b.x + b.width, y: b.y },
            { x: b.x + b.width, y: b.y + b.height * 0.6 },
            bottom(b),
            { x: b.x, y: b.y + b.height * 0.6 },
          ],
          lineWidth: LINE,
        },
      ];
    case 'terminator':
      return [{ kind: 'rect', ...b, radius: b.height / 2, lineWidth: LINE }];
    case 'process':
    case 'document':
      return [{ kind: 'rect', ...b, lineWidth: LINE }];
  }
}

/** A line through `points` with an arrowhead at its end. */
export function arrow(points: readonly SopPoint[]): SopShape[] {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return [];
  const dx = end.x - before.x;
  const dy = end.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const base = { x: end.x - ux * ARROW.length, y: end.y - uy * ARROW.length };
  return [
    { kind: 'line', points: [...points.slice(0, -1), base], lineWidth: LINE },
    {
      kind: 'polygon',
      points: [
        end,
        { x: base.x - uy * ARROW.half, y: base.y + ux * ARROW.half },
        { x: base.x + uy * ARROW.half, y: base.y - ux * ARROW.half },
      ],
      filled: true,
      lineWidth: LINE,
    },
  ];
}

/**
 * A branch's label beside where its line leaves the symbol `from`, inside the symbol's column
 * (`left` to `right`): under a line leaving downwards; over a line leaving sideways that then runs
 * down, under one that runs up (clear of its run). Where the column has no room beside the symbol,
 * the label stands at the column's edge over (or under) the symbol.
 */
export function branchLabel(
  text: string,
  from: SymbolBox,
  leaving: Side | 'down',
  column: { readonly left: number; readonly right: number },
  place: 'above' | 'below' = 'above',
): SopShape {
  const lh = (LABEL.size * 1.2 * 25.4) / 72;
  const inside = { left: column.left + LABEL_INSET, right: column.right - LABEL_INSET };
  // A label longer than its column is wrapped to it; lines over a line stack upwards.
  const lines = wrapText(text, inside.right - inside.left, LABEL.size);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, LABEL.size)));
  const label = (x: number, y: number, anchor: 'start' | 'end'): SopShape => ({
    kind: 'text',
    x,
    y: place === 'above' && leaving !== 'down' ? y - (lines.length - 1) * lh : y,
    lines,
    lineHeight: lh,
    style: { size: LABEL.size, anchor },
  });
  if (leaving === 'down') {
    const at = bottom(from);
    const y = at.y + 2.6;
    if (at.x + 1 + width <= inside.right) return label(at.x + 1, y, 'start');
    return label(Math.max(at.x - 1, inside.left + width), y, 'end');
  }
  const at = exitPoint(from, leaving);
  const beside = leaving === 'right' ? at.x + 1 + width <= inside.right : at.x - 1 - width >= inside.left;
  if (beside)
    return label(at.x + (leaving === 'right' ? 1 : -1), place === 'above' ? at.y - 1 : at.y + 3.6, leaving === 'right' ? 'start' : 'end');
  // No room beside: at the column's edge on its side, level with the symbol's top (or bottom).
  const y = place === 'above' ? from.y - 0.6 : from.y + from.height + 2.8;
  return leaving === 'right' ? label(inside.right, y, 'end') : label(inside.left, y, 'start');
}

/** A straight run down, or down, across at `turnY` and down again. */
export function downPath(from: SopPoint, to: SopPoint, turnY: number): SopPoint[] {
  if (Math.abs(from.x - to.x) < 0.01) return [from, to];
  return [from, { x: from.x, y: turnY }, { x: to.x, y: turnY }, to];
}

/**
 * The vertical runs of one page, column by column: each new run in a column's edge stands a little
 * further in than the last, so that parallel runs stay apart.
 */
export class Channels {
  private readonly used = new Map<string, number>();

  /** The x of a new run along `edge` of the column from `left` to `right`. */
  take(left: number, right: number, edge: Side): number {
    const key = `${left}:${edge}`;
    const n = this.used.get(key) ?? 0;
    this.used.set(key, n + 1);
    const inset = CHANNEL.inset + n * CHANNEL.step;
    return edge === 'right' ? right - inset : left + inset;
  }
}

/** From a symbol's side along a channel at `x` to another symbol's side, entering it from that side. */
export function sidePath(from: SymbolBox, leaving: Side, x: number, to: SymbolBox, entering: Side): SopPoint[] {
  const start = exitPoint(from, leaving);
  const end = exitPoint(to, entering);
  return [start, { x, y: start.y }, { x, y: end.y }, end];
}
