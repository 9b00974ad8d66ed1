/**
 * Level 0 as PPB documents draw it: the manajemen band above and the pendukung band below run
 * across the whole width of the utama band. Mermaid sizes every subgraph to its content, so
 * they come out as small boxes centred on the page; this stretches their frames to the utama
 * band's and moves what they hold to the middle of the new frame. It reads and writes only
 * attributes (the SVG need not be laid out), so the preview and `ppb export` do the same.
 */
import { contentOf, frameRect, moveAll, rectExtent, setRect } from './move-frame';

/** Stretches the manajemen and pendukung bands of a Level 0 drawing across its utama band. */
export function spanBands(root: Element): void {
  const utamaFrame = root.querySelector('g.cluster[id$="-band_utama"] > rect');
  const utama = utamaFrame ? rectExtent(utamaFrame) : undefined;
  if (!utama) return;
  for (const band of ['manajemen', 'pendukung']) {
    const cluster = root.querySelector(`g.cluster[id$="-band_${band}"]`);
    const frame = cluster ? frameRect(cluster) : null;
    const old = frame ? rectExtent(frame) : undefined;
    if (!frame || !old || !(old.right - old.left < utama.right - utama.left)) continue;
    // The band's content (its rows, boxes, caption) to the middle of the utama band.
    moveAll(contentOf(root, old), (utama.left + utama.right) / 2 - (old.left + old.right) / 2, 0);
    setRect(frame, { ...old, left: utama.left, right: utama.right });
  }
}
