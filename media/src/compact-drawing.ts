/**
 * Drawings as tight as their content. Mermaid leaves a swimlane map's lanes far taller than the
 * steps in them, and ELK keeps columns of a flowchart wider apart than their lines need, so
 * maps printed on A4 came out with text under 6 pt. This squeezes the empty space out of both
 * axes (squeeze.ts): a frame (a lane, a band, a process of the Peta Relasi) takes the size of
 * its content plus a margin, columns close up to room for an arrow, and lines keep their
 * distance from each other, from boxes and from borders. Reads and writes attributes only, so
 * the preview and `ppb export` do the same.
 */
import { type Feature, type FeatureKind, squeeze } from './squeeze';
import { TITLE_PX } from './title-lines';
import {
  type Extent,
  extentOf,
  mapPathData,
  numberAttr,
  pathPoints,
  round,
  setTranslate,
  translateOf,
  setLine,
  viewBoxOf,
} from './svg-geometry';

type Table = Partial<Record<`${FeatureKind}-${FeatureKind}`, number>>;

/** Least space between neighbours on the axis across a swimlane map's flow (y). */
const ACROSS: Table = { 'solid-solid': 24, 'border-border': 48, 'line-line': 12, 'border-line': 12, 'line-border': 12 };
/** Along the flow: room for an arrow between two columns of steps. */
const ALONG: Table = { 'solid-solid': 40, 'border-border': 48, 'line-line': 12, 'border-line': 12, 'line-border': 12 };
/** A flowchart, both ways: as along a map's flow, but frames may nest close (a band holds its rows). */
const FLOW: Table = { ...ALONG, 'solid-solid': 24, 'border-border': 8 };
/**
 * A frame of a grid (a process of the Peta Relasi): its sets hold boxes of names only, no lines
 * between them, so they may sit closer to their borders.
 */
const IN_GRID: Table = { ...FLOW, 'solid-border': 10, 'border-solid': 10 };
/** Between a label and anything; between a box and a line or a border. */
const LABEL_ROOM = 12;
const BOX_ROOM = 16;

function spacing(table: Table): (a: FeatureKind, b: FeatureKind) => number {
  return (a, b) => table[`${a}-${b}`] ?? (a === 'label' || b === 'label' ? LABEL_ROOM : BOX_ROOM);
}

/** Lines shorter than this are corners, not runs: they set no distance to keep. */
const RUN = 2;
/** A frame's caption as Mermaid writes it: 16 px text, lines 24 px apart; about 0.56 em a character. */
const CAPTION_LINE = 24;
const CAPTION_CHAR = 9;

/** A frame of the drawing: its rectangles (a lane has a body and a title column) and its caption. */
interface Frame {
  readonly rects: Element[];
  readonly caption: Element | null;
  /** A lane's caption is turned and stands in the middle of its title column. */
  readonly lane: boolean;
}

function framesOf(clusters: Iterable<Element>): Frame[] | undefined {
  const frames: Frame[] = [];
  for (const cluster of clusters) {
    const lane = cluster.classList.contains('swimlane');
    const rects = lane
      ? [...cluster.querySelectorAll(':scope > rect.swimlane-body, :scope > rect.swimlane-title')]
      : [...cluster.querySelectorAll(':scope > rect')].slice(0, 1);
    if (rects.length === 0) return undefined;
    frames.push({ rects, caption: cluster.querySelector(':scope > .cluster-label'), lane });
  }
  return frames;
}

/**
 * Where a frame's caption reaches: its HTML box as Mermaid sized it, or once it is SVG text
 * (an export's flattened labels), estimated from its lines.
 */
