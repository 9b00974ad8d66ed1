import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findPpbFiles } from '../../server/src/node/ppb-files';
import { PpbWorkspace } from '../../server/src/service';
import type { SopDecl, StepDecl } from '../../server/src/service/model';

/** A model folder read by the language service. */
export async function workspaceOf(dir: string): Promise<PpbWorkspace> {
  const ws = new PpbWorkspace();
  for (const f of await findPpbFiles(dir)) ws.setFile(pathToFileURL(f).href, readFileSync(f, 'utf8'));
  return ws;
}

/** A step as an SOP's procedure table must print it: the YAML's texts, lists joined by `, `. */
export interface SopStepFacts {
  /** Its row number: its place in the list, from 1. */
  readonly number: number;
  readonly jenis: string;
  readonly nama: string | undefined;
  readonly pelaksana: readonly string[];
  readonly masukan: string;
  readonly waktu: string;
  readonly keluaran: string;
  readonly keterangan: string;
  /** A decision's branch labels. */
  readonly cabang: readonly string[];
}

/** What one SOP AP document must hold, read from the model's declarations (not from the SOP layout). */
export interface SopFacts {
  /** The SOP's code, or `<map code>.SOP` for a map that declares none. */
  readonly kode: string;
  readonly map: string;
  readonly draft: boolean;
  /** The declaration, for a declared SOP. */
  readonly sop: SopDecl | undefined;
  /** The performers' ids, column by column: the map's lanes, then any other a step names. */
  readonly performers: readonly string[];
  /** Each performer column's header: the lane's `singkatan`, else its `nama`, else its id. */
  readonly lanes: readonly string[];
  readonly steps: readonly SopStepFacts[];
}

const stepFacts = (s: StepDecl, i: number): SopStepFacts => ({
  number: i + 1,
  jenis: s.jenis ?? 'aktivitas',
  nama: s.nama,
  pelaksana: s.pelaksana.map((p) => p.value),
  masukan: s.masukan.join(', '),
  waktu: s.waktu ?? '',
  keluaran: s.keluaran.join(', '),
  keterangan: s.keterangan ?? '',
  cabang: s.cabang.map((b) => b.label),
});

/** Every SOP of a model folder: one per SOP declared under a map (its own steps, else the map's), a draft per map without. */
export async function sopFacts(dir: string): Promise<SopFacts[]> {
  return sopFactsOf(await workspaceOf(dir));
}

/** The same, of a workspace. */
export function sopFactsOf(ws: PpbWorkspace): SopFacts[] {
  const index = ws.index();
  return index.maps.flatMap((map): SopFacts[] => {
    const of = (steps: readonly StepDecl[]): Pick<SopFacts, 'map' | 'performers' | 'lanes' | 'steps'> => {
      const ids = (map.lanes ?? []).map((l) => l.value);
      for (const p of steps.flatMap((s) => s.pelaksana)) if (!ids.includes(p.value)) ids.push(p.value);
      const lanes = ids.map((id) => {
        const party = index.parties.get(id)?.[0];
        return party?.singkatan ?? party?.nama ?? id;
      });
      return { map: map.kode.value, performers: ids, lanes, steps: steps.map(stepFacts) };
    };
    if (map.sop.length === 0) return [{ ...of(map.steps), kode: `${map.kode.value}.SOP`, draft: true, sop: undefined }];
    return map.sop.map((sop) => ({ ...of(sop.steps ?? map.steps), kode: sop.kode.value, draft: false, sop }));
  });
}

/** The identity sheet's labels (PermenPANRB 35/2012), as printed. */
export const IDENTITY_LABELS = [
  'NOMOR SOP',
  'TANGGAL PEMBUATAN',
  'TANGGAL REVISI',
  'TANGGAL EFEKTIF',
  'DISAHKAN OLEH',
  'NAMA SOP',
  'DASAR HUKUM:',
  'KUALIFIKASI PELAKSANA:',
  'KETERKAITAN:',
  'PERALATAN/PERLENGKAPAN:',
  'PERINGATAN:',
  'PENCATATAN DAN PENDATAAN:',
];

/** Text without white space: a text wrapped over lines (or cells' lines) still reads whole. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/**
 * What a printed SOP's text (in content order, as `pdftotext -raw` reads it) lacks of `facts`:
 * the identity labels, each lane's header, each step's number and name together (its row), its
 * Waktu between its Kelengkapan and its Output (the Mutu Baku cells of its row), and its branch
 * labels unless the flow is a picture (`flowAsText` false: a DOCX).
 */
export function missingFromSop(text: string, facts: SopFacts, flowAsText = true): string[] {
  const all = squeeze(text);
  const want = [
    ...IDENTITY_LABELS,
    ...facts.lanes,
    ...facts.steps.flatMap((s) => [
      ...(s.nama !== undefined ? [`${s.number} ${s.nama}`] : []),
      ...(s.waktu !== '' ? [`${s.masukan} ${s.waktu} ${s.keluaran}`] : []),
      ...(flowAsText ? s.cabang : []),
    ]),
  ];
  return want.filter((t) => !all.includes(squeeze(t)));
}
