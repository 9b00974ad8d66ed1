import type { Localized } from '../localized';
import type { PartyDecl } from '../model';
import type { ModelIndex } from '../model-index';
import type { Reference } from '../reference-table';
import { escapeMarkdown, inlineCode } from './markdown';
import { declaredTimes, paragraphs, title, undeclared, type HoverWriter } from './hover-text';

const KIND = {
  unit: { id: 'Unit kerja', en: 'Unit' },
  party: { id: 'Pemangku kepentingan (pihak luar)', en: 'External party (stakeholder)' },
} as const;

/** `induk → induk → ...` up to the top, stopping where the chain loops or leaves the model. */
function parentChain(model: ModelIndex, w: HoverWriter, decl: PartyDecl): string | undefined {
  const chain: string[] = [];
  const seen = new Set([decl.id.value]);
  let next = decl.induk?.value;
  while (next !== undefined) {
    if (seen.has(next)) {
      chain.push(`${inlineCode(next)} ${w.say({ id: '(berputar)', en: '(loops)' })}`);
      break;
    }
    seen.add(next);
    const parent = model.parties.get(next)?.[0];
    chain.push(parent ? w.party(next) : `${inlineCode(next)} ${w.say({ id: '(tidak dikenal)', en: '(unknown)' })}`);
    next = parent?.induk?.value;
  }
  return chain.length > 0 ? `${w.say({ id: 'Induk', en: 'Parent' })}: ${chain.join(' → ')}` : undefined;
}

/** Where a unit or party performs: steps and lanes of maps, and sub-processes. */
function performs(model: ModelIndex, w: HoverWriter, id: string): string {
  const named = <R extends 'stepPerformer' | 'lane' | 'performer' | 'supplier' | 'customer'>(role: R): readonly Reference<R>[] =>
    model.references.naming([role], id);
  const steps = named('stepPerformer');
  const inMaps = new Set([...steps.map((r) => r.in.map), ...named('lane').map((r) => r.in)]);
  const maps = model.maps.filter((m) => inMaps.has(m));
  const codes = maps.map((m) => inlineCode(m.kode.value));
  const where =
    maps.length === 0
      ? w.say({ id: 'Belum menjadi pelaksana di peta lintas fungsi mana pun.', en: 'Performs in no cross-functional map yet.' })
      : `${w.say({ id: `Pelaksana ${steps.length} langkah di ${maps.length} peta`, en: `Performs ${steps.length} step${steps.length === 1 ? '' : 's'} in ${maps.length} map${maps.length === 1 ? '' : 's'}` })}: ${w.inline(codes)}`;
  const lines = [where];
  const roles: { label: Localized; role: 'performer' | 'supplier' | 'customer' }[] = [
    { label: { id: 'Pelaksana sub proses', en: 'Performs sub-processes' }, role: 'performer' },
    { label: { id: 'Pemasok bagi', en: 'Supplies' }, role: 'supplier' },
    { label: { id: 'Pelanggan dari', en: 'Receives from' }, role: 'customer' },
  ];
  for (const { label, role } of roles) {
    const processes = new Set(named(role).map((r) => r.in));
    const codesOf = model.processes.filter((p) => processes.has(p)).map((p) => inlineCode(p.kode.value));
    if (codesOf.length > 0) lines.push(`${w.say(label)}: ${w.inline(codesOf)}`);
  }
  return lines.join('  \n');
}

/** Hover of a unit or party id: its full name, its parent chain and where it performs. */
export function describeParty(model: ModelIndex, w: HoverWriter, id: string): string {
  const decls = model.parties.get(id) ?? [];
  const decl = decls[0];
  if (!decl) {
    return undeclared(w, id, {
      id: 'Unit atau pihak ini belum dideklarasikan di `unit` atau `pemangku_kepentingan`.',
      en: 'This unit or party is not declared under `unit` or `pemangku_kepentingan`.',
    });
  }
  const kind = w.say(KIND[decl.kind]);
  const short =
    decl.singkatan !== undefined && decl.singkatan !== decl.nama
      ? ` · ${w.say({ id: 'singkatan', en: 'short name' })}: ${escapeMarkdown(decl.singkatan)}`
      : '';
  return paragraphs([
    title(id, decl.nama),
    `${kind}${short}`,
    parentChain(model, w, decl),
    performs(model, w, id),
    declaredTimes(w, decls.length),
  ]);
}
