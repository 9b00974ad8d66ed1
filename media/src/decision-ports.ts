/**
 * A decision's branches leave from different corners. Mermaid's router often takes both out of
 * the same corner of the diamond, one straight on, the other turning at once to run below (or
 * above) it, so the two lines leave as one and a step seems to flow into the wrong one
 * (KECKLB.06.06.CFM.03: "Ya" and "Tidak" both from the right corner). The turning branch now
 * leaves from the bottom (or top) corner, straight down (or up) to where it ran, and its label
 * follows it. By attributes alone, like the rest of our finishing.
 */
import { endsOf, nodesById } from './edge-nodes';
import {
  type Extent,
  type PathCommand,
  type Point,
  endOf,
  extentOf,
  pathCommands,
  pathData,
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

function startOf(commands: readonly PathCommand[]): Point | undefined {
  const first = commands[0];
  return first?.command === 'M' ? { x: first.args[0] ?? NaN, y: first.args[1] ?? NaN } : undefined;
}

/**
 * The line from the diamond's bottom or top corner, if it ran from a side corner to a level run
 * beyond the diamond: straight to that run, then on as before. Also where on the new line its
 * label may stand.
 */
function fromCorner(commands: readonly PathCommand[], box: Extent): { commands: PathCommand[]; run: Point; towards: number } | undefined {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  let at: Point = { x: 0, y: 0 };
  for (let k = 0; k < commands.length; k++) {
    const c = commands[k] as PathCommand;
    const end = endOf(c, at);
    const level = k > 0 && c.command === 'L' && Math.abs(end.y - at.y) < 0.5 && Math.abs(end.x - at.x) > 0.5;
    if (level && (end.y > box.bottom + SAME || end.y < box.top - SAME)) {
      const corner = { x: cx, y: end.y > cy ? box.bottom : box.top };
      return {
        commands: [{ command: 'M', args: [corner.x, corner.y] }, { command: 'L', args: [cx, at.y] }, ...commands.slice(k)],
        run: { x: cx, y: at.y },
        towards: Math.sign(end.x - cx) || 1,
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

/** Gives branches that share a corner of their decision corners of their own. */
export function separateBranches(root: Element): void {
  const nodes = nodesById(root);
  const byDecision = new Map<Element, Element[]>();
  for (const path of root.querySelectorAll('path.flowchart-link')) {
    const from = endsOf(path, nodes).from;
    if (from?.classList.contains('decision')) byDecision.set(from, [...(byDecision.get(from) ?? []), path]);
  }
  for (const [decision, paths] of byDecision) {
    const box = extentOf(decision);
    if (!box || paths.length < 2) continue;
    const lines = paths.map((path) => ({ path, commands: pathCommands(path.getAttribute('d') ?? '') }));
    // Which corner each line leaves from: the one nearest its start.
    const corners = lines.map((l) => {
      const start = l.commands ? startOf(l.commands) : undefined;
      return start ? cornerNear(start, box) : undefined;
    });
    lines.forEach((line, i) => {
      const corner = corners[i];
      const shared = corner !== undefined && corners.some((c, j) => j !== i && c === corner);
      if (!line.commands || !shared || corner === 'top' || corner === 'bottom') return;
      const moved = fromCorner(line.commands, box);
      const start = moved ? startOf(moved.commands) : undefined;
      const now = start ? cornerNear(start, box) : undefined;
      if (!moved || !now || corners.includes(now)) return;
      setLine(line.path, pathData(moved.commands));
      corners[i] = now;
      // The label stands on the new line's level run, beside the corner it leaves from.
      const label = labelOf(root, line.path);
      const size = label ? extentOf(label) : undefined;
      if (!label || !size) return;
      const half = (size.right - size.left) / 2;
      setTranslate(label, round(moved.run.x + moved.towards * (half + LABEL_ROOM)), round(moved.run.y));
    });
  }
}
