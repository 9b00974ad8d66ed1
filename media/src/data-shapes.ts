/**
 * Inputs and outputs of a Level 1 map as parallelograms sized to their text. Mermaid slants its
 * parallelogram by half its height, so a list of three inputs became a shape 525 px wide around
 * a text 120 px wide (KECKLB.01). The slant is now fixed and small; the lines that end on the
 * shape are brought to its new sides, and compact-drawing.ts takes up the room set free.
 */
import { type PathCommand, endOf, extentOf, pathCommands, pathData, round, setLine, translateOf } from './svg-geometry';

/** How far the top of the shape leans right of its bottom. */
const SLANT = 24;
/** Room between the text and the slanted sides. */
const PAD = 16;

interface Slim {
  readonly cx: number;
  readonly cy: number;
  readonly halfW: number;
  readonly halfH: number;
  /** Where the old shape reached: a line ending inside it ended on it. */
  readonly old: { left: number; right: number; top: number; bottom: number };
}

/** The x of the new shape's left or right side at height `y`. */
function sideAt(s: Slim, y: number, right: boolean): number {
  const t = Math.min(1, Math.max(0, (s.cy + s.halfH - y) / (2 * s.halfH))); // 0 at the bottom, 1 at the top
  return s.cx + (right ? s.halfW : -s.halfW) - SLANT / 2 + SLANT * t;
}

/** Moves a line's end (first or last point) onto the new side, along its last straight stretch. */
function endOnSide(commands: PathCommand[], s: Slim, last: boolean): boolean {
  const ends: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const c of commands) ends.push((at = endOf(c, at)));
  const i = last ? ends.length - 1 : 0;
  const end = ends[i];
  const next = ends[last ? i - 1 : i + 1];
  const command = commands[i];
  if (!end || !next || !command || command.args.length < 2) return false;
  const o = s.old;
  if (end.x < o.left - 2 || end.x > o.right + 2 || end.y < o.top - 2 || end.y > o.bottom + 2) return false;
  // Only a line that reaches the shape from the side, level, is moved: it stays level.
  if (Math.abs(next.y - end.y) > 0.5) return false;
  const x = round(sideAt(s, end.y, next.x > end.x));
  command.args[command.args.length - 2] = x;
  // The shape's side may now lie past the line's last corner: the corner comes to the side.
  const before = commands[last ? i - 1 : i + 1];
  if (before && before.args.length >= 2 && (x - next.x) * (end.x - next.x) < 0) before.args[before.args.length - 2] = x;
  return true;
}

/** Slims every input and output shape of a drawing. */
export function slimDataShapes(root: Element): void {
  const slims: Slim[] = [];
  for (const node of root.querySelectorAll('g.node.data')) {
    const polygon = node.querySelector(':scope > polygon.label-container');
    const label = node.querySelector(':scope > g.label');
    const at = translateOf(node);
    const text = label ? translateOf(label) : undefined;
    const old = extentOf(node);
    if (!polygon || !at || !text || !old || !(text.x < 0)) continue;
    const halfH = (old.bottom - old.top) / 2;
    const halfW = -text.x + PAD + SLANT / 2;
    if (old.right - old.left <= 2 * halfW + SLANT) continue; // already slim
    const points = [
      [-halfW - SLANT / 2, halfH],
      [halfW - SLANT / 2, halfH],
      [halfW + SLANT / 2, -halfH],
      [-halfW + SLANT / 2, -halfH],
    ];
    polygon.setAttribute('points', points.map(([x, y]) => `${round(x ?? 0)},${round(y ?? 0)}`).join(' '));
    polygon.removeAttribute('transform');
    slims.push({ cx: at.x, cy: (old.top + old.bottom) / 2, halfW, halfH, old });
  }
  if (slims.length === 0) return;
  for (const path of root.querySelectorAll('path.flowchart-link')) {
    const commands = pathCommands(path.getAttribute('d') ?? '');
    if (!commands) continue;
    let moved = false;
    for (const s of slims) moved = endOnSide(commands, s, false) || moved;
    for (const s of slims) moved = endOnSide(commands, s, true) || moved;
    if (moved) setLine(path, pathData(commands));
  }
}
