import type { DiagramSummary } from '../../protocol/diagram';
import { longDate } from '../calendar-date';
import type { ProcessDecl, Ref } from '../model';
import type { TextFacts } from './default-text';
import type { DocumentFacts, UnitNode } from './document-facts';
import type { Block, Chapter, DocumentOutline, Signature, TableCell, TocEntry } from './outline';
import type { SectionId } from './sections';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const KATEGORI: Record<string, string> = { utama: 'Utama', manajemen: 'Manajemen', pendukung: 'Pendukung' };

/** `Kabupaten Grobogan` from `Pemerintah Kabupaten Grobogan`: the region a local body's name is said with. */
function regionOf(induk: string): string {
  const m = /^pemerintah\s+(.+)$/i.exec(induk);
  return m?.[1]?.trim() ?? '';
}

/** The unit that looks after business processes: the secretariat or general affairs, by its name. */
function tataLaksanaOf(units: readonly UnitNode[]): string {
  const all: UnitNode[] = [];
  const walk = (n: UnitNode): void => {
    all.push(n);
    n.children.forEach(walk);
  };
  units.forEach(walk);
  const found = all.find((n) =>
    /^(sekretariat|bagian (umum|organisasi|tata laksana)|(sub)?bagian tata usaha|tata usaha)/i.test(n.unit.nama ?? ''),
  );
  return found?.unit.nama ?? 'unit organisasi yang membidangi ketatalaksanaan';
}

function textFacts(f: DocumentFacts, summaries: readonly DiagramSummary<unknown>[]): TextFacts {
  const i = f.instansi;
  const region = regionOf(i.induk);
  const nama = i.nama || 'Instansi';
  const count = (k: string): number => f.level0.filter((p) => p.kategori === k).length;
  return {
    nama,
    lengkap: region && !nama.toLowerCase().includes(region.toLowerCase()) ? `${nama} ${region}` : nama,
    periode: i.periode,
    tataLaksana: tataLaksanaOf(f.units),
    pimpinan: i.pimpinan.jabatan,
    tugas: i.tugas,
    fungsi: i.fungsi,
    dasarHukum: i.dasarHukum,
    counts: {
      utama: count('utama'),
      manajemen: count('manajemen'),
      pendukung: count('pendukung'),
      subProses: f.model.processes.filter((p) => p.level > 0).length,
      level1: summaries.filter((s) => s.kind === 'level1').length,
      lintasFungsi: summaries.filter((s) => s.kind === 'cfm').length,
      relasi: f.model.relations.length,
    },
  };
}

function unitRows(units: readonly UnitNode[]): TableCell[][] {
  const rows: TableCell[][] = [];
  const walk = (n: UnitNode, number: string, depth: number): void => {
    rows.push([
      { text: number },
      { text: n.unit.nama ?? n.unit.id.value, indent: depth, bold: depth === 0 },
      { text: n.unit.singkatan ?? '' },
    ]);
    n.children.forEach((c, k) => walk(c, `${number}.${k + 1}`, depth + 1));
  };
  units.forEach((n, k) => walk(n, String(k + 1), 0));
  return rows;
}

function goalRows(f: DocumentFacts): TableCell[][] {
  return f.goals.flatMap((g) => [
    [{ text: g.kode }, { text: `Tujuan: ${g.nama}`, bold: true }],
    ...g.sasaran.map((s) => [{ text: s.kode }, { text: `Sasaran: ${s.nama}`, indent: 1 }]),
  ]);
}

/** Every process, each followed by its sub-processes, as written. */
function processesInOrder(level0: readonly ProcessDecl[]): { p: ProcessDecl; top: ProcessDecl }[] {
  const out: { p: ProcessDecl; top: ProcessDecl }[] = [];
  const walk = (p: ProcessDecl, top: ProcessDecl): void => {
    out.push({ p, top });
    p.children.forEach((c) => walk(c, top));
  };
  level0.forEach((p) => walk(p, p));
  return out;
}

/** The document's words, before any replaced by the agency's: the standard text and the generated parts. */
export interface SectionTexts {
  text(id: Exclude<SectionId, 'kata-pengantar'>): Block[];
  readonly foreword: readonly Block[] | undefined;
}

