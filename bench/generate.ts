/**
 * Large valid PPB workspaces for the benchmark: a Kecamatan with `processes` Level 0 processes,
 * `subProcesses` sub-processes under each, `mapsPerSub` cross-functional maps under each
 * sub-process, and `stepsPerMap` steps in each map (mulai and selesai included). Pure: names
 * and texts in, no file system; the bench writes them out.
 */
export interface WorkspaceShape {
  readonly processes: number;
  readonly subProcesses: number;
  readonly mapsPerSub: number;
  readonly stepsPerMap: number;
}

/** The 500-map workspace the targets speak of; the bench scales `processes` for 2x, 4x, 8x. */
export const BASE_SHAPE: WorkspaceShape = { processes: 10, subProcesses: 10, mapsPerSub: 5, stepsPerMap: 10 };

export const PREFIX = 'KECBEN';

/** How many units the Kecamatan has; each map has three of them as lanes. */
const UNITS = 12;
/** Stakeholders: they supply and receive the Level 0 processes. */
const PARTIES = ['masyarakat', 'bupati', 'pemdes'] as const;
/** Codes have two-digit segments: at most 99 of anything under one parent. */
const MAX_SEGMENT = 99;

const nn = (n: number): string => String(n).padStart(2, '0');
const unitId = (n: number): string => `unit_${nn(n)}`;

export function mapCount(shape: WorkspaceShape): number {
  return shape.processes * shape.subProcesses * shape.mapsPerSub;
}

/** The shape with its Level 0 widened `factor` times (500 maps → 1000, 2000, 4000). */
export function scaled(shape: WorkspaceShape, factor: number): WorkspaceShape {
  return { ...shape, processes: shape.processes * factor };
}

