/**
 * Frames in a grid. Mermaid sizes every frame to its content, so the processes of the Peta
 * Relasi came out as frames of uneven size, each at its own height: this sets the frames of the
 * rows named for it (GRID, in the diagram protocol) in columns of one width, each row as tall as
 * its tallest frame, with what each frame holds in the middle of it. By attributes alone, like
 * the rest of our finishing, so the preview and `ppb export` do the same.
 */
import { GRID } from '../../server/src/protocol/diagram';
import { compactFrame } from './compact-drawing';
import { contentOf, frameRect, moveAll, rectExtent, setRect } from './move-frame';
import { PAGE_RATIO } from '../../server/src/protocol/page-size';
import { type Extent, round, viewBoxOf } from './svg-geometry';

/** Space between two frames of the grid, across and down. */
const GAP = 16;
const ROW = new RegExp(`-${GRID}_row(\\d+)$`);

interface Framed {
  readonly cluster: Element;
  readonly rect: Element;
  readonly box: Extent;
}

function framed(cluster: Element): Framed | undefined {
  const rect = frameRect(cluster);
  const box = rect ? rectExtent(rect) : undefined;
  return rect && box ? { cluster, rect, box } : undefined;
}

function inside(outer: Extent, inner: Extent): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

const widthOf = (e: Extent): number => e.right - e.left;
const heightOf = (e: Extent): number => e.bottom - e.top;

/** Sets the frames of the drawing's grid rows in a grid; leaves a drawing without such rows as it is. */
export function gridFrames(root: SVGSVGElement): void {
  const viewBox = viewBoxOf(root);
  const all = [...root.querySelectorAll('g.cluster')].map(framed);
  if (!viewBox || all.some((f) => f === undefined)) return;
  const clusters = all as Framed[];
  const rows = clusters
    .map((f) => ({ ...f, n: Number(ROW.exec(f.cluster.id)?.[1] ?? NaN) }))
    .filter((r) => Number.isFinite(r.n))
    .sort((a, b) => a.n - b.n);
  if (rows.length === 0) return;
  const others = clusters.filter((c) => !rows.some((r) => r.cluster === c.cluster));
  // A row's frames: what stands in it and in no other frame of it.
  const grid = rows.map((row) =>
    others
      .filter((f) => inside(row.box, f.box) && !others.some((g) => g !== f && inside(row.box, g.box) && inside(g.box, f.box)))
      .sort((a, b) => a.box.left - b.box.left),
  );
  if (grid.flat().length === 0) return;
  // The margins round the frames, as Mermaid left them, stay.
  const right = Math.max(...grid.flat().map((f) => f.box.right));
  const bottom = Math.max(...grid.flat().map((f) => f.box.bottom));
  // Each frame squeezed alone first: in a row, one frame's gaps were kept by its neighbours.
  const contents = new Map<Element, Element[]>();
  for (const f of grid.flat()) {
    const content = contentOf(root, f.box);
    compactFrame(content);
    contents.set(f.cluster, content);
  }
  // In reading order; the rows Mermaid laid out only served to keep that order.
  const frames = grid
    .flat()
    .map((f) => framed(f.cluster))
    .filter((f): f is Framed => f !== undefined);
  const width = Math.max(...frames.map((f) => widthOf(f.box)));
  const rowsBy = (columns: number): Framed[][] =>
    Array.from({ length: Math.ceil(frames.length / columns) }, (_, k) => frames.slice(k * columns, (k + 1) * columns));
  const sizeOf = (columns: number): { w: number; h: number } => {
    const rs = rowsBy(columns);
    const h = rs.reduce((sum, r) => sum + Math.max(...r.map((f) => heightOf(f.box))), 0) + (rs.length - 1) * GAP;
    return { w: columns * width + (columns - 1) * GAP, h };
  };
  // As many columns as make the grid largest on a landscape page.
  const scale = (columns: number): number => {
    const { w, h } = sizeOf(columns);
    return Math.min(PAGE_RATIO / w, 1 / h);
  };
  let columns = 1;
  for (let c = 2; c <= frames.length; c++) if (scale(c) > scale(columns)) columns = c;
  const left = Math.min(...frames.map((f) => f.box.left));
  const top = Math.min(...frames.map((f) => f.box.top));

  // Each frame moves with what it holds, its content centred in its cell; cells top-aligned.
  let y = top;
  for (const row of rowsBy(columns)) {
    const height = Math.max(...row.map((f) => heightOf(f.box)));
    row.forEach((f, j) => {
      const x = left + j * (width + GAP);
      const dx = x + (width - widthOf(f.box)) / 2 - f.box.left;
      const dy = y - f.box.top;
      moveAll(contents.get(f.cluster) ?? [], dx, dy);
      setRect(f.rect, { left: x, right: x + width, top: y, bottom: y + height });
    });
    y += height + GAP;
  }
  // The rows only arranged the frames, unseen: each now spans the grid.
  const newRight = left + columns * width + (columns - 1) * GAP;
  const newBottom = y - GAP;
  for (const r of rows) setRect(r.rect, { left, right: newRight, top, bottom: newBottom });

  const [vx, vy, vw, vh] = viewBox;
  const w = round(newRight + (vx + vw - right) - vx);
  const h = round(newBottom + (vy + vh - bottom) - vy);
  root.setAttribute('viewBox', `${vx} ${vy} ${w} ${h}`);
  root.setAttribute('width', String(w));
  root.setAttribute('height', String(h));
  root.querySelector(':scope > text.flowchartTitleText')?.setAttribute('x', String(round(vx + w / 2)));
}
