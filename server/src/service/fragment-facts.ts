import type { FileFragment, ProcessDecl } from './model';
import type { Declarations } from './rule';

/** A file's declarations as rules walk them: processes flattened in model order. */
export function declarationsOf(fragment: FileFragment): Declarations {
  const processes: ProcessDecl[] = [];
  const add = (p: ProcessDecl): void => {
    processes.push(p);
    p.children.forEach(add);
  };
  fragment.processes.forEach(add);
  return {
    processes,
    maps: fragment.maps,
    procedures: fragment.procedures,
    partyList: fragment.parties,
    relations: fragment.relations,
    references: fragment.references,
  };
}

/**
 * What a file puts into the model's lookup tables, in the order it puts it there: the instansi
 * code (the prefix), each party's id and name, each code with its kind, each target. When every
 * file's facts are as before, the tables a file rule reads are as before, and so are its
 * findings for every file whose declarations did not change.
 */
export function tableFactsOf(fragment: FileFragment): string {
  const { processes, maps } = declarationsOf(fragment);
  return JSON.stringify([
    fragment.instansi.map((i) => i.kode?.value ?? null),
    fragment.parties.map((p) => [p.id.value, p.nama ?? null]),
    processes.map((p) => [p.kode.key, p.kode.value]),
    maps.map((m) => [m.kode.key, m.kode.value, m.sop.map((s) => [s.kode.key, s.kode.value])]),
    fragment.targets.map((t) => [t.kind, t.kode.value]),
  ]);
}
