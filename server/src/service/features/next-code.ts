import { codeKey, isNumberSegment, mapParentKey, parseCode } from '../code-grammar';
import type { ModelIndex } from '../model-index';

// PRIVATE to branch f/fixes: engineer B owns this file (spec in common.md); the lead keeps B's
// version at merge. Kept minimal: what the "renumber" quick fix needs.

const MAX = 99;
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The last number of a code whose other segments make `parentKey` (one segment deeper), else undefined. */
function childNumber(code: string, parentKey: string): number | undefined {
  const { segments } = parseCode(code);
  const last = segments[segments.length - 1];
  if (segments.length < 2 || last === undefined || !isNumberSegment(last)) return undefined;
  return codeKey(segments.slice(0, -1).join('.')) === parentKey ? Number.parseInt(last, 10) : undefined;
}

/**
 * The next free code under `parentCode`: 'sub' the next sub-process (KECKLB.06 with .01..03 →
 * KECKLB.06.04; the instansi prefix is the parent of Level 0 processes), 'map' the next map
 * (KECKLB.06.03 with CFM.01..05 → KECKLB.06.03.CFM.06). After the highest number, so gaps stay
 * gaps; two digits; the parent's spelling. Undefined when the parent is unknown or 99 is taken.
 */
export function nextFreeCode(model: ModelIndex, parentCode: string, kind: 'sub' | 'map'): string | undefined {
  const parentKey = codeKey(parentCode);
  const isPrefix = model.prefix !== undefined && codeKey(model.prefix) === parentKey;
  const parentIsProcess = model.codes.get(parentKey)?.some((e) => e.kind === 'process') === true;
  if (!parentIsProcess && !(kind === 'sub' && isPrefix)) return undefined;
  let highest = 0;
  if (kind === 'sub') {
    for (const p of model.processes) highest = Math.max(highest, childNumber(p.kode.value, parentKey) ?? 0);
  } else {
    for (const m of model.maps) {
      const code = parseCode(m.kode.value);
      const last = code.segments[code.segments.length - 1] ?? '';
      if (mapParentKey(code) === parentKey) highest = Math.max(highest, Number.parseInt(last, 10));
    }
  }
  if (highest >= MAX) return undefined;
  return `${parentCode}${kind === 'map' ? '.CFM.' : '.'}${twoDigits(highest + 1)}`;
}
