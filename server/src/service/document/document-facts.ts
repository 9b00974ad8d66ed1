import { readDate, type CalendarDate } from '../calendar-date';
import type { ModelIndex } from '../model-index';
import type { PartyDecl, ProcessDecl } from '../model';
import type { LogoRef } from './outline';

/** What the document reads of `instansi`, every field possibly unwritten (a draft of a broken model). */
export interface InstansiFacts {
  readonly kode: string;
  readonly nama: string;
  readonly induk: string;
  readonly alamat: string;
  readonly periode: string;
  readonly tugas: string;
  readonly fungsi: readonly string[];
  readonly dasarHukum: readonly string[];
  readonly pimpinan: { readonly jabatan: string; readonly nama: string; readonly nip: string };
  readonly logo: LogoRef | undefined;
  readonly pengesahan: { readonly tempat: string; readonly tanggal: CalendarDate | undefined; readonly nomor: string };
}

export interface GoalFacts {
  readonly kode: string;
  readonly nama: string;
  readonly sasaran: readonly { readonly kode: string; readonly nama: string }[];
}

/** A unit of the organisation with the units under it (`induk`), in the order written. */
export interface UnitNode {
  readonly unit: PartyDecl;
  readonly children: readonly UnitNode[];
}

export interface DocumentFacts {
  readonly instansi: InstansiFacts;
  readonly goals: readonly GoalFacts[];
  readonly units: readonly UnitNode[];
  readonly level0: readonly ProcessDecl[];
  readonly model: ModelIndex;
}

/** A file's plain data with where it came from: the document reads `instansi` and `tujuan` as written. */
export interface FileData {
  readonly uri: string;
  readonly data: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter((t) => t !== '') : []);
const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

function instansiFacts(files: readonly FileData[]): InstansiFacts {
  const file = files.find((f) => isRecord(recordOf(f.data).instansi));
  const i = recordOf(recordOf(file?.data).instansi);
  const pimpinan = recordOf(i.pimpinan);
  const pengesahan = recordOf(i.pengesahan);
  const logo = text(i.logo);
  return {
    kode: text(i.kode),
    nama: text(i.nama),
    induk: text(i.induk),
    alamat: text(i.alamat),
    periode: text(i.periode),
    tugas: text(i.tugas),
    fungsi: texts(i.fungsi),
    dasarHukum: texts(i.dasar_hukum),
    pimpinan: { jabatan: text(pimpinan.jabatan), nama: text(pimpinan.nama), nip: text(pimpinan.nip) },
    logo: logo !== '' && file ? { path: logo, baseUri: file.uri } : undefined,
    pengesahan: { tempat: text(pengesahan.tempat), tanggal: readDate(text(pengesahan.tanggal)), nomor: text(pengesahan.nomor) },
  };
}

function goalFacts(files: readonly FileData[]): GoalFacts[] {
  const out: GoalFacts[] = [];
  for (const f of files) {
    const list = recordOf(f.data).tujuan;
    if (!Array.isArray(list)) continue;
    for (const g of list.map(recordOf)) {
      const sasaran = (Array.isArray(g.sasaran) ? g.sasaran : []).map(recordOf).map((s) => ({ kode: text(s.kode), nama: text(s.nama) }));
      out.push({ kode: text(g.kode), nama: text(g.nama), sasaran });
    }
  }
  return out;
}

/** The units as a tree by `induk`; a unit whose parent is unknown (or in a cycle) stands at the top. */
function unitTree(units: readonly PartyDecl[]): UnitNode[] {
  const byId = new Map(units.map((u) => [u.id.value, u]));
  const childrenOf = new Map<string, PartyDecl[]>();
  const roots: PartyDecl[] = [];
  for (const u of units) {
    const parent = u.induk?.value;
    if (parent !== undefined && parent !== u.id.value && byId.has(parent)) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), u]);
    else roots.push(u);
  }
  const placed = new Set<string>();
  const node = (u: PartyDecl): UnitNode => {
    placed.add(u.id.value);
    const kids = (childrenOf.get(u.id.value) ?? []).filter((c) => !placed.has(c.id.value));
    return { unit: u, children: kids.map(node) };
  };
  const tree = roots.map(node);
  // Units in a cycle of `induk` reach no root: list them at the top, once each.
  for (const u of units) if (!placed.has(u.id.value)) tree.push(node(u));
  return tree;
}

/** Everything the document says of the model, read once; files in model order. */
export function documentFacts(model: ModelIndex, files: readonly FileData[]): DocumentFacts {
  const seen = new Set<string>();
  const units = model.partyList.filter((p) => p.kind === 'unit' && !seen.has(p.id.value) && seen.add(p.id.value));
  return {
    instansi: instansiFacts(files),
    goals: goalFacts(files),
    units: unitTree(units),
    level0: model.processes.filter((p) => p.level === 0),
    model,
  };
}
