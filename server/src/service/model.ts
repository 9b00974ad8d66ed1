import type { Span } from './diagnostic';
import type { FileReferences } from './reference-table';

/** A value written in a file, with where it stands. */
export interface Ref {
  readonly value: string;
  readonly span: Span;
}

/** A code as written, with its key: the same for every spelling of the code (code-grammar.ts). */
export interface CodeRef extends Ref {
  readonly key: string;
}

export type PartyKind = 'unit' | 'party';

export interface PartyDecl {
  readonly kind: PartyKind;
  readonly id: Ref;
  /** From the id to the end of its mapping. */
  readonly extent: Span;
  readonly nama: string | undefined;
  readonly singkatan: string | undefined;
  readonly induk: Ref | undefined;
}

export interface ProcessDecl {
  readonly kode: CodeRef;
  /** The whole list item, to find what the cursor stands in. */
  readonly extent: Span;
  readonly nama: string | undefined;
  readonly kategori: string | undefined;
  /** 0 for a Level 0 process, n for a sub-process at Level n. */
  readonly level: number;
  /** The process this one is declared under (its `sub_proses` list). */
  readonly parent: ProcessDecl | undefined;
  readonly children: ProcessDecl[];
  readonly pelaksana: readonly Ref[];
  readonly pemasok: readonly Ref[];
  readonly pelanggan: readonly Ref[];
  readonly sasaran: readonly Ref[];
  readonly lanjut: readonly CodeRef[];
  /** How its sub-processes are ordered (format 1.1): `bebas` implies no order; else as written. */
  readonly alur: string | undefined;
  readonly hasMasukan: boolean;
  readonly hasKeluaran: boolean;
  /** The inputs and outputs as written (free text). */
  readonly masukan: readonly string[];
  readonly keluaran: readonly string[];
}

export const STEP_KINDS = ['mulai', 'aktivitas', 'keputusan', 'dokumen', 'penghubung', 'selesai'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface Branch {
  readonly label: string;
  readonly target: Ref;
}

export interface StepDecl {
  readonly index: number;
  readonly extent: Span;
  readonly id: Ref | undefined;
  /** `undefined` when `jenis` holds a value outside the set (the schema reports it). */
  readonly jenis: StepKind | undefined;
  readonly nama: string | undefined;
  /** Who performs it: one lane, or several for a joint step (format 1.1); empty when unwritten. */
  readonly pelaksana: readonly Ref[];
  readonly hasKeluaran: boolean;
  /** Whether it writes `waktu` (the SOP AP Mutu Baku Waktu column). */
  readonly hasWaktu: boolean;
  /** The texts the SOP AP table prints (Kelengkapan, Output, Waktu, Keterangan), as written. */
  readonly masukan: readonly string[];
  readonly keluaran: readonly string[];
  readonly waktu: string | undefined;
  readonly keterangan: string | undefined;
  readonly lanjut: readonly Ref[];
  readonly cabang: readonly Branch[];
  readonly peta: CodeRef | undefined;
  /** The node that stands for the step in messages: its id, else its name, else its kind. */
  readonly anchor: Span;
}

export interface MapDecl {
  readonly kode: CodeRef;
  readonly extent: Span;
  readonly nama: string | undefined;
  /** The listed lanes, or undefined when the map does not list them. */
  readonly lanes: readonly Ref[] | undefined;
  readonly steps: readonly StepDecl[];
  /** The SOP AP documents based on the map (format 1.1). */
  readonly sop: readonly SopDecl[];
}

/** An SOP AP document declared under a map (format 1.1): its code and identity sheet. */
export interface SopDecl {
  readonly kode: CodeRef;
  readonly extent: Span;
  /** The map it is based on, and declared under. */
  readonly map: MapDecl;
  readonly nama: string | undefined;
  readonly nomor: string | undefined;
  /** The dates as written (`YYYY-MM-DD`), each where it stands. */
  readonly tanggalPembuatan: Ref | undefined;
  readonly tanggalRevisi: Ref | undefined;
  readonly tanggalEfektif: Ref | undefined;
  readonly disahkanOleh: Ref | undefined;
  /** Every entry of `keterkaitan`, code or not. */
  readonly keterkaitan: readonly Ref[];
  readonly dasarHukum: readonly string[];
  readonly kualifikasiPelaksana: readonly string[];
  readonly peralatan: readonly string[];
  readonly peringatan: readonly string[];
  readonly pencatatan: readonly string[];
  /** Steps of its own (`langkah`), or undefined: the SOP follows its map's steps. */
  readonly steps: readonly StepDecl[] | undefined;
}

/**
 * Steps in order, in the lanes of a map: a map's own, or those an SOP writes under it
 * (format 1.1). The step rules and the flow read procedures; a step id is known within one.
 */
export interface Procedure {
  /** The map's code, or the SOP's. */
  readonly kode: CodeRef;
  readonly steps: readonly StepDecl[];
  /** The map whose lanes the steps stand in. */
  readonly map: MapDecl;
  /** The SOP, when these are an SOP's own steps. */
  readonly sop: SopDecl | undefined;
}

export interface RelationDecl {
  readonly dari: Ref | undefined;
  readonly ke: Ref | undefined;
  readonly hal: string | undefined;
  readonly proses: CodeRef | undefined;
}

export interface TargetDecl {
  readonly kode: Ref;
  readonly nama: string | undefined;
  readonly kind: 'tujuan' | 'sasaran';
}

export interface InstansiDecl {
  /** The `instansi` key itself. */
  readonly key: Span;
  readonly kode: Ref | undefined;
  readonly nama: string | undefined;
}

/** What one file contributes to the model. */
export interface FileFragment {
  readonly uri: string;
  readonly instansi: readonly InstansiDecl[];
  readonly parties: readonly PartyDecl[];
  /** Level 0 processes, each holding its sub-processes. */
  readonly processes: readonly ProcessDecl[];
  readonly maps: readonly MapDecl[];
  /** Every map's steps, then each SOP's that has its own, in the order written. */
  readonly procedures: readonly Procedure[];
  readonly relations: readonly RelationDecl[];
  readonly targets: readonly TargetDecl[];
  /** The first top-level key, where a model-wide problem is shown. */
  readonly firstKey: Span | undefined;
  /** Every place the file names a unit or party, a code, a step or a target. */
  readonly references: FileReferences;
}
