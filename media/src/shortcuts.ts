/**
 * Straight lines where the way is clear. Mermaid's swimlane router sometimes takes a line from
 * a step to its neighbour a few pixels away round the whole map (KECKLB.05.01.CFM.08: from
 * "Menandatangani berita acara" down to the frame's bottom, across and up again to the document
 * beside it). When the two boxes face each other across a gap that no other box or label stands
 * in, the line becomes the straight one between them. By attributes alone.
 */
import { endsOf, extentsOf, nodesById } from './edge-nodes';
import { type Extent, type Segment, crosses, extentOf, pathLength, pathPoints, round, setLine, setTranslate } from './svg-geometry';

/** The least overlap of two boxes' sides for a straight line between them. */
const FACING = 16;
/** A line is a detour when it is longer than the straight one by this factor. */
const DETOUR = 1.5;
/** Room kept round the straight line, free of any other box or label. */
const CLEAR = 4;
/** Room for the arrowhead beside a label on the straight line. */
const ARROW_ROOM = 24;

/** The middle of a diamond's side is its corner; of a box's, the middle of the two boxes' overlap. */
function centreLine(a: Extent, b: Extent, decision: (e: Extent) => boolean, axis: 'x' | 'y'): number | undefined {
  const [lo, hi] = axis === 'y' ? ['top', 'bottom'] : (['left', 'right'] as const);
  const from = Math.max(a[lo as 'top'], b[lo as 'top']);
  const to = Math.min(a[hi as 'bottom'], b[hi as 'bottom']);
  if (to - from < FACING) return undefined;
  for (const e of [a, b]) {
    if (!decision(e)) continue;
    const mid = (e[lo as 'top'] + e[hi as 'bottom']) / 2;
    return mid >= from && mid <= to ? mid : undefined;
  }
  return (from + to) / 2;
}

/** The straight line from box `a` to box `b` when they face each other across a gap. */
function straight(a: Extent, b: Extent, decision: (e: Extent) => boolean): Segment | undefined {
  const y = centreLine(a, b, decision, 'y');
  if (y !== undefined && a.right < b.left) return { x1: a.right, y1: y, x2: b.left, y2: y };
  if (y !== undefined && b.right < a.left) return { x1: a.left, y1: y, x2: b.right, y2: y };
  const x = centreLine(a, b, decision, 'x');
  if (x !== undefined && a.bottom < b.top) return { x1: x, y1: a.bottom, x2: x, y2: b.top };
  if (x !== undefined && b.bottom < a.top) return { x1: x, y1: a.top, x2: x, y2: b.bottom };
  return undefined;
}

/** Replaces long detours between facing boxes by straight lines. */
export function takeShortcuts(root: Element): void {
  const nodes = nodesById(root);
  const boxes = extentsOf(nodes);
  const decisions = new Set([...boxes].filter(([n]) => n.classList.contains('decision')).map(([, e]) => e));
  const labels = new Map<string, { el: Element; box: Extent }>();
  for (const el of root.querySelectorAll('g.edgeLabel')) {
    const box = extentOf(el);
    const id = /-(L_.+)$/.exec(el.id)?.[1];
    if (box && id && box.right - box.left > 1) labels.set(id, { el, box });
  }
  const paths = [...root.querySelectorAll('path.flowchart-link')];
  const ends = paths.map((path) => endsOf(path, nodes));
  // Two boxes joined both ways (a step and the decision that sends it back) keep Mermaid's two
  // lines: straight, they would lie on each other.
  const joined = new Map<string, number>();
  const pairOf = (a?: Element, b?: Element): string => [a?.id ?? '', b?.id ?? ''].sort().join(' ');
  for (const e of ends) joined.set(pairOf(e.from, e.to), (joined.get(pairOf(e.from, e.to)) ?? 0) + 1);
  paths.forEach((path, k) => {
    const { from, to } = ends[k] ?? {};
    if ((joined.get(pairOf(from, to)) ?? 0) > 1) return;
    const a = from ? boxes.get(from) : undefined;
    const b = to ? boxes.get(to) : undefined;
    const d = path.getAttribute('d') ?? '';
    // Data this cannot read is left as it is.
    if (!a || !b || !pathPoints(d)) return;
    const s = straight(a, b, (e) => decisions.has(e));
    if (!s || pathLength(d) < DETOUR * Math.hypot(s.x2 - s.x1, s.y2 - s.y1)) return;
    const id = path.getAttribute('data-id') ?? '';
    const own = labels.get(id);
    const others = [...boxes.values()].filter((e) => e !== a && e !== b);
    const otherLabels = [...labels].filter(([key]) => key !== id).map(([, l]) => l.box);
    if ([...others, ...otherLabels].some((e) => crosses(s, e, CLEAR))) return;
    // A label stands on the line, with room beside it for the arrowhead.
    const length = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
    const across = own ? (s.y1 === s.y2 ? own.box.right - own.box.left : own.box.bottom - own.box.top) : 0;
    if (own && length < across + ARROW_ROOM) return;
    setLine(path, `M${round(s.x1)},${round(s.y1)}L${round(s.x2)},${round(s.y2)}`);
    if (own) setTranslate(own.el, round((s.x1 + s.x2) / 2), round((s.y1 + s.y2) / 2));
  });
}
