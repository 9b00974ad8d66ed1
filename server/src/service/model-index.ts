import { mapParentKey, parseCode } from './code-grammar';
import type { FileFragment, InstansiDecl, MapDecl, PartyDecl, ProcessDecl, Procedure, RelationDecl, SopDecl, TargetDecl } from './model';
import { ModelReferences, type References } from './reference-table';

export type CodeEntry =
  | { readonly kind: 'process'; readonly decl: ProcessDecl }
  | { readonly kind: 'map'; readonly decl: MapDecl }
  | { readonly kind: 'sop'; readonly decl: SopDecl };

/** The whole model of one workspace folder, with lookup tables built in one linear pass. */
export interface ModelIndex {
  readonly instansi: readonly InstansiDecl[];
  /** The code prefix, when exactly one instansi declares it. */
  readonly prefix: string | undefined;
  readonly parties: ReadonlyMap<string, readonly PartyDecl[]>;
  readonly partyList: readonly PartyDecl[];
  /** Every process and sub-process, at every level. */
  readonly processes: readonly ProcessDecl[];
  readonly maps: readonly MapDecl[];
  /** Every map's steps and every SOP's own (format 1.1). */
  readonly procedures: readonly Procedure[];
  readonly codes: ReadonlyMap<string, readonly CodeEntry[]>;
  readonly targets: ReadonlyMap<string, readonly TargetDecl[]>;
  readonly targetList: readonly TargetDecl[];
  readonly relations: readonly RelationDecl[];
  /** Every place the model names a unit or party, a code, a step or a target: its files' tables. */
  readonly references: References;
  /** The cross-functional maps by the key of the process they detail. */
  readonly mapsByParent: MapsByParent;
  /** Where a model-wide problem is shown: the first key of the first file. */
  readonly firstKey: FileFragment['firstKey'];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Maps by the key of the process they detail, worked out when first asked: only hover asks, and the index is built anew on every change. */
export class MapsByParent {
  private table: Map<string, MapDecl[]> | undefined;

  constructor(private readonly maps: readonly MapDecl[]) {}

  get(key: string): readonly MapDecl[] {
    if (!this.table) {
      const table = new Map<string, MapDecl[]>();
      for (const m of this.maps) {
        const parent = mapParentKey(parseCode(m.kode.value));
        if (parent !== undefined) push(table, parent, m);
      }
      this.table = table;
    }
    return this.table.get(key) ?? [];
  }
}

/** Fragments in model order: by uri. */
export function byUri(a: FileFragment, b: FileFragment): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

/** The model of `fragments`; `sorted` says they already stand in model order (`byUri`). */
export function buildIndex(fragments: readonly FileFragment[], sorted = false): ModelIndex {
  const inOrder = sorted ? fragments : [...fragments].sort(byUri);
  const instansi: InstansiDecl[] = [];
  const parties = new Map<string, PartyDecl[]>();
  const partyList: PartyDecl[] = [];
  const processes: ProcessDecl[] = [];
  const maps: MapDecl[] = [];
  const procedures: Procedure[] = [];
  const codes = new Map<string, CodeEntry[]>();
  const targets = new Map<string, TargetDecl[]>();
  const targetList: TargetDecl[] = [];
  const relations: RelationDecl[] = [];
  let firstKey: FileFragment['firstKey'];

  const addProcess = (p: ProcessDecl): void => {
    processes.push(p);
    push(codes, p.kode.key, { kind: 'process', decl: p });
    p.children.forEach(addProcess);
  };

  for (const f of inOrder) {
    firstKey ??= f.firstKey;
    instansi.push(...f.instansi);
    for (const p of f.parties) {
      partyList.push(p);
      push(parties, p.id.value, p);
    }
    f.processes.forEach(addProcess);
    for (const m of f.maps) {
      maps.push(m);
      push(codes, m.kode.key, { kind: 'map', decl: m });
      for (const s of m.sop) push(codes, s.kode.key, { kind: 'sop', decl: s });
    }
    procedures.push(...f.procedures);
    for (const t of f.targets) {
      targetList.push(t);
      push(targets, t.kode.value, t);
    }
    relations.push(...f.relations);
  }
  const prefix = instansi.length === 1 ? instansi[0]?.kode?.value : undefined;
  const references = new ModelReferences(inOrder.map((f) => f.references));
  const mapsByParent = new MapsByParent(maps);
  return {
    instansi,
    prefix,
    parties,
    partyList,
    processes,
    maps,
    procedures,
    codes,
    targets,
    targetList,
    relations,
    references,
    mapsByParent,
    firstKey,
  };
}
