import type { DrawnBox, DrawnPoint } from '../../protocol/drawing-geometry';

/** A document step's paper (a BPMN data object) beside its task, with the short line that joins them. */
export interface DocumentSpot {
  readonly box: DrawnBox;
  /** From the task's side to the paper's; absent when the paper sits inside the task's box. */
  readonly line?: readonly [DrawnPoint, DrawnPoint];
}

/** The paper's size: smaller than BPMN's usual 36 × 50, for it stands in a drawing made without it. */
export const PAPER = { width: 24, height: 30 } as const;
const GAP = 10;
const MARGIN = 4;

/** What the paper and its line must keep clear of: the lane it stands in, the other shapes and labels, the lines. */
export interface Obstacles {
  readonly area: DrawnBox;
  readonly boxes: readonly DrawnBox[];
  readonly lines: readonly (readonly DrawnPoint[])[];
}

const overlaps = (a: DrawnBox, b: DrawnBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const within = (a: DrawnBox, b: DrawnBox): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** True when the segment p–q passes through the box (Liang–Barsky clipping). */
function crosses(p: DrawnPoint, q: DrawnPoint, b: DrawnBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const sides: [number, number][] = [
    [-dx, p.x - b.x],
    [dx, b.x + b.width - p.x],
    [-dy, p.y - b.y],
    [dy, b.y + b.height - p.y],
  ];
  for (const [pp, qq] of sides) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const r = qq / pp;
    if (pp < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const grow = (b: DrawnBox, by: number): DrawnBox => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

/**
 * Where a document step's paper goes: just below, above, right or left of its task, in the first
 * place inside its lane that touches no other shape, label or line; else inside the task's box,
 * at its top-right corner (the task's text is centred, and a modeller draws it smaller than ours).
 */
export function documentSpot(task: DrawnBox, clear: Obstacles): DocumentSpot {
  const { width: w, height: h } = PAPER;
  const cx = task.x + task.width / 2;
  const cy = task.y + task.height / 2;
  const bottom = task.y + task.height;
  const right = task.x + task.width;
  const candidates: DocumentSpot[] = [];
  for (const dx of [0, task.width / 3, -task.width / 3]) {
    candidates.push({
      box: { x: cx + dx - w / 2, y: bottom + GAP, width: w, height: h },
      line: [
        { x: cx + dx, y: bottom },
        { x: cx + dx, y: bottom + GAP },
      ],
    });
    candidates.push({
      box: { x: cx + dx - w / 2, y: task.y - GAP - h, width: w, height: h },
      line: [
        { x: cx + dx, y: task.y },
        { x: cx + dx, y: task.y - GAP },
      ],
    });
  }
  for (const dy of [0, task.height / 3, -task.height / 3]) {
    candidates.push({
      box: { x: right + GAP, y: cy + dy - h / 2, width: w, height: h },
      line: [
        { x: right, y: cy + dy },
        { x: right + GAP, y: cy + dy },
      ],
    });
    candidates.push({
      box: { x: task.x - GAP - w, y: cy + dy - h / 2, width: w, height: h },
      line: [
        { x: task.x, y: cy + dy },
        { x: task.x - GAP, y: cy + dy },
      ],
    });
  }
  const fits = (c: DocumentSpot): boolean => {
    const [a, b] = c.line ?? [];
    if (!a || !b) return false;
    // The paper with its line, and a margin round both.
    const x = Math.min(c.box.x, a.x, b.x);
    const y = Math.min(c.box.y, a.y, b.y);
    const reach: DrawnBox = {
      x,
      y,
      width: Math.max(c.box.x + c.box.width, a.x, b.x) - x,
      height: Math.max(c.box.y + c.box.height, a.y, b.y) - y,
    };
    const paper = grow(c.box, MARGIN);
    if (!within(paper, clear.area)) return false;
    if (clear.boxes.some((o) => overlaps(paper, o))) return false;
    // No line of the drawing passes through the paper or its own short line.
    const around = grow(reach, MARGIN);
    return !clear.lines.some((l) => l.some((p, i) => i > 0 && crosses(l[i - 1] ?? p, p, around)));
  };
  return candidates.find(fits) ?? { box: { x: right - w - 6, y: task.y + 6, width: w, height: h } };
}
