import { codeKey, parseCode } from '../code-grammar';
import type { Localized } from '../localized';
import type { ProcessDecl } from '../model';
import type { RolesOf } from '../reference-roles';
import type { Reference } from '../reference-table';
import type { PpbWorkspace } from '../workspace';
import { brokenHolder, brokenRefusal } from './broken-holder';
import { isWithin, keysAbove } from './code-family';
import { nameTaken, type RenamePlan } from './renamed-place';
import { findReferences } from './symbol-at';

/** Where a process or map code is declared. */
export type CodeDeclaration = Reference<RolesOf<'code', true>>;

/** `written` with its first `depth` segments replaced by `code`; the segments it writes below them stay as written. */
function movedCode(written: string, depth: number, code: string): string {
  const parsed = parseCode(written);
  return (
    code +
    parsed.segments
      .slice(depth)
      .map((s, i) => `${parsed.separators[depth - 1 + i] ?? '.'}${s}`)
      .join('')
  );
}

const segmentCount = (key: string): number => key.split('.').length;

/** The sub-processes written inside a process, at every level. */
const processesInside = (p: ProcessDecl): ProcessDecl[] => p.children.flatMap((c) => [c, ...processesInside(c)]);

function taken(code: string, other: CodeDeclaration): Localized {
  const name = other.in.nama ?? other.ref.value;
  return nameTaken(
    code,
    other.role === 'mapCode'
      ? { id: `peta ${name}`, en: `map ${name}` }
      : other.role === 'sopCode'
        ? { id: `SOP ${name}`, en: `SOP ${name}` }
        : { id: `proses ${name}`, en: `process ${name}` },
  );
}

/**
 * The one plan of a code rename, for F2 and for the quick fixes: the code whose key is `key`,
 * declared at `roots` (all its declarations, or one of a code declared twice), becomes `code`.
 * It takes the codes below it along, and every place that names any of them is rewritten in
 * whatever spelling it is written (`KECKLB.6.9.CFM.01` under `KECKLB.06`): `code`, then what
 * the place writes below it, as written.
 *
 * What moves: the roots and the sub-processes written inside them; then, shortest first, every
 * declaration below whose nearest declared parent code moves in all its declarations. A name
 * used goes with what it names: a `lanjut` with the sibling of that code, else the nearest code
 * it lies under (itself included), when all that code's declarations move. A name that could
 * mean a declaration that moves and one that stays (a code declared twice) stays.
 */
export function planCodeRename(ws: PpbWorkspace, key: string, roots: readonly CodeDeclaration[], code: string): RenamePlan {
  const broken = brokenHolder(ws, (r) => r.kind === 'code' && isWithin(r.key, key));
  if (broken !== undefined) return { refused: brokenRefusal(broken) };
  const codes = findReferences(ws, (r) => r.kind === 'code');
  const declared = new Map<string, CodeDeclaration[]>();
  const declarationOf = new Map<unknown, CodeDeclaration>();
  for (const r of codes) {
    if (!isCodeDeclaration(r)) continue;
    declared.set(r.key, [...(declared.get(r.key) ?? []), r]);
    declarationOf.set(r.in, r);
  }
  const moving = new Set<Reference>(roots);
  for (const root of roots) {
    if (root.role !== 'processCode') continue;
    for (const p of processesInside(root.in)) {
      const d = declarationOf.get(p);
      if (d && isWithin(d.key, key)) moving.add(d);
    }
  }
  const allMove = (k: string): boolean => (declared.get(k) ?? []).every((d) => moving.has(d));
  const below = [...declared.values()].flat().filter((d) => isWithin(d.key, key));
  for (const d of below.sort((a, b) => segmentCount(a.key) - segmentCount(b.key))) {
    if (!moving.has(d) && allMove(keysAbove(d.key, key).find((k) => declared.has(k)) ?? key)) moving.add(d);
  }
  // A sub-process's `lanjut` names a sibling (PPB216): the one under the same parent, when there is one.
  const sibling = (r: Reference): CodeDeclaration | undefined => {
    if (r.role !== 'nextProcess') return undefined;
    const named = r.in.parent?.children.find((c) => c.kode.key === r.key);
    return named && declarationOf.get(named);
  };
  const goes = (r: Reference): boolean => {
    if (r.declares) return moving.has(r);
    const named = sibling(r);
    if (named) return moving.has(named);
    return allMove([r.key, ...keysAbove(r.key, key)].find((k) => declared.has(k)) ?? key);
  };
  const depth = segmentCount(key);
  const places = codes
    .filter((r) => isWithin(r.key, key) && goes(r))
    .map((r) => ({ reference: r, newText: movedCode(r.ref.value, depth, code) }));
  for (const p of places) {
    const other = p.reference.declares ? declared.get(codeKey(p.newText))?.find((d) => !moving.has(d)) : undefined;
    if (other) return { refused: taken(p.newText, other) };
  }
  return { places };
}

/** Whether a reference declares a process, map or SOP code. */
export function isCodeDeclaration(r: Reference): r is CodeDeclaration {
  return r.role === 'processCode' || r.role === 'mapCode' || r.role === 'sopCode';
}
