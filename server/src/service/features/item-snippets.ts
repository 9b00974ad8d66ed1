import type { Lang, Localized } from '../localized';
import { enumValues, propertiesOf, titleOf, type SchemaNode } from '../schema-navigator';
import { SnippetLines } from './snippet';

/** What a new item's snippet may fill in from the model and the text around it. */
export interface SnippetEnv {
  /** The schema of the item (a process, a step, ...). */
  readonly schema: SchemaNode;
  /** The next free code, the default of a `kode` stop. */
  readonly nextCode: string | undefined;
  /** The lanes of the map a step is written in: the choices of its `pelaksana`. */
  readonly lanes: readonly string[];
  /** The ids of the steps of that map: the choices of a branch. */
  readonly stepIds: readonly string[];
  /** Whether that map already has its `mulai`. */
  readonly hasStart: boolean;
}

export interface ItemSnippet {
  readonly label: Localized;
  /** What it writes, when the item's own description does not say it (a kind of step). */
  readonly documentation?: Localized;
  readonly body: SnippetLines;
}

function property(schema: SchemaNode, key: string): SchemaNode | undefined {
  return propertiesOf(schema).find((p) => p.key === key)?.node;
}

/** The values of an enum property of the item, for a choice stop. */
function choices(schema: SchemaNode, key: string): string[] {
  const p = property(schema, key);
  return p ? enumValues(p, 'en').map((v) => v.value) : [];
}

/** The branch labels of the schema's first example of `cabang` (`Ya`, `Tidak`). */
function branchLabels(step: SchemaNode): string[] {
  const example = property(step, 'cabang')?.examples?.[0];
  return example !== null && typeof example === 'object' ? Object.keys(example) : [];
}

/**
 * A kind of step as the schema describes it, and its label (`activity step` / `langkah
 * aktivitas`) from the word that description starts with.
 */
function stepKind(step: SchemaNode, jenis: string): { label: Localized; documentation: Localized } {
  const node = property(step, 'jenis');
  const described = (lang: Lang): string =>
    (node ? enumValues(node, lang).find((v) => v.value === jenis)?.description : undefined) ?? jenis;
  const documentation = { id: described('id'), en: described('en') };
  const word = (lang: Lang): string => (documentation[lang].split(':')[0] ?? jenis).toLowerCase();
  return { label: { id: `langkah ${word('id')}`, en: `${word('en')} step` }, documentation };
}

function stepSnippets(env: SnippetEnv): ItemSnippet[] {
  const performer = (s: SnippetLines): string => `pelaksana: ${s.choice(env.lanes)}`;
  // A map without its start gets one first; every map needs exactly one (PPB301).
  const kinds = [...(env.hasStart ? [] : ['mulai']), 'aktivitas', 'keputusan', 'dokumen', 'penghubung', 'selesai'];
  return kinds.map((jenis) => {
    const s = new SnippetLines();
    if (jenis !== 'aktivitas') s.line(0, `jenis: ${jenis}`);
    if (jenis !== 'mulai' && jenis !== 'selesai') s.line(0, `nama: ${s.tab()}`);
    s.line(0, performer(s));
    if (jenis === 'aktivitas') s.line(0, `keluaran: [${s.tab()}]`);
    if (jenis === 'penghubung') s.line(0, `peta: ${s.tab()}`);
    if (jenis === 'keputusan') {
      s.line(0, 'cabang:');
      for (const label of branchLabels(env.schema)) s.line(2, `${label}: ${s.choice(env.stepIds)}`);
    }
    return { ...stepKind(env.schema, jenis), body: s };
  });
}

/** The keys a definition requires, each with a stop: the snippet of an item we have no better one for. */
function requiredSnippet(schema: SchemaNode, label: Localized): ItemSnippet[] {
  const s = new SnippetLines();
  for (const key of schema.required ?? []) s.line(0, `${key}: ${s.tab()}`);
  return s.isEmpty ? [] : [{ label, body: s }];
}

