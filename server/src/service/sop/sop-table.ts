import type { ProcedureFlow } from '../flow';
import type { Procedure, StepDecl, StepKind } from '../model';

/** The SOP AP symbols (PermenPANRB 35/2012) a step is drawn with. */
export type SopSymbol = 'terminator' | 'process' | 'decision' | 'connector' | 'document';

/** A performer's column: lane order (the map's lanes, else order of first appearance). */
export interface SopColumn {
  readonly id: string;
  /** The short name (`singkatan`), else the name, else the id. */
  readonly label: string;
}

/** Where a row's flow goes: a row number (1-based), with the branch label of a decision. */
export interface SopLink {
  readonly to: number;
  readonly label?: string;
}

export interface SopRow {
  /** 1-based, in list order. */
  readonly number: number;
  readonly kegiatan: string;
  readonly symbol: SopSymbol;
  /** Performer ids whose column holds the symbol: several for a joint step. */
  readonly columns: readonly string[];
  /** Mutu Baku Kelengkapan: the step's `masukan`, joined with `, `. */
  readonly kelengkapan: string;
  readonly waktu: string;
  /** Mutu Baku Output: the step's `keluaran`, joined with `, `. */
  readonly output: string;
  readonly keterangan: string;
  readonly next: readonly SopLink[];
  /** A note by the symbol: a `dokumen` step, which SOP AP has no symbol for, is a box marked "Dokumen". */
  readonly note?: string;
}

export interface SopTable {
  readonly columns: readonly SopColumn[];
  readonly rows: readonly SopRow[];
}

/** A unit's or party's names, when declared. */
export type PartyNames = (id: string) => { readonly nama: string | undefined; readonly singkatan: string | undefined } | undefined;

const SYMBOLS: Record<StepKind, SopSymbol> = {
  mulai: 'terminator',
  selesai: 'terminator',
  aktivitas: 'process',
  keputusan: 'decision',
  penghubung: 'connector',
  dokumen: 'process',
};

function kegiatanOf(step: StepDecl): string {
  if (step.nama !== undefined) return step.nama;
  if (step.jenis === 'mulai') return 'Mulai';
  if (step.jenis === 'selesai') return 'Selesai';
  return step.peta?.value ?? '';
}

/** The performers' columns: the map's lanes in order, then any performer a step names that is no lane. */
function columnsOf(procedure: Procedure, partyName: PartyNames): SopColumn[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const lane of procedure.map.lanes ?? []) add(lane.value);
  for (const step of procedure.steps) for (const p of step.pelaksana) add(p.value);
  return ids.map((id) => {
    const names = partyName(id);
    return { id, label: names?.singkatan ?? names?.nama ?? id };
  });
}

/** The links of step `i`: the flow's successors, labelled by the `cabang` that names them. */
function linksOf(procedure: Procedure, flow: ProcedureFlow, i: number): SopLink[] {
  const step = procedure.steps[i];
  const used = new Set<string>();
  return (flow.successors[i] ?? []).map((to) => {
    const id = procedure.steps[to]?.id?.value;
    const branch = step?.cabang.find((b) => b.target.value === id && !used.has(b.label));
    if (!branch) return { to: to + 1 };
    used.add(branch.label);
    return { to: to + 1, label: branch.label };
  });
}

/** The procedure table of an SOP AP document: one row per step, in list order, numbered from 1. */
export function sopTable(procedure: Procedure, flow: ProcedureFlow, partyName: PartyNames): SopTable {
  const rows = procedure.steps.map((step, i): SopRow => {
    const row: SopRow = {
      number: i + 1,
      kegiatan: kegiatanOf(step),
      symbol: SYMBOLS[step.jenis ?? 'aktivitas'],
      columns: [...new Set(step.pelaksana.map((p) => p.value))],
      kelengkapan: step.masukan.join(', '),
      waktu: step.waktu ?? '',
      output: step.keluaran.join(', '),
      keterangan: step.keterangan ?? '',
      next: linksOf(procedure, flow, i),
    };
    return step.jenis === 'dokumen' ? { ...row, note: 'Dokumen' } : row;
  });
  return { columns: columnsOf(procedure, partyName), rows };
}
