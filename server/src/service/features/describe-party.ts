import type { MapDecl, PartyDecl, ProcessDecl, Ref } from '../model';
import type { Localized } from '../localized';
import type { ModelIndex } from '../model-index';
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
  let steps = 0;
  const maps: MapDecl[] = [];
  for (const m of model.maps) {
    const own = m.steps.filter((s) => s.pelaksana?.value === id).length;
    steps += own;
    if (own > 0 || m.lanes?.some((l) => l.value === id)) maps.push(m);
  }
  const codes = maps.map((m) => inlineCode(m.kode.value));
  const inMaps =
    maps.length === 0
      ? w.say({ id: 'Belum menjadi pelaksana di peta lintas fungsi mana pun.', en: 'Performs in no cross-functional map yet.' })
      : `${w.say({ id: `Pelaksana ${steps} langkah di ${maps.length} peta`, en: `Performs ${steps} step${steps === 1 ? '' : 's'} in ${maps.length} map${maps.length === 1 ? '' : 's'}` })}: ${w.inline(codes)}`;
  const lines = [inMaps];
  const roles: { label: Localized; of: (p: ProcessDecl) => readonly Ref[] }[] = [
    { label: { id: 'Pelaksana sub proses', en: 'Performs sub-processes' }, of: (p) => p.pelaksana },
    { label: { id: 'Pemasok bagi', en: 'Supplies' }, of: (p) => p.pemasok },
    { label: { id: 'Pelanggan dari', en: 'Receives from' }, of: (p) => p.pelanggan },
  ];
  for (const role of roles) {
    const codesOf = model.processes.filter((p) => role.of(p).some((r) => r.value === id)).map((p) => inlineCode(p.kode.value));
    if (codesOf.length > 0) lines.push(`${w.say(role.label)}: ${w.inline(codesOf)}`);
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
  const short = decl.singkatan !== undefined && decl.singkatan !== decl.nama ? ` · ${w.say({ id: 'singkatan', en: 'short name' })}: ${escapeMarkdown(decl.singkatan)}` : '';
  return paragraphs([
    title(id, decl.nama),
    `${kind}${short}`,
    parentChain(model, w, decl),
    performs(model, w, id),
    declaredTimes(w, decls.length),
  ]);
}