function captionExtent(caption: Element): Extent | undefined {
  const box = extentOf(caption);
  if (box) return box.right - box.left > 0 ? box : undefined;
  const at = translateOf(caption);
  if (!at) return undefined;
  const lines = [...caption.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
  if (lines.every((l) => l.trim() === '')) return undefined; // a row's frame has no caption
  const widest = Math.max(0, ...lines.map((l) => l.length));
  return { left: at.x, right: at.x + widest * CAPTION_CHAR, top: at.y, bottom: at.y + CAPTION_LINE * Math.max(1, lines.length) };
}

/** What a squeeze moves: boxes and edge labels, lines, frames. */
interface Parts {
  readonly boxes: readonly Element[];
  readonly lines: readonly Element[];
  readonly frames: readonly Frame[];
}

type Features = { xs: Feature[]; ys: Feature[] };

/** Where the parts stand on each axis, as features to keep apart; undefined when one cannot be read. */
function featuresOf(parts: Parts): Features | undefined {
  const xs: Feature[] = [];
  const ys: Feature[] = [];
  for (const el of parts.boxes) {
    const e = extentOf(el);
    if (!e) {
      // An edge label without text has no size and holds no place; a box always has one.
      if (el.classList.contains('edgeLabel')) continue;
      return undefined;
    }
    const kind: FeatureKind = el.classList.contains('edgeLabel') ? 'label' : 'solid';
    xs.push({ lo: e.left, hi: e.right, kind });
    ys.push({ lo: e.top, hi: e.bottom, kind });
  }
  for (const path of parts.lines) {
    const points = pathPoints(path.getAttribute('d') ?? '');
    if (!points) return undefined;
    // A line drawn only to keep an order takes no room.
    if (path.classList.contains('edge-thickness-invisible')) continue;
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1];
      const q = points[i];
      if (!p || !q) continue;
      if (Math.abs(p.y - q.y) < 0.5 && Math.abs(p.x - q.x) > RUN) ys.push({ lo: p.y, hi: p.y, kind: 'line' });
      if (Math.abs(p.x - q.x) < 0.5 && Math.abs(p.y - q.y) > RUN) xs.push({ lo: p.x, hi: p.x, kind: 'line' });
    }
  }
  for (const frame of parts.frames) {
    for (const rect of frame.rects) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => numberAttr(rect, n)) as [number, number, number, number];
      if (![x, y, w, h].every(Number.isFinite)) return undefined;
      // A row or stack only arranges what it holds: its borders are not drawn and keep no room.
      if (unseen(rect)) continue;
      xs.push({ lo: x, hi: x, kind: 'border' }, { lo: x + w, hi: x + w, kind: 'border' });
      ys.push({ lo: y, hi: y, kind: 'border' }, { lo: y + h, hi: y + h, kind: 'border' });
      // A lane's name stands in a column of its own, left of the body: kept whole.
      if (rect.classList.contains('swimlane-title')) xs.push({ lo: x, hi: x + w, kind: 'solid' });
    }
    const caption = frame.caption && !frame.lane ? captionExtent(frame.caption) : undefined;
    if (caption) {
      xs.push({ lo: caption.left, hi: caption.right, kind: 'solid' });
      ys.push({ lo: caption.top, hi: caption.bottom, kind: 'solid' });
    }
  }
  return { xs, ys };
}

/** A rectangle drawn neither filled nor stroked (`style <row> fill:none,stroke:none`). */
function unseen(rect: Element): boolean {
  const style = rect.getAttribute('style') ?? '';
  return /(?:^|;)\s*fill:\s*none\b/.test(style) && /(?:^|;)\s*stroke:\s*none\b/.test(style);
}

type Map1 = (v: number) => number;

/** Moves the parts by the squeeze's maps; false (and nothing moved) when a line cannot be read. */
function moveParts(parts: Parts, fx: Map1, fy: Map1): boolean {
  const paths = parts.lines.map((path) => mapPathData(path.getAttribute('d') ?? '', fx, fy));
  if (paths.some((d) => d === undefined)) return false;
  parts.lines.forEach((path, i) => setLine(path, paths[i] ?? ''));
  for (const el of parts.boxes) {
    const t = translateOf(el);
    if (t) setTranslate(el, round(fx(t.x)), round(fy(t.y)));
  }
  for (const frame of parts.frames) {
    for (const rect of frame.rects) moveRect(rect, fx, fy);
    const t = frame.caption ? translateOf(frame.caption) : undefined;
    const body = frame.rects[0];
    if (!frame.caption || !t || !body) continue;
    // A lane's caption stays in the middle of its lane; a frame's keeps its place at the top.
    const y = frame.lane ? numberAttr(body, 'y') + numberAttr(body, 'height') / 2 : fy(t.y);
    setTranslate(frame.caption, round(fx(t.x)), round(y));
  }
  return true;
}

const BOXES = 'g.node, g.edgeLabel';
const LINES = 'g.edgePaths path, path.flowchart-link';