/**
 * Snippets of a new item of a list of `definition`s: a process, a sub-process, a map with its
 * start, one activity and its end, each kind of step, an SOP of a map, a relation, a goal with a target. The
 * first stop is what the author types first: the code of a process or map, the name of a step.
 */
export function itemSnippets(definition: string, env: SnippetEnv): ItemSnippet[] {
  const s = new SnippetLines();
  switch (definition) {
    case 'prosesLevel0':
      s.line(0, `kode: ${s.tab(env.nextCode)}`)
        .line(0, `nama: ${s.tab()}`)
        .line(0, `kategori: ${s.choice(choices(env.schema, 'kategori'))}`);
      s.line(0, `masukan: [${s.tab()}]`).line(0, `keluaran: [${s.tab()}]`);
      return [{ label: { id: 'proses baru (Level 0)', en: 'new process (Level 0)' }, body: s }];
    case 'subProses':
      s.line(0, `kode: ${s.tab(env.nextCode)}`)
        .line(0, `nama: ${s.tab()}`)
        .line(0, `pelaksana: [${s.tab()}]`);
      s.line(0, `masukan: [${s.tab()}]`).line(0, `keluaran: [${s.tab()}]`);
      return [{ label: { id: 'sub proses baru', en: 'new sub-process' }, body: s }];
    case 'peta':
      s.line(0, `kode: ${s.tab(env.nextCode)}`)
        .line(0, `nama: ${s.tab()}`)
        .line(0, `pelaksana: [${s.tab()}]`)
        .line(0, 'langkah:');
      s.line(2, '- jenis: mulai').line(4, `pelaksana: ${s.tab()}`);
      s.line(2, `- nama: ${s.tab()}`).line(4, `pelaksana: ${s.tab()}`).line(4, `keluaran: [${s.tab()}]`);
      s.line(2, '- jenis: selesai').line(4, `pelaksana: ${s.tab()}`);
      return [{ label: { id: 'peta lintas fungsi baru', en: 'new cross-functional map' }, body: s }];
    case 'langkah':
      return stepSnippets(env);
    case 'sop':
      s.line(0, `kode: ${s.tab(env.nextCode)}`)
        .line(0, `nama: ${s.tab()}`)
        .line(0, `tanggal_pembuatan: ${s.tab()}`)
        .line(0, `tanggal_efektif: ${s.tab()}`)
        .line(0, 'dasar_hukum:')
        .line(2, `- ${s.tab()}`);
      return [{ label: { id: 'SOP baru dari peta ini', en: 'new SOP of this map' }, body: s }];
    case 'relasi':
      s.line(0, `dari: ${s.tab()}`).line(0, `ke: ${s.tab()}`).line(0, `hal: ${s.tab()}`);
      return [{ label: { id: 'relasi baru', en: 'new relation' }, body: s }];
    case 'tujuan':
      s.line(0, `kode: ${s.tab()}`)
        .line(0, `nama: ${s.tab()}`)
        .line(0, 'sasaran:')
        .line(2, `- kode: ${s.tab()}`)
        .line(4, `nama: ${s.tab()}`);
      return [{ label: { id: 'tujuan baru dengan sasarannya', en: 'new goal with its target' }, body: s }];
    default: {
      const title = titleOf(env.schema);
      return requiredSnippet(
        env.schema,
        title ? { id: `${title.id} baru`, en: `new ${title.en.toLowerCase()}` } : { id: 'butir baru', en: 'new item' },
      );
    }
  }
}

/** A new entry of a mapping of ids (`unit`, `pemangku_kepentingan`): its id, then its required keys. */
export function entrySnippet(entry: SchemaNode, id?: string): SnippetLines {
  const s = new SnippetLines();
  s.line(0, `${id ?? s.tab('id')}:`);
  for (const key of entry.required ?? []) s.line(2, `${key}: ${s.tab()}`);
  return s;
}
