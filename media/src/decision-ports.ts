/**
 * A decision's branches leave from different corners. Mermaid's router often takes both out of
 * the same corner of the diamond, one straight on, the other turning at once to run below (or
 * above) it, so the two lines leave as one and a step seems to flow into the wrong one
 * (KECKLB.06.06.CFM.03: "Ya" and "Tidak" both from the right corner). The turning branch now
 * leaves from the bottom (or top) corner, straight down (or up) to where it ran, and its label
 * follows it. A branch that ran beside the diamond, lower than its corner but not below it
 * (KECKLB.05.01.CFM.08: "Sesuai"), runs just below it instead. A corner where a line comes in
 * is taken too, and no moved line may cross a step or another line's label. By attributes
 * alone, like the rest of our finishing.
 */
import { endsOf, extentsOf, nodesById } from './edge-nodes';
import {
  type Extent,
  type PathCommand,
  type Point,
  type Segment,
  crosses,
  endOf,
  extentOf,
  pathCommands,
  pathData,
  pathPoints,
  round,
  setLine,
  setTranslate,
} from './svg-geometry';

/** A run counts as beyond the diamond this far past its corner. */
const SAME = 3;
/** How far from the diamond the first turn of a branch may lie and still be its way out. */
const NEAR = 40;
/** Room between a moved label and the corner it now stands under. */
const LABEL_ROOM = 8;
/** How far below (or above) the diamond a branch that ran beside it now runs. */
const BELOW = 14;
/** Room kept between a moved line and any step or label. */
const CLEAR = 2;

function startOf(commands: readonly PathCommand[]): Point | undefined {
  const first = commands[0];
  return first?.command === 'M' ? { x: first.args[0] ?? NaN, y: first.args[1] ?? NaN } : undefined;
}

/**
 * The line from the diamond's bottom or top corner, if it ran from a side corner to a level run
 * below or above the diamond's centre: straight to that run (moved clear of the diamond if it
 * ran beside it), then on as before. Also the new line's first two segments, and where on the
 * new line its label may stand.
 */
function fromCorner(
  commands: readonly PathCommand[],
  box: Extent,
): { commands: PathCommand[]; segments: Segment[]; run: Point; towards: number } | undefined {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  let at: Point = { x: 0, y: 0 };
  for (let k = 0; k < commands.length; k++) {
    const c = commands[k] as PathCommand;
    const end = endOf(c, at);
    const level = k > 0 && c.command === 'L' && Math.abs(end.y - at.y) < 0.5 && Math.abs(end.x - at.x) > 0.5;
    if (level && Math.abs(end.y - cy) > SAME) {
      const down = end.y > cy;
      const corner = { x: cx, y: down ? box.bottom : box.top };
      const beyond = down ? end.y > box.bottom + SAME : end.y < box.top - SAME;
      if (beyond) {
        const run = { x: cx, y: at.y };
        return {
          commands: [{ command: 'M', args: [corner.x, corner.y] }, { command: 'L', args: [run.x, run.y] }, ...commands.slice(k)],
          segments: [
            { x1: corner.x, y1: corner.y, x2: run.x, y2: run.y },
            { x1: run.x, y1: run.y, x2: end.x, y2: end.y },
          ],
          run,
          towards: Math.sign(end.x - cx) || 1,
        };
      }
      // Beside the diamond: the run moves clear of it, and the upright line after it (past a
      // rounded corner) grows to meet it.
      let j = k + 1;
      let turn = end;
      for (; commands[j]?.command === 'Q'; j++) turn = endOf(commands[j] as PathCommand, turn);
      const upright = commands[j];
      if (upright?.command !== 'L' || Math.abs((upright.args[0] ?? NaN) - turn.x) > 0.5) return undefined;
      const y = down ? box.bottom + BELOW : box.top - BELOW;
      return {
        commands: [
          { command: 'M', args: [corner.x, corner.y] },
          { command: 'L', args: [cx, y] },
          { command: 'L', args: [turn.x, y] },
          ...commands.slice(j),
        ],
        segments: [
          { x1: corner.x, y1: corner.y, x2: cx, y2: y },
          { x1: cx, y1: y, x2: turn.x, y2: y },
        ],
        run: { x: cx, y },
        towards: Math.sign(turn.x - cx) || 1,
      };
    }
    // Only the first steps out of the diamond may be replaced.
    if (end.x < box.left - NEAR || end.x > box.right + NEAR) return undefined;
    at = end;
  }
  return undefined;
}