interface Figures {
  /** Figures of one kind, numbered on from the last. */
  of(kind: DiagramSummary<unknown>['kind']): Block[];
  /** `Gambar n` of a diagram, once numbered. */
  numberOf(id: string): number | undefined;
}

function figures(summaries: readonly DiagramSummary<unknown>[], nama: string): Figures {
  const numbers = new Map<string, number>();
  const caption = (s: DiagramSummary<unknown>): string => {
    if (s.kind === 'level0') return `Peta Proses (Level 0) ${nama}`;
    if (s.kind === 'relasi') return `Peta Relasi ${nama}`;
    return `${s.code ?? s.id} ${s.title}`;
  };
  return {
    of: (kind) =>
      summaries
        .filter((s) => s.kind === kind)
        .map((s) => {
          const number = numbers.size + 1;
          numbers.set(s.id, number);
          return { kind: 'figure', diagramId: s.id, number, caption: `Gambar ${number}. ${caption(s)}`, id: `gambar-${number}` };
        }),
    numberOf: (id) => numbers.get(id),
  };
}

function signatureOf(f: DocumentFacts): Signature {
  const { pengesahan, pimpinan } = f.instansi;
  const date = pengesahan.tanggal ? longDate(pengesahan.tanggal, 'id') : '';
  const placeAndDate = [pengesahan.tempat, date].filter((x) => x !== '').join(', ');
  return {
    placeAndDate: placeAndDate || '……………………, ……………………',
    position: pimpinan.jabatan.toUpperCase(),
    name: pimpinan.nama,
    nip: pimpinan.nip ? `NIP. ${pimpinan.nip}` : '',
  };
}

/**
 * The document: cover, foreword when written, BAB I–V with the maps in BAB IV and the signature
 * closing BAB V, and the table of contents. `texts` gives each section's words.
 */