function checkShape(shape: WorkspaceShape): void {
  for (const [name, value] of Object.entries(shape)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not ${value}`);
  }
  for (const name of ['processes', 'subProcesses', 'mapsPerSub'] as const) {
    if (shape[name] > MAX_SEGMENT) throw new Error(`${name} is at most ${MAX_SEGMENT} (two-digit code segments), not ${shape[name]}`);
  }
  if (shape.stepsPerMap < 3) throw new Error(`stepsPerMap is at least 3 (mulai, one activity, selesai), not ${shape.stepsPerMap}`);
}

function header(): string {
  const units = Array.from({ length: UNITS }, (_, i) => {
    const id = unitId(i + 1);
    const induk = i === 0 ? '' : `\n    induk: ${unitId(i < 4 ? 1 : 1 + (i % 3))}`;
    return `  ${id}:\n    nama: Unit Kerja ${nn(i + 1)}${induk}\n`;
  });
  const parties = PARTIES.map((p) => `  ${p}:\n    nama: Pihak ${p}\n`);
  return `instansi:
  kode: ${PREFIX}
  nama: Kecamatan Bench
  periode: 2021-2026
unit:
${units.join('')}pemangku_kepentingan:
${parties.join('')}tujuan:
  - kode: T1
    nama: Pelayanan yang cepat dan tepat
    sasaran:
      - kode: S1
        nama: Meningkatnya kualitas pelayanan umum
`;
}

function processYaml(shape: WorkspaceShape, p: number): string {
  const code = `${PREFIX}.${nn(p)}`;
  const kategori = p === 1 ? 'manajemen' : p === 2 ? 'pendukung' : 'utama';
  const subs = Array.from({ length: shape.subProcesses }, (_, i) => {
    const s = i + 1;
    const lanjut = s < shape.subProcesses ? `\n        lanjut: [${code}.${nn(s + 1)}]` : '';
    return `      - kode: ${code}.${nn(s)}
        nama: Sub proses ${nn(p)}.${nn(s)}
        pelaksana: [${unitId(1 + ((p + s) % UNITS))}]
        masukan: [Masukan ${nn(p)}.${nn(s)}]
        keluaran: [Keluaran ${nn(p)}.${nn(s)}]${lanjut}
`;
  });
  return `  - kode: ${code}
    nama: Proses bisnis ${nn(p)}
    kategori: ${kategori}
    sasaran: [S1]
    pemasok: [${PARTIES[p % PARTIES.length]}]
    masukan: [Permohonan ${nn(p)}]
    keluaran: [Layanan ${nn(p)}]
    pelanggan: [${PARTIES[(p + 1) % PARTIES.length]}]
    sub_proses:
${subs.join('')}`;
}

/** The code of map `m` under sub-process `s` of process `p`. */
export function mapCode(p: number, s: number, m: number): string {
  return `${PREFIX}.${nn(p)}.${nn(s)}.CFM.${nn(m)}`;
}

/**
 * One map: mulai, activities (one of them a decision that loops back when there is room),
 * selesai, over three lanes. The first map of each sub-process links on to the second.
 */
function mapYaml(shape: WorkspaceShape, p: number, s: number, m: number): string {
  const seed = (p * 31 + s * 7 + m) % UNITS;
  const lanes = [0, 1, 2].map((k) => unitId(1 + ((seed + k * 5) % UNITS)));
  const lane = (i: number): string => lanes[i % lanes.length] ?? lanes[0] ?? unitId(1);
  const middle = shape.stepsPerMap - 2;
  const decisionAt = middle >= 3 ? Math.floor(middle / 2) + 1 : -1;
  const steps = [`      - jenis: mulai\n        pelaksana: ${lane(0)}\n`];
  for (let i = 1; i <= middle; i++) {
    const id = `l${nn(i)}`;
    if (i === decisionAt) {
      steps.push(`      - id: ${id}
        jenis: keputusan
        nama: Berkas ${nn(i - 1)} lengkap?
        pelaksana: ${lane(i)}
        cabang:
          Ya: l${nn(i + 1)}
          Tidak: l${nn(i - 1)}
`);
      continue;
    }
    const peta = i === middle && m === 1 && shape.mapsPerSub > 1 ? `\n        peta: ${mapCode(p, s, 2)}` : '';
    steps.push(`      - id: ${id}
        nama: Mengerjakan tahap ${nn(i)} peta ${nn(p)}.${nn(s)}.${nn(m)}
        pelaksana: ${lane(i)}
        masukan: [Berkas ${nn(i - 1)}]
        keluaran: [Berkas ${nn(i)}]
        waktu: ${i} hari${peta}
`);
  }
  steps.push(`      - jenis: selesai\n        pelaksana: ${lane(0)}\n`);
  return `  - kode: ${mapCode(p, s, m)}
    nama: Peta lintas fungsi ${nn(p)}.${nn(s)}.${nn(m)}
    pelaksana: [${lanes.join(', ')}]
    langkah:
${steps.join('')}`;
}

/** Every (process, sub-process, map) of the shape, in code order. */
function* mapsOf(shape: WorkspaceShape): Generator<[number, number, number]> {
  for (let p = 1; p <= shape.processes; p++) {
    for (let s = 1; s <= shape.subProcesses; s++) {
      for (let m = 1; m <= shape.mapsPerSub; m++) yield [p, s, m];
    }
  }
}

/** The file of map (p, s, m) in the many-file layout. */
export function mapFileName(p: number, s: number, m: number): string {
  return `peta/${nn(p)}/${nn(p)}-${nn(s)}-cfm-${nn(m)}.ppb.yaml`;
}

/**
 * The workspace as one file per map, one file per Level 0 process (with its sub-processes), and
 * `instansi.ppb.yaml` for the organisation: relative path → text, in a stable order.
 */
export function generateWorkspace(shape: WorkspaceShape): Map<string, string> {
  checkShape(shape);
  const files = new Map<string, string>();
  files.set('instansi.ppb.yaml', `versi: 1\n${header()}`);
  for (let p = 1; p <= shape.processes; p++) files.set(`proses/${nn(p)}.ppb.yaml`, `versi: 1\nproses:\n${processYaml(shape, p)}`);
  for (const [p, s, m] of mapsOf(shape)) files.set(mapFileName(p, s, m), `versi: 1\npeta_lintas_fungsi:\n${mapYaml(shape, p, s, m)}`);
  return files;
}

/** The same model as one file. */
export function generateSingleFile(shape: WorkspaceShape): string {
  checkShape(shape);
  const processes = Array.from({ length: shape.processes }, (_, i) => processYaml(shape, i + 1));
  const maps = [...mapsOf(shape)].map(([p, s, m]) => mapYaml(shape, p, s, m));
  return `versi: 1\n${header()}proses:\n${processes.join('')}peta_lintas_fungsi:\n${maps.join('')}`;
}

/** The shape of the single file the side-by-side run edits: about 20,000 lines. */
export const SINGLE_FILE_SHAPE: WorkspaceShape = { processes: 6, subProcesses: 6, mapsPerSub: 10, stepsPerMap: 10 };
