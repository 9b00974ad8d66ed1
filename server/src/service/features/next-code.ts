import { cfmSeparators, childNumber, childNumberOfKey, codeKey, parseCode, type ChildKind } from '../code-grammar';
import type { ModelIndex } from '../model-index';

const WORD = { map: 'CFM', sop: 'SOP' } as const;

const HIGHEST = 99;

/**
 * The code after the highest of `taken` under `parentRaw`, written as the parent is written, with
 * the separators the highest sibling uses (`BPSDM-5.2.5_CFM.01` → `BPSDM-5.2.5_CFM.02`), else the
 * canonical ones; numbers in two digits. Gaps are left alone (real documents have them on
 * purpose); undefined once 99 is taken.
 */
export function nextCode(parentRaw: string, taken: readonly string[], kind: ChildKind): string | undefined {
  const parent = parentRaw.trim();
  const parentKey = codeKey(parent);
  let highest = 0;
  let sample: string | undefined;
  for (const code of taken) {
    const n = childNumber(parentKey, code, kind);
    if (n !== undefined && n >= highest) {
      highest = n;
      sample = code;
    }
  }
  const next = highest + 1;
  if (next > HIGHEST) return undefined;
  const number = String(next).padStart(2, '0');
  const parsedParent = parseCode(parent);
  const n = parsedParent.segments.length;
  const form = sample === undefined ? undefined : parseCode(sample);
  if (kind === 'sub') return `${parent}${form?.separators[n - 1] ?? '.'}${number}`;
  // The first SOP of a map is written the way the map writes its CFM (`POM-14.01/CFM.01/SOP.01`).
  const first = kind === 'sop' ? cfmSeparators(parsedParent) : { before: '.', after: '.' };
  const [before, word, after] = form
    ? [form.separators[n - 1], form.segments[n], form.separators[n]]
    : [first.before, undefined, first.after];
  return `${parent}${before ?? '.'}${word ?? WORD[kind]}${after ?? '.'}${number}`;
}

/** The codes of the model that stand as children of `parentKey` (as written). */
export function takenUnder(model: ModelIndex, parentKey: string, kind: ChildKind): string[] {
  const out: string[] = [];
  for (const [key, entries] of model.codes) {
    const first = entries[0];
    if (first && childNumberOfKey(parentKey, key, kind) !== undefined) out.push(first.decl.kode.value);
  }
  return out;
}

/**
 * The next free code under a process or sub-process of the model: `'sub'` for a sub-process
 * (KECKLB.06 with .01..03 → KECKLB.06.04), `'map'` for a cross-functional map (KECKLB.06.03
 * with CFM.01..05 → KECKLB.06.03.CFM.06), `'sop'` for an SOP under a map. Written as the parent
 * is declared; undefined when the parent is not in the model, or 99 is taken.
 */
export function nextFreeCode(model: ModelIndex, parentCode: string, kind: ChildKind): string | undefined {
  const key = codeKey(parentCode);
  const parent = model.codes.get(key)?.find((e) => e.kind === (kind === 'sop' ? 'map' : 'process'));
  if (!parent) return undefined;
  return nextCode(parent.decl.kode.value, takenUnder(model, key, kind), kind);
}

/** The next free Level 0 code, `PREFIX.NN`, or undefined when the model has no single prefix. */
export function nextProcessCode(model: ModelIndex, prefix = model.prefix): string | undefined {
  if (prefix === undefined || prefix.trim() === '') return undefined;
  return nextCode(prefix, takenUnder(model, codeKey(prefix), 'sub'), 'sub');
}
