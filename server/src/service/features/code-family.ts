import { mapParentKey, parseCode } from '../code-grammar';
import type { MapDecl, ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';

/** The cross-functional maps that detail the process with this code key. */
export function mapsUnder(model: ModelIndex, key: string): readonly MapDecl[] {
  return model.mapsByParent.get(key);
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

/** The keys above `key`, nearest first, down to `top` when given (which `key` lies within), else down to its first segment. */
export function keysAbove(key: string, top = ''): string[] {
  const out: string[] = [];
  for (let k = key, cut = k.lastIndexOf('.'); cut >= 0 && cut >= top.length; cut = k.lastIndexOf('.')) {
    k = k.slice(0, cut);
    out.push(k);
  }
  return out;
}

/** Whether `key` is `ancestor` or lies below it, segment by segment (`K.6.3` holds `K.6.3.CFM.2`, not `K.6.30`). */
export function isWithin(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`);
}
