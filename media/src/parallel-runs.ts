/**
 * Lines that run side by side stay apart. Mermaid's router may lay two lines of the flow a few
 * pixels apart along one stretch (up and down between two steps, KECKLB.06.03.CFM.02), and
 * they read as one double line. Each such pair is pushed apart to `APART`, both lines half way,
 * moving every point of the run (rounded corners included). A run that ends on a step moves
 * only while its end stays on the step's side.
 */
import { type Extent, type PathCommand, extentOf, pathCommands, pathData, setLine } from './svg-geometry';

/** The least distance between two lines running side by side. */
const APART = 14;
/** Runs shorter than this are corners: they are not lines side by side. */
const RUN = 8;
/** How far from a step's corner a line may end on its side. */
const SIDE_MARGIN = 6;

/** A place in a path's data holding one coordinate. */
interface Slot {
  readonly command: PathCommand;
  readonly index: number;
}

/** A straight stretch of one path along one axis: every slot holding its shared coordinate. */
interface Run {
  readonly path: number;
  /** 0: a vertical run (its x is shared), 1: a horizontal one. */
  readonly axis: 0 | 1;
  at: number;
  readonly from: number;
  readonly to: number;
  readonly slots: Slot[];
  /** The step its first or last point lies on, if any. */
  readonly endsOn: Extent[];
}

interface Vertex {
  readonly x: Slot;
  readonly y: Slot;
}

/** The vertices of a path (end points and control points), with where each coordinate is held. */
function verticesOf(commands: readonly PathCommand[]): Vertex[] | undefined {
  const out: Vertex[] = [];
  for (const command of commands) {
    if (command.command === 'A') {
      // A line hop over another line: only its end point is a place on the line.
      for (let i = 5; i + 1 < command.args.length; i += 7) out.push({ x: { command, index: i }, y: { command, index: i + 1 } });
      continue;
    }
    if (!/^[MLTQSC]$/.test(command.command)) {
      if (command.command === 'Z') continue;
      return undefined; // H and V do not occur in Mermaid's lines; leave such a path alone
    }
    for (let i = 0; i + 1 < command.args.length; i += 2) out.push({ x: { command, index: i }, y: { command, index: i + 1 } });
  }
  return out;
}

const read = (s: Slot): number => s.command.args[s.index] ?? NaN;

function onStep(x: number, y: number, steps: readonly Extent[]): Extent | undefined {
  return steps.find((e) => x >= e.left - 2 && x <= e.right + 2 && y >= e.top - 2 && y <= e.bottom + 2);
}

/** The straight runs of a path along both axes. */
function runsOf(path: number, vertices: readonly Vertex[], steps: readonly Extent[]): Run[] {
  const runs: Run[] = [];
  for (const axis of [0, 1] as const) {
    const other = axis === 0 ? 1 : 0;
    const coord = (v: Vertex, a: 0 | 1): number => read(a === 0 ? v.x : v.y);
    let i = 0;
    while (i < vertices.length) {
      let j = i;
      const first = vertices[i] as Vertex;
      while (j + 1 < vertices.length && Math.abs(coord(vertices[j + 1] as Vertex, axis) - coord(first, axis)) < 0.5) j++;
      const span = vertices.slice(i, j + 1).map((v) => coord(v, other));
      const from = Math.min(...span);
      const to = Math.max(...span);
      if (to - from >= RUN) {
        const ends = [i === 0 ? first : undefined, j === vertices.length - 1 ? vertices[j] : undefined];
        const endsOn = ends.flatMap((v) => {
          const e = v ? onStep(read(v.x), read(v.y), steps) : undefined;
          return e ? [e] : [];
        });
        runs.push({
          path,
          axis,
          at: coord(first, axis),
          from,
          to,
          slots: vertices.slice(i, j + 1).map((v) => (axis === 0 ? v.x : v.y)),
          endsOn,
        });
      }
      i = j + 1;
    }
  }
  return runs;
}

/** Whether a run may stand at `at`: its ends stay on the sides of their steps. */
function mayMove(run: Run, at: number): boolean {
  return run.endsOn.every((e) =>
    run.axis === 0 ? at >= e.left + SIDE_MARGIN && at <= e.right - SIDE_MARGIN : at >= e.top + SIDE_MARGIN && at <= e.bottom - SIDE_MARGIN,
  );
}

function moveRun(run: Run, at: number): void {
  for (const s of run.slots) s.command.args[s.index] = at;
  run.at = at;
}

/** Pushes apart the lines of a drawing that run side by side closer than `APART`. */
export function keepRunsApart(root: Element): void {
  const steps = [...root.querySelectorAll('g.node')].flatMap((n) => {
    const e = extentOf(n);
    return e ? [e] : [];
  });
  const paths = [...root.querySelectorAll('path.flowchart-link')];
  const parsed = paths.map((p) => pathCommands(p.getAttribute('d') ?? ''));
  const runs: Run[] = [];
  parsed.forEach((commands, k) => {
    const vertices = commands ? verticesOf(commands) : undefined;
    if (vertices) runs.push(...runsOf(k, vertices, steps));
  });
  const changed = new Set<number>();
  for (const a of runs) {
    for (const b of runs) {
      if (b.path <= a.path || a.axis !== b.axis) continue;
      const gap = Math.abs(a.at - b.at);
      const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
      if (gap >= APART || overlap < RUN) continue;
      // Both move half the shortfall, away from each other (the lower first when they coincide).
      const [low, high] = a.at <= b.at ? [a, b] : [b, a];
      const half = (APART - gap) / 2;
      const lowAt = low.at - half;
      const highAt = high.at + half;
      if (mayMove(low, lowAt) && mayMove(high, highAt)) {
        moveRun(low, lowAt);
        moveRun(high, highAt);
      } else if (mayMove(high, low.at + APART)) moveRun(high, low.at + APART);
      else if (mayMove(low, high.at - APART)) moveRun(low, high.at - APART);
      else continue;
      changed.add(a.path).add(b.path);
    }
  }
  for (const k of changed) {
    const commands = parsed[k];
    const path = paths[k];
    if (commands && path) setLine(path, pathData(commands));
  }
}
