/**
 * Lines that end where they first meet their step. Mermaid's swimlane router sometimes brings
 * a line to the far side of its target: up through the box, round, and down onto its top, so
 * the line strikes out the step's text (KECKLB.06.05.CFM.03, "Ya" into "Menandatangani
 * kontrak"). Such a line now ends, with its arrow, where it first reaches the box; one that
 * stops beside its box is brought into it.
 */
import { endsOf, nodesById } from './edge-nodes';
import { type Extent, type PathCommand, type Point, endOf, extentOf, pathCommands, pathData, setLine } from './svg-geometry';

/** Where the segment from `a` to `b` first enters `box`, if it does before its end. */
function entry(a: Point, b: Point, box: Extent): Point | undefined {
  // Liang–Barsky: the segment's parameter range inside the box.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1 || t0 >= 1) return undefined;
  return { x: a.x + t0 * dx, y: a.y + t0 * dy };
}

/** Shrinks a box by `d` on every side: a line along its border does not enter it. */
function inset(e: Extent, d: number): Extent {
  return { left: e.left + d, right: e.right - d, top: e.top + d, bottom: e.bottom - d };
}

/** The commands of a line cut at its first entry into `box`, or undefined when it enters only at its end. */
function cutAtEntry(commands: readonly PathCommand[], box: Extent): PathCommand[] | undefined {
  let at: Point = { x: 0, y: 0 };
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i] as PathCommand;
    const end = endOf(c, at);
    if (i > 0 && i < commands.length - 1) {
      const hit = entry(at, end, box);
      if (hit) return [...commands.slice(0, i), { command: 'L', args: [hit.x, hit.y] }];
    }
    at = end;
  }
  return undefined;
}

/** How far short of its box a line may stop: the room Mermaid leaves for the arrowhead. */
const SHORT = 2;

/**
 * A line that stops beside its box, running past it, brought into it: Mermaid's swimlane router
 * sometimes ends a line level with its step but to one side (KECKLB.06.06.CFM.03 at narrow
 * wrapping: up beside "Menguji hasil perbaikan", the arrow pointing at nothing). The line turns
 * at its end and runs straight to the box's near side.
 */
function reachBox(commands: readonly PathCommand[], box: Extent): PathCommand[] | undefined {
  let at: Point = { x: 0, y: 0 };
  let before: Point = at;
  for (const c of commands) {
    before = at;
    at = endOf(c, at);
  }
  const outside = at.x < box.left - SHORT || at.x > box.right + SHORT || at.y < box.top - SHORT || at.y > box.bottom + SHORT;
  if (!outside || commands.length < 2) return undefined;
  const upright = Math.abs(before.x - at.x) < 0.5;
  const level = Math.abs(before.y - at.y) < 0.5;
  if (upright && at.y >= box.top && at.y <= box.bottom)
    return [...commands, { command: 'L', args: [at.x < box.left ? box.left : box.right, at.y] }];
  if (level && at.x >= box.left && at.x <= box.right)
    return [...commands, { command: 'L', args: [at.x, at.y < box.top ? box.top : box.bottom] }];
  return undefined;
}

/**
 * A line with its spikes taken out: Mermaid's router sometimes runs a line on past its turn and
 * back along itself (KECKLB.03.01.CFM.04: down to the frame's bottom and up again), which reads
 * as a line to nowhere. A straight command whose end lies beyond both its neighbours on one
 * axis-parallel line is dropped.
 */
function spikesOnce(commands: readonly PathCommand[]): PathCommand[] | undefined {
  const ends: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  for (const c of commands) ends.push((at = endOf(c, at)));
  let changed = false;
  const out = commands.flatMap((c, i): PathCommand[] => {
    const b = ends[i];
    const n = ends[i + 1];
    if (!b || !n || commands[i + 1]?.command !== 'L') return [c];
    // Where the run into b comes from: the previous end for a straight line, the corner for a rounded one.
    const a = c.command === 'L' ? ends[i - 1] : c.command === 'Q' ? { x: c.args[0] ?? NaN, y: c.args[1] ?? NaN } : undefined;
    if (!a || !turnsBack(a, b, n)) return [c];
    changed = true;
    // A straight line's spike goes; a rounded corner that turned the wrong way becomes a sharp one.
    return c.command === 'L' ? [] : [{ command: 'L', args: [a.x, a.y] }];
  });
  return changed ? out : undefined;
}

function withoutSpikes(commands: readonly PathCommand[]): PathCommand[] | undefined {
  let result: PathCommand[] | undefined;
  // Taking one spike out may show the next (a rounded corner into it): a few rounds.
  for (let round = 0; round < 4; round++) {
    const next = spikesOnce(result ?? commands);
    if (!next) break;
    result = next;
  }
  return result;
}

/** Whether a, b, c lie on one level or upright line and the line turns back at b. */
function turnsBack(a: Point, b: Point, c: Point): boolean {
  const back = (p: number, q: number, r: number): boolean => (q - p) * (r - q) < 0;
  if (Math.abs(a.x - b.x) < 0.5 && Math.abs(b.x - c.x) < 0.5) return back(a.y, b.y, c.y);
  if (Math.abs(a.y - b.y) < 0.5 && Math.abs(b.y - c.y) < 0.5) return back(a.x, b.x, c.x);
  return false;
}

/** Straightens every line of a drawing, and ends it where it first reaches its target step. */
export function endLinesAtTheirStep(root: Element): void {
  const nodes = nodesById(root);
  for (const path of root.querySelectorAll('path.flowchart-link')) {
    const target = endsOf(path, nodes).to;
    const box = target ? extentOf(target) : undefined;
    const commands = pathCommands(path.getAttribute('d') ?? '');
    if (!commands) continue;
    // Cut first: taking a spike out first can turn a line through the box into one straight run.
    const cut = box ? (cutAtEntry(commands, inset(box, 1)) ?? reachBox(commands, box)) : undefined;
    const straight = withoutSpikes(cut ?? commands) ?? cut;
    if (straight) setLine(path, pathData(straight));
  }
}
