/**
 * Level 0 as PPB documents draw it: the manajemen band above and the pendukung band below run
 * across the whole width of the utama band. Mermaid sizes every subgraph to its content, so
 * they come out as small boxes centred on the page; this stretches their frames to the utama
 * band's and moves what they hold to the middle of the new frame. It reads and writes only
 * attributes (the SVG need not be laid out), so the preview and `ppb export` do the same.
 */

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const TRANSLATE = /translate\(\s*(-?[\d.]+(?:e-?\d+)?)[\s,]+(-?[\d.]+(?:e-?\d+)?)\s*\)/;

function frameOf(cluster: Element): Element | null {
  return cluster.querySelector(':scope > rect');
}

function boxOf(rect: Element): Box {
  const n = (name: string): number => Number(rect.getAttribute(name));
  return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
}

function holds(outer: Box, x: number, y: number): boolean {
  return x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height;
}

/** Moves an element placed by `translate(x, y)` by `dx`; true when it stood inside `within`. */
function shiftTranslated(el: Element, dx: number, within?: Box): boolean {
  const m = TRANSLATE.exec(el.getAttribute('transform') ?? '');
  if (!m) return false;
  const x = Number(m[1]);
  const y = Number(m[2]);
  if (within && !holds(within, x, y)) return false;
  el.setAttribute('transform', (el.getAttribute('transform') ?? '').replace(TRANSLATE, `translate(${x + dx}, ${y})`));
  return true;
}

/** Stretches the manajemen and pendukung bands of a Level 0 drawing across its utama band. */
export function spanBands(root: Element): void {
  const utamaFrame = root.querySelector('g.cluster[id$="-band_utama"] > rect');
  if (!utamaFrame) return;
  const utama = boxOf(utamaFrame);
  for (const band of ['manajemen', 'pendukung']) {
    const cluster = root.querySelector(`g.cluster[id$="-band_${band}"]`);
    const frame = cluster ? frameOf(cluster) : null;
    if (!cluster || !frame) continue;
    const old = boxOf(frame);
    if (!(old.width < utama.width) || ![old.x, old.y, old.width, old.height].every(Number.isFinite)) continue;
    const dx = utama.x + utama.width / 2 - (old.x + old.width / 2);
    frame.setAttribute('x', String(utama.x));
    frame.setAttribute('width', String(utama.width));
    for (const label of cluster.querySelectorAll(':scope > .cluster-label')) shiftTranslated(label, dx);
    // The rows a long band wraps into, and the boxes, that stand inside the old frame.
    for (const inner of root.querySelectorAll('g.cluster')) {
      const innerFrame = inner === cluster ? null : frameOf(inner);
      if (!innerFrame) continue;
      const b = boxOf(innerFrame);
      if (!holds(old, b.x, b.y) || !holds(old, b.x + b.width, b.y + b.height)) continue;
      innerFrame.setAttribute('x', String(b.x + dx));
      for (const label of inner.querySelectorAll(':scope > .cluster-label')) shiftTranslated(label, dx);
    }
    for (const node of root.querySelectorAll('g.node')) shiftTranslated(node, dx, old);
  }
}
