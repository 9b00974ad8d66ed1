/**
 * Squeezing empty space out of one axis of a drawing. What is drawn (a box, a label, a line, a
 * frame's border) is a feature; the space between two neighbouring features shrinks to what
 * their kinds need, and never grows. The result is a strictly increasing map of the axis, so
 * applied to x and y separately it keeps every order: what did not touch still does not, a
 * straight line stays straight, and nothing crosses what it did not cross before.
 */

/** `solid` a box or label (kept whole), `line` a line running across the axis, `border` a frame's edge. */
export type FeatureKind = 'solid' | 'label' | 'line' | 'border';

export interface Feature {
  readonly lo: number;
  readonly hi: number;
  readonly kind: FeatureKind;
}

/** The least space to keep between two neighbouring features, the lower one first. */
export type Spacing = (lower: FeatureKind, upper: FeatureKind) => number;

interface Block {
  lo: number;
  hi: number;
  kind: FeatureKind;
}

/** Features that overlap or touch become one block; a block holding a box or label is solid. */
function blocksOf(features: readonly Feature[]): Block[] {
  const sorted = features.filter((f) => Number.isFinite(f.lo) && Number.isFinite(f.hi) && f.lo <= f.hi).sort((a, b) => a.lo - b.lo);
  const blocks: Block[] = [];
  for (const f of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && f.lo <= last.hi) {
      last.hi = Math.max(last.hi, f.hi);
      if (weight(f.kind) > weight(last.kind)) last.kind = f.kind;
    } else blocks.push({ lo: f.lo, hi: f.hi, kind: f.kind });
  }
  return blocks;
}

/** Which kind a merged block takes: what needs the most room around it. */
function weight(kind: FeatureKind): number {
  return { border: 0, line: 1, label: 2, solid: 3 }[kind];
}

/**
 * The map that squeezes the axis: the first feature stays where it is, each gap after it
 * becomes `min(gap, spacing)`, and points inside a gap move in proportion.
 */
export function squeeze(features: readonly Feature[], spacing: Spacing): (v: number) => number {
  const blocks = blocksOf(features);
  const moved: { lo: number; hi: number; gap: number; newGap: number }[] = [];
  let prev: Block | undefined;
  let end = 0;
  for (const b of blocks) {
    const gap = prev ? b.lo - prev.hi : 0;
    const newGap = prev ? Math.min(gap, Math.max(0, spacing(prev.kind, b.kind))) : 0;
    const lo = prev ? end + newGap : b.lo;
    moved.push({ lo, hi: lo + (b.hi - b.lo), gap, newGap });
    end = lo + (b.hi - b.lo);
    prev = b;
  }
  return (v: number): number => {
    if (blocks.length === 0) return v;
    // The last block that starts at or before v.
    let a = 0;
    let z = blocks.length - 1;
    if (v < (blocks[0]?.lo ?? 0)) return v;
    while (a < z) {
      const m = (a + z + 1) >> 1;
      if ((blocks[m]?.lo ?? 0) <= v) a = m;
      else z = m - 1;
    }
    const b = blocks[a] as Block;
    const nb = moved[a] as (typeof moved)[number];
    if (v <= b.hi) return nb.lo + (v - b.lo);
    const next = blocks[a + 1];
    const nn = moved[a + 1];
    if (!next || !nn) return nb.hi + (v - b.hi);
    // Inside the gap up to the next block: in proportion.
    return nb.hi + ((v - b.hi) * nn.newGap) / nn.gap;
  };
}
