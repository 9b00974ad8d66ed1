import { isMap, isScalar, type Node } from 'yaml';
import { codeKey } from './code-grammar';
import type { Span } from './diagnostic';
import type { ParsedFile } from './parse';
import {
  STEP_KINDS,
  type Branch,
  type CodeRef,
  type FileFragment,
  type InstansiDecl,
  type MapDecl,
  type PartyDecl,
  type PartyKind,
  type ProcessDecl,
  type Procedure,
  type Ref,
  type RelationDecl,
  type SopDecl,
  type StepDecl,
  type StepKind,
  type TargetDecl,
} from './model';
import { referencesIn } from './reference-table';
import { entriesOf, hasContent, itemsOf, spanOf, textOf, valueOf } from './yaml-nodes';

/**
 * Reads what a file contributes to the model from its YAML nodes. It takes only what has the
 * right shape and skips the rest: the schema reports shapes, the rules report meaning.
 */
export function extractFragment(parsed: ParsedFile): FileFragment {
  const uri = parsed.uri;
  const root = parsed.doc?.contents;
  const ref = (node: unknown): Ref | undefined => {
    const value = textOf(node);
    return value === undefined ? undefined : { value, span: spanOf(uri, node as Node) };
  };
  const refs = (node: unknown, allowSingle = false): Ref[] =>
    itemsOf(node, allowSingle).flatMap((n) => {
      const r = ref(n);
      return r ? [r] : [];
    });
  // A code's key is worked out once, here: the index, the rules and the features compare keys.
  const code = (node: unknown): CodeRef | undefined => {
    const value = textOf(node);
    return value === undefined ? undefined : { value, span: spanOf(uri, node as Node), key: codeKey(value) };
  };
  const codes = (node: unknown): CodeRef[] =>
    itemsOf(node, true).flatMap((n) => {
      const c = code(n);
      return c ? [c] : [];
    });

  const instansi: InstansiDecl[] = [];
  const parties: PartyDecl[] = [];
  const processes: ProcessDecl[] = [];
  const maps: MapDecl[] = [];
  const relations: RelationDecl[] = [];
  const targets: TargetDecl[] = [];

  const readParties = (node: unknown, kind: PartyKind): void => {
    for (const { pair } of entriesOf(node)) {
      const id = ref(pair.key);
      if (!id) continue;
      parties.push({
        kind,
        id,
        extent: { uri, start: id.span.start, end: spanOf(uri, pair.value, id.span).end },
        nama: textOf(valueOf(pair.value, 'nama')),
        singkatan: textOf(valueOf(pair.value, 'singkatan')),
        induk: ref(valueOf(pair.value, 'induk')),
      });
    }
  };

  const readProcess = (node: unknown, level: number, parent: ProcessDecl | undefined): ProcessDecl | undefined => {
    const kode = code(valueOf(node, 'kode'));
    if (!kode || !isMap(node)) return undefined;
    const children: ProcessDecl[] = [];
    const decl: ProcessDecl = {
      kode,
      extent: spanOf(uri, node),
      nama: textOf(valueOf(node, 'nama')),
      kategori: textOf(valueOf(node, 'kategori')),
      level,
      parent,
      children,
      pelaksana: refs(valueOf(node, 'pelaksana')),
      pemasok: refs(valueOf(node, 'pemasok')),
      pelanggan: refs(valueOf(node, 'pelanggan')),
      sasaran: refs(valueOf(node, 'sasaran')),
      lanjut: codes(valueOf(node, 'lanjut')),
      alur: textOf(valueOf(node, 'alur')),
      hasMasukan: hasContent(valueOf(node, 'masukan')),
      hasKeluaran: hasContent(valueOf(node, 'keluaran')),
      masukan: refs(valueOf(node, 'masukan'), true).map((r) => r.value),
      keluaran: refs(valueOf(node, 'keluaran'), true).map((r) => r.value),
    };
    for (const child of itemsOf(valueOf(node, 'sub_proses'))) {
      const c = readProcess(child, level + 1, decl);
      if (c) children.push(c);
    }
    return decl;
  };

  const readStep = (node: unknown, index: number): StepDecl | undefined => {
    if (!isMap(node)) return undefined;
    const jenisNode = valueOf(node, 'jenis');
    const jenisText = textOf(jenisNode);
    const jenis: StepKind | undefined =
      jenisText === undefined ? (jenisNode == null ? 'aktivitas' : undefined) : STEP_KINDS.find((k) => k === jenisText);
    const id = ref(valueOf(node, 'id'));
    const namaNode = valueOf(node, 'nama');
    const cabang: Branch[] = [];
    for (const { key, pair } of entriesOf(valueOf(node, 'cabang'))) {
      const target = ref(pair.value);
      if (target) cabang.push({ label: key, target });
    }
    const firstPair = node.items[0];
    const anchorNode = id ? valueOf(node, 'id') : isScalar(namaNode) ? namaNode : (jenisNode ?? firstPair?.key ?? node);
    return {
      index,
      extent: spanOf(uri, node),
      id,
      jenis,
      nama: textOf(namaNode),
      pelaksana: refs(valueOf(node, 'pelaksana'), true),
      hasKeluaran: hasContent(valueOf(node, 'keluaran')),
      hasWaktu: hasContent(valueOf(node, 'waktu')),
      masukan: refs(valueOf(node, 'masukan'), true).map((r) => r.value),
      keluaran: refs(valueOf(node, 'keluaran'), true).map((r) => r.value),
      waktu: textOf(valueOf(node, 'waktu')),
      keterangan: textOf(valueOf(node, 'keterangan')),
      lanjut: refs(valueOf(node, 'lanjut'), true),
      cabang,
      peta: code(valueOf(node, 'peta')),
      anchor: spanOf(uri, anchorNode as Node),
    };
  };

  const texts = (node: unknown): string[] => refs(node, true).map((r) => r.value);
  const readSteps = (node: unknown): StepDecl[] => {
    const steps: StepDecl[] = [];
    itemsOf(node).forEach((item, i) => {
      const s = readStep(item, i);
      if (s) steps.push(s);
    });
    return steps;
  };
  const readSop = (node: unknown, map: MapDecl): SopDecl | undefined => {
    const kode = code(valueOf(node, 'kode'));
    if (!kode) return undefined;
    return {
      kode,
      extent: spanOf(uri, node as Node),
      map,
      nama: textOf(valueOf(node, 'nama')),
      nomor: textOf(valueOf(node, 'nomor')),
      tanggalPembuatan: ref(valueOf(node, 'tanggal_pembuatan')),
      tanggalRevisi: ref(valueOf(node, 'tanggal_revisi')),
      tanggalEfektif: ref(valueOf(node, 'tanggal_efektif')),
      disahkanOleh: ref(valueOf(node, 'disahkan_oleh')),
      keterkaitan: refs(valueOf(node, 'keterkaitan'), true),
      dasarHukum: texts(valueOf(node, 'dasar_hukum')),
      kualifikasiPelaksana: texts(valueOf(node, 'kualifikasi_pelaksana')),
      peralatan: texts(valueOf(node, 'peralatan')),
      peringatan: texts(valueOf(node, 'peringatan')),
      pencatatan: texts(valueOf(node, 'pencatatan')),
      steps: valueOf(node, 'langkah') == null ? undefined : readSteps(valueOf(node, 'langkah')),
    };
  };

  const readMap = (node: unknown): MapDecl | undefined => {
    const kode = code(valueOf(node, 'kode'));
    if (!kode) return undefined;
    const lanesNode = valueOf(node, 'pelaksana');
    const steps = readSteps(valueOf(node, 'langkah'));
    const sop: SopDecl[] = [];
    const map: MapDecl = {
      kode,
      extent: spanOf(uri, node as Node),
      nama: textOf(valueOf(node, 'nama')),
      lanes: lanesNode == null ? undefined : refs(lanesNode),
      steps,
      sop,
    };
    for (const item of itemsOf(valueOf(node, 'sop'))) {
      const s = readSop(item, map);
      if (s) sop.push(s);
    }
    return map;
  };

  let firstKey: Span | undefined;
  for (const { key, pair } of entriesOf(root)) {
    firstKey ??= spanOf(uri, pair.key);
    const value = pair.value;
    switch (key) {
      case 'instansi':
        instansi.push({ key: spanOf(uri, pair.key), kode: ref(valueOf(value, 'kode')), nama: textOf(valueOf(value, 'nama')) });
        break;
      case 'unit':
        readParties(value, 'unit');
        break;
      case 'pemangku_kepentingan':
        readParties(value, 'party');
        break;
      case 'tujuan':
        for (const goal of itemsOf(value)) {
          const kode = ref(valueOf(goal, 'kode'));
          if (kode) targets.push({ kind: 'tujuan', kode, nama: textOf(valueOf(goal, 'nama')) });
          for (const target of itemsOf(valueOf(goal, 'sasaran'))) {
            const k = ref(valueOf(target, 'kode'));
            if (k) targets.push({ kind: 'sasaran', kode: k, nama: textOf(valueOf(target, 'nama')) });
          }
        }
        break;
      case 'proses':
        for (const item of itemsOf(value)) {
          const p = readProcess(item, 0, undefined);
          if (p) processes.push(p);
        }
        break;
      case 'peta_lintas_fungsi':
        for (const item of itemsOf(value)) {
          const m = readMap(item);
          if (m) maps.push(m);
        }
        break;
      case 'relasi':
        for (const item of itemsOf(value)) {
          if (!isMap(item)) continue;
          relations.push({
            dari: ref(valueOf(item, 'dari')),
            ke: ref(valueOf(item, 'ke')),
            hal: textOf(valueOf(item, 'hal')),
            proses: code(valueOf(item, 'proses')),
          });
        }
        break;
      default:
        break; // unknown keys are the schema's to report
    }
  }
  const procedures = proceduresOf(maps);
  const references = referencesIn({ parties, processes, maps, procedures, relations, targets });
  return { uri, instansi, parties, processes, maps, procedures, relations, targets, firstKey, references };
}

/** The maps' steps, then the steps each SOP writes of its own. */
function proceduresOf(maps: readonly MapDecl[]): Procedure[] {
  const out: Procedure[] = maps.map((map) => ({ kode: map.kode, steps: map.steps, map, sop: undefined }));
  for (const map of maps) for (const sop of map.sop) if (sop.steps) out.push({ kode: sop.kode, steps: sop.steps, map, sop });
  return out;
}
