import { longDate, readDate } from '../calendar-date';
import { documentFacts, type FileData, type InstansiFacts } from '../document/document-facts';
import type { ProcedureFlow } from '../flow';
import type { MapDecl, Procedure, Ref, SopDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { sopTable, type PartyNames, type SopTable } from './sop-table';

/** Who approves an SOP, as the identity sheet prints it: as `instansi.pimpinan` is written. */
export type SopApprover = InstansiFacts['pimpinan'];

/** The identity sheet of an SOP AP document; every text possibly empty (a draft, or an unwritten field). */
export interface SopIdentity {
  /** The SOP's code, or `<map code>.SOP` for a draft. */
  readonly kode: string;
  readonly nama: string;
  /** The number as printed: `nomor`, else the code. */
  readonly nomor: string;
  /** Dates written out the Indonesian way (`1 April 2023`), or empty. */
  readonly tanggalPembuatan: string;
  readonly tanggalRevisi: string;
  readonly tanggalEfektif: string;
  readonly disahkanOleh: SopApprover;
  readonly dasarHukum: readonly string[];
  readonly kualifikasiPelaksana: readonly string[];
  readonly keterkaitan: readonly string[];
  readonly peralatan: readonly string[];
  readonly peringatan: readonly string[];
  readonly pencatatan: readonly string[];
  /** A map with no SOP declared gets a draft, marked DRAF. */
  readonly draft: boolean;
}

/** The agency's heading on the identity sheet. */
export type SopInstansi = Pick<InstansiFacts, 'nama' | 'induk' | 'alamat' | 'logo'>;

/** One SOP AP document: its heading, identity sheet and procedure table. */
export interface SopDocument {
  /** The code of the map it is based on. */
  readonly map: string;
  readonly instansi: SopInstansi;
  readonly identity: SopIdentity;
  readonly table: SopTable;
}

const dateText = (ref: Ref | undefined): string => {
  const d = ref ? readDate(ref.value) : undefined;
  return d ? longDate(d, 'id') : '';
};

/**
 * Who approves: the unit `disahkan_oleh` names, by its name; when that name is how
 * `instansi.pimpinan`'s position begins (`Camat` of `Camat Klambu`), the head, with name and NIP.
 */
function approverOf(unit: string | undefined, instansi: InstansiFacts, partyName: PartyNames): SopApprover {
  if (unit === undefined) return instansi.pimpinan;
  const name = partyName(unit)?.nama ?? unit;
  const head = instansi.pimpinan;
  const isHead = head.nama !== '' && head.jabatan.toLowerCase().startsWith(name.toLowerCase());
  return isHead ? head : { jabatan: name, nama: '', nip: '' };
}

function identityOf(sop: SopDecl, instansi: InstansiFacts, partyName: PartyNames): SopIdentity {
  const disahkanOleh = approverOf(sop.disahkanOleh?.value, instansi, partyName);
  return {
    kode: sop.kode.value,
    nama: sop.nama ?? '',
    nomor: sop.nomor ?? sop.kode.value,
    tanggalPembuatan: dateText(sop.tanggalPembuatan),
    tanggalRevisi: dateText(sop.tanggalRevisi),
    tanggalEfektif: dateText(sop.tanggalEfektif),
    disahkanOleh,
    dasarHukum: sop.dasarHukum,
    kualifikasiPelaksana: sop.kualifikasiPelaksana,
    keterkaitan: sop.keterkaitan.map((r) => r.value),
    peralatan: sop.peralatan,
    peringatan: sop.peringatan,
    pencatatan: sop.pencatatan,
    draft: false,
  };
}

/** A draft for a map that declares no SOP: the map's name, the head as approver, every box empty. */
function draftIdentity(map: MapDecl, instansi: InstansiFacts): SopIdentity {
  const kode = `${map.kode.value}.SOP`;
  const none: readonly string[] = [];
  const undated = '';
  return {
    kode,
    nama: map.nama ?? '',
    nomor: kode,
    tanggalPembuatan: undated,
    tanggalRevisi: undated,
    tanggalEfektif: undated,
    disahkanOleh: instansi.pimpinan,
    dasarHukum: none,
    kualifikasiPelaksana: none,
    keterkaitan: none,
    peralatan: none,
    peringatan: none,
    pencatatan: none,
    draft: true,
  };
}

/**
 * Every SOP AP document of the model, map by map in model order: one per SOP declared under a
 * map (its own steps when it writes `langkah`, else the map's), and a draft for a map with none.
 * `flowOf` gives a procedure's flow (the workspace keeps one per declaration).
 */
export function sopDocumentsOf(
  model: ModelIndex,
  files: readonly FileData[],
  flowOf: (procedure: Procedure) => ProcedureFlow,
): SopDocument[] {
  const facts = documentFacts(model, files);
  const { nama, induk, alamat, logo } = facts.instansi;
  const instansi: SopInstansi = { nama, induk, alamat, logo };
  const partyName: PartyNames = (id) => model.parties.get(id)?.[0];
  const ofMap = new Map<MapDecl, Procedure>();
  const ofSop = new Map<SopDecl, Procedure>();
  for (const p of model.procedures) {
    if (p.sop) ofSop.set(p.sop, p);
    else if (!ofMap.has(p.map)) ofMap.set(p.map, p);
  }
  const tableOf = (procedure: Procedure): SopTable => sopTable(procedure, flowOf(procedure), partyName);
  const out: SopDocument[] = [];
  for (const map of model.maps) {
    const own = ofMap.get(map) ?? { kode: map.kode, steps: map.steps, map, sop: undefined };
    const base = { map: map.kode.value, instansi };
    if (map.sop.length === 0) {
      out.push({ ...base, identity: draftIdentity(map, facts.instansi), table: tableOf(own) });
      continue;
    }
    for (const sop of map.sop) {
      const procedure = sop.steps ? (ofSop.get(sop) ?? { kode: sop.kode, steps: sop.steps, map, sop }) : own;
      out.push({ ...base, identity: identityOf(sop, facts.instansi, partyName), table: tableOf(procedure) });
    }
  }
  return out;
}