type Corner = 'left' | 'right' | 'top' | 'bottom';

/** The corner of a diamond nearest a point. */
function cornerNear(p: Point, box: Extent): Corner {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const at: Record<Corner, Point> = {
    left: { x: box.left, y: cy },
    right: { x: box.right, y: cy },
    top: { x: cx, y: box.top },
    bottom: { x: cx, y: box.bottom },
  };
  const distance = (c: Corner): number => Math.hypot(at[c].x - p.x, at[c].y - p.y);
  return (Object.keys(at) as Corner[]).reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** The label Mermaid drew for a line, by its id. */
function labelOf(root: Element, path: Element): Element | null {
  const id = path.getAttribute('data-id');
  return id ? root.querySelector(`g.edgeLabel[id$="-${CSS.escape(id)}"]`) : null;
}

/** Gives branches that share a corner of their decision, with each other or with a line coming in, corners of their own. */
export function separateBranches(root: Element): void {
  const nodes = nodesById(root);
  const boxes = extentsOf(nodes);
  const labels = new Map<Element, Extent>();
  for (const el of root.querySelectorAll('g.edgeLabel')) {
    const e = extentOf(el);
    if (e && e.right - e.left > 1) labels.set(el, e);
  }
  const byDecision = new Map<Element, { out: Element[]; in: Element[] }>();
  const entry = (d: Element): { out: Element[]; in: Element[] } => {
    const found = byDecision.get(d) ?? { out: [], in: [] };
    byDecision.set(d, found);
    return found;
  };
  for (const path of root.querySelectorAll('path.flowchart-link')) {
    const { from, to } = endsOf(path, nodes);
    if (from?.classList.contains('decision')) entry(from).out.push(path);
    if (to?.classList.contains('decision')) entry(to).in.push(path);
  }
  for (const [decision, paths] of byDecision) {
    const box = boxes.get(decision);
    if (!box || paths.out.length === 0 || paths.out.length + paths.in.length < 2) continue;
    const lines = paths.out.map((path) => ({ path, commands: pathCommands(path.getAttribute('d') ?? '') }));
    // Which corner each line leaves from: the one nearest its start; and where lines come in.
    const corners = lines.map((l) => {
      const start = l.commands ? startOf(l.commands) : undefined;
      return start ? cornerNear(start, box) : undefined;
    });
    const incoming = paths.in.flatMap((path) => {
      const points = pathPoints(path.getAttribute('d') ?? '');
      const end = points?.[points.length - 1];
      return end ? [cornerNear(end, box)] : [];
    });
    lines.forEach((line, i) => {
      const corner = corners[i];
      const shared = corner !== undefined && (corners.some((c, j) => j !== i && c === corner) || incoming.includes(corner));
      if (!line.commands || !shared || corner === 'top' || corner === 'bottom') return;
      const moved = fromCorner(line.commands, box);
      const start = moved ? startOf(moved.commands) : undefined;
      const now = start ? cornerNear(start, box) : undefined;
      if (!moved || !now || corners.includes(now) || incoming.includes(now)) return;
      const label = labelOf(root, line.path);
      // The line may reach its own step; no other.
      const target = endsOf(line.path, nodes).to;
      const inTheWay = [
        ...[...boxes].filter(([n]) => n !== decision && n !== target).map(([, e]) => e),
        ...[...labels].filter(([el]) => el !== label).map(([, e]) => e),
      ];
      if (moved.segments.some((s) => inTheWay.some((e) => crosses(s, e, CLEAR)))) return;
      setLine(line.path, pathData(moved.commands));
      corners[i] = now;
      // The label stands on the new line's level run, beside the corner it leaves from.
      const size = label ? labels.get(label) : undefined;
      if (!label || !size) return;
      const half = (size.right - size.left) / 2;
      setTranslate(label, round(moved.run.x + moved.towards * (half + LABEL_ROOM)), round(moved.run.y));
    });
  }
}
