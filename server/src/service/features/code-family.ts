import { mapParentKey, parseCode } from '../code-grammar';
import type { MapDecl, ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';

/** Maps by the key of the process they detail, built once per model. */
const mapsByParent = new WeakMap<ModelIndex, ReadonlyMap<string, readonly MapDecl[]>>();

/** The cross-functional maps that detail the process with this code key. */
export function mapsUnder(model: ModelIndex, key: string): readonly MapDecl[] {
  let table = mapsByParent.get(model);
  if (!table) {
    const built = new Map<string, MapDecl[]>();
    for (const m of model.maps) {
      const parent = mapParentKey(parseCode(m.kode.value));
      if (parent === undefined) continue;
      const list = built.get(parent);
      if (list) list.push(m);
      else built.set(parent, [m]);
    }
    mapsByParent.set(model, built);
    table = built;
  }
  return table.get(key) ?? [];
}

/** The process or sub-process a map details, when it is declared. */
export function processOfMap(model: ModelIndex, map: MapDecl): ProcessDecl | undefined {
  const key = mapParentKey(parseCode(map.kode.value));
  if (key === undefined) return undefined;
  for (const entry of model.codes.get(key) ?? []) if (entry.kind === 'process') return entry.decl;
  return undefined;
}

/** The Level 0 process a process belongs to (itself at Level 0): its `kategori` holds for all below. */
export function rootProcess(p: ProcessDecl): ProcessDecl {
  let root = p;
  while (root.parent) root = root.parent;
  return root;
}

/** Whether `key` is `ancestor` or lies below it, segment by segment (`K.6.3` holds `K.6.3.CFM.2`, not `K.6.30`). */
export function isWithin(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`);
}