/**
 * Squeezes one frame of a flowchart and what it holds (the elements `contentOf` found), as if
 * it were a drawing of its own: side by side in a row, frames leave each other's gaps alone.
 */
export function compactFrame(content: readonly Element[]): void {
  const frames = framesOf(content.filter((el) => el.classList.contains('cluster')));
  const parts: Parts = {
    boxes: content.filter((el) => el.matches(BOXES)),
    lines: content.filter((el) => el.matches(LINES)),
    frames: frames ?? [],
  };
  const features = frames ? featuresOf(parts) : undefined;
  if (!features) return;
  moveParts(parts, squeeze(features.xs, spacing(IN_GRID)), squeeze(features.ys, spacing(IN_GRID)));
}

/** Squeezes a Mermaid drawing; leaves it as it is when any part of it cannot be read. */
export function compactDrawing(root: SVGSVGElement): void {
  const frames = framesOf(root.querySelectorAll('g.cluster'));
  const viewBox = viewBoxOf(root);
  if (!frames || !viewBox) return;
  const swimlane = root.getAttribute('aria-roledescription') === 'swimlane';
  const parts: Parts = { boxes: [...root.querySelectorAll(BOXES)], lines: [...root.querySelectorAll(LINES)], frames };
  const features = featuresOf(parts);
  if (!features) return;
  const { xs, ys } = features;
  // A swimlane map's title is put in place later (svg-title.ts); a flowchart's stands above it.
  const title = swimlane ? null : root.querySelector(':scope > text.flowchartTitleText');
  const titleY = title ? numberAttr(title, 'y') : NaN;
  if (Number.isFinite(titleY)) ys.push({ lo: titleY - TITLE_PX, hi: titleY + TITLE_PX / 3, kind: 'solid' });

  const fx = squeeze(xs, spacing(swimlane ? ALONG : FLOW));
  const fy = squeeze(ys, spacing(swimlane ? ACROSS : FLOW));
  if (!moveParts(parts, fx, fy)) return;
  if (title) moveTitle(title, fx, fy);
  if (swimlane) widenLanesOverLines(frames, parts.lines);
  const [vx, vy, vw, vh] = viewBox;
  const left = fx(vx);
  const top = fy(vy);
  const width = round(fx(vx + vw) - left);
  const height = round(fy(vy + vh) - top);
  root.setAttribute('viewBox', `${round(left)} ${round(top)} ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
}

/** Room between a line and the lanes' right edge. */
const EDGE_ROOM = 16;

/**
 * Lanes reach past the lines that loop round the right of a map: Mermaid may route a return
 * line just outside the frame, where it reads as part of the frame.
 */
function widenLanesOverLines(frames: readonly Frame[], lines: readonly Element[]): void {
  const xs = lines.flatMap((l) => (pathPoints(l.getAttribute('d') ?? '') ?? []).map((p) => p.x));
  if (xs.length === 0) return;
  const need = Math.max(...xs) + EDGE_ROOM;
  for (const frame of frames) {
    const body = frame.rects.find((r) => r.classList.contains('swimlane-body'));
    if (!body) continue;
    const x = numberAttr(body, 'x');
    if (x + numberAttr(body, 'width') < need) body.setAttribute('width', String(round(need - x)));
  }
}

function moveRect(rect: Element, fx: (v: number) => number, fy: (v: number) => number): void {
  const x = numberAttr(rect, 'x');
  const y = numberAttr(rect, 'y');
  const x2 = fx(x + numberAttr(rect, 'width'));
  const y2 = fy(y + numberAttr(rect, 'height'));
  rect.setAttribute('x', String(round(fx(x))));
  rect.setAttribute('y', String(round(fy(y))));
  rect.setAttribute('width', String(round(x2 - fx(x))));
  rect.setAttribute('height', String(round(y2 - fy(y))));
}

/** The title (and its lines) moves with the drawing: `x` and `y` wherever they are written. */
function moveTitle(title: Element, fx: (v: number) => number, fy: (v: number) => number): void {
  for (const el of [title, ...title.querySelectorAll('tspan')]) {
    const x = el.getAttribute('x');
    const y = el.getAttribute('y');
    if (x !== null && Number.isFinite(Number(x))) el.setAttribute('x', String(round(fx(Number(x)))));
    if (y !== null && Number.isFinite(Number(y))) el.setAttribute('y', String(round(fy(Number(y)))));
  }
}
