/** Edit distance, bounded: candidates further than `max` are not worth suggesting. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The candidate most like `name` (a typo's likely intent), if one is close enough. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(1, Math.min(4, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  const lower = name.toLowerCase();
  const list = [...candidates];
  for (const c of list) {
    const d = distance(lower, c.toLowerCase(), max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  // A word with something appended (`nama_proses` for `nama`): the longest key it starts with.
  for (const c of list) {
    if (c.length >= 3 && lower.startsWith(c.toLowerCase()) && (best === undefined || c.length > best.length)) best = c;
  }
  return best;
}

/**
 * Up to `count` candidates like `name`, for a "did you mean" list: those that extend it
 * first (`KECKLB.06.03` → its maps), then the closest by edit distance.
 */
export function nearest(name: string, candidates: Iterable<string>, count: number): string[] {
  const lower = name.toLowerCase();
  const max = Math.max(2, Math.min(6, Math.floor(name.length / 3)));
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    const cl = c.toLowerCase();
    const score = cl.startsWith(lower) ? -1 : distance(lower, cl, max);
    if (score <= max) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, count)
    .map((s) => s.c);
}