export function buildOutline(
  f: DocumentFacts,
  summaries: readonly DiagramSummary<unknown>[],
  texts: (facts: TextFacts) => SectionTexts,
  draft: boolean,
): DocumentOutline {
  const tf = textFacts(f, summaries);
  const t = texts(tf);
  const names = (refs: readonly Ref[]): string => refs.map((r) => f.model.parties.get(r.value)?.[0]?.nama ?? r.value).join(', ') || '-';
  const fig = figures(summaries, tf.nama);
  const toc: TocEntry[] = [];

  type Section = { readonly title: string; readonly blocks: readonly Block[] };
  const section = (title: string, ...parts: (readonly Block[])[]): Section => ({ title, blocks: parts.flat() });
  const chapter = (n: number, title: string, sections: readonly (Section | undefined)[], tail: readonly Block[] = []): Chapter => {
    const id = `bab-${n}`;
    const number = `BAB ${ROMAN[n - 1] ?? String(n)}`;
    toc.push({ id, text: `${number} ${title}`, level: 1 });
    const blocks: Block[] = [];
    sections
      .filter((s): s is Section => s !== undefined)
      .forEach((s, k) => {
        const text = `${LETTERS[k] ?? ''}. ${s.title}`;
        const sid = `${id}-${(LETTERS[k] ?? String(k)).toLowerCase()}`;
        toc.push({ id: sid, text, level: 2 });
        blocks.push({ kind: 'heading', level: 2, text, id: sid });
        for (const b of s.blocks) {
          blocks.push(b);
          if (b.kind === 'figure') toc.push({ id: b.id, text: b.caption, level: 3 });
        }
      });
    return { id, number, title, blocks: [...blocks, ...tail] };
  };
  const table = (header: string[], widths: number[], rows: TableCell[][]): Block[] =>
    rows.length === 0 ? [] : [{ kind: 'table', header, widths, rows }];
  const when = (written: boolean, s: Section): Section | undefined => (written ? s : undefined);

  const bab1 = chapter(1, 'PENDAHULUAN', [
    section('Latar Belakang', t.text('latar-belakang')),
    section('Maksud, Tujuan dan Manfaat', t.text('maksud-tujuan-manfaat')),
    section('Ruang Lingkup', t.text('ruang-lingkup')),
    ((b) => when(b.length > 0, section('Dasar Hukum', b)))(t.text('dasar-hukum')),
  ]);
  const bab2 = chapter(2, 'TUGAS, FUNGSI, SUSUNAN ORGANISASI, TUJUAN DAN SASARAN', [
    section('Tugas dan Fungsi', t.text('tugas-fungsi')),
    when(
      f.units.length > 0,
      section(
        'Susunan Organisasi',
        t.text('susunan-organisasi'),
        table(['No.', 'Unit Organisasi', 'Singkatan'], [1, 6, 2], unitRows(f.units)),
      ),
    ),
    when(
      f.goals.length > 0,
      section('Tujuan dan Sasaran', t.text('tujuan-sasaran'), table(['Kode', 'Tujuan dan Sasaran'], [1, 6], goalRows(f))),
    ),
  ]);
  const bab3 = chapter(3, 'PRINSIP DAN TAHAPAN PENYUSUNAN PETA PROSES BISNIS', [
    section('Prinsip Penyusunan', t.text('prinsip')),
    section('Tahapan Penyusunan', t.text('tahapan')),
  ]);
  const has = (kind: DiagramSummary<unknown>['kind']): boolean => summaries.some((s) => s.kind === kind);
  const sections4: (Section | undefined)[] = [
    when(has('level0'), section('Peta Proses (Level 0)', t.text('peta-proses'), fig.of('level0'))),
    when(has('level1'), section('Peta Sub Proses (Level 1)', t.text('peta-sub-proses'), fig.of('level1'))),
    when(has('relasi'), section('Peta Relasi', t.text('peta-relasi'), fig.of('relasi'))),
    when(has('cfm'), section('Peta Lintas Fungsi (Level n)', t.text('peta-lintas-fungsi'), fig.of('cfm'))),
  ];
  // The list of processes names each map by its figure: numbered above, so built last.
  const mapsOf = (p: ProcessDecl): string => {
    const own = [p.kode.value, ...(f.model.mapsByParent.get(p.kode.key).map((m) => m.kode.value) ?? [])];
    const shown = own
      .map((code) => summaries.find((s) => s.id === code))
      .filter((s) => s !== undefined)
      .map((s) => `${s.kind === 'cfm' ? (s.code ?? s.id) : 'Level 1'} (Gambar ${fig.numberOf(s.id) ?? '-'})`);
    return shown.join('; ') || '-';
  };
  const processRows = processesInOrder(f.level0).map(({ p, top }) => [
    { text: p.kode.value, bold: p.level === 0 },
    { text: p.nama ?? '', indent: p.level, bold: p.level === 0 },
    { text: KATEGORI[top.kategori ?? ''] ?? top.kategori ?? '' },
    { text: names(p.pelaksana) },
    { text: mapsOf(p) },
  ]);
  sections4.push(
    when(
      processRows.length > 0,
      section(
        'Daftar Proses Bisnis dan Peta',
        t.text('daftar-proses'),
        table(['Kode', 'Nama Proses', 'Kelompok', 'Pelaksana', 'Peta'], [3, 6, 2, 4, 4], processRows),
      ),
    ),
  );
  const bab4 = chapter(4, 'HASIL PENYUSUNAN PETA PROSES BISNIS', sections4);
  const bab5 = chapter(5, 'PENUTUP', [], [...t.text('penutup'), { kind: 'signature', signature: signatureOf(f) }]);

  const i = f.instansi;
  const region = regionOf(i.induk);
  const nama = i.nama || 'Instansi';
  return {
    title: `Peta Proses Bisnis ${tf.lengkap}${i.periode ? ` ${i.periode}` : ''}`,
    cover: {
      titleLines: [
        'PETA PROSES BISNIS',
        nama.toUpperCase(),
        ...(region && tf.lengkap !== nama ? [region.toUpperCase()] : []),
        ...(i.periode ? [`TAHUN ${i.periode}`] : []),
      ],
      induk: i.induk,
      instansi: tf.lengkap.toUpperCase(),
      alamat: i.alamat,
      logo: i.logo,
      nomor: i.pengesahan.nomor,
    },
    foreword: t.foreword,
    chapters: [bab1, bab2, bab3, bab4, bab5],
    toc,
    draft,
  };
}
