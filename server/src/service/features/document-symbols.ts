import { mapParentKey, parseCode } from '../code-grammar';
import type { Span } from '../diagnostic';
import { pick, type Lang } from '../localized';
import type { MapDecl, PartyDecl, ProcessDecl, Ref, StepDecl } from '../model';
import type { PpbWorkspace } from '../workspace';
import { isNode } from 'yaml';
import { itemsOf, pairOf, spanOf, textOf, valueOf } from '../yaml-nodes';
import { currentFragment } from './current-fragment';
import { STEP_KIND_NAMES } from './describe-step';

export type PpbOutlineKind = 'instansi' | 'unit' | 'party' | 'goal' | 'target' | 'process' | 'map' | 'step' | 'sop';

export interface PpbOutlineItem {
  readonly kind: PpbOutlineKind;
  /** What the outline shows: the id or code (a step without id: its name or kind). */
  readonly name: string;
  readonly detail: string | undefined;
  /** The id or code, and the name, as written: what a symbol search matches. */
  readonly key: string | undefined;
  readonly nama: string | undefined;
  /** The item's whole extent, and its id or code within it. */
  readonly range: Span;
  readonly selection: Span;
  readonly children: PpbOutlineItem[];
}

/** An outline range must hold its selection, even in a half-written file. */
function item(
  kind: PpbOutlineKind,
  key: Ref | undefined,
  nama: string | undefined,
  range: Span,
  selection: Span,
  detail = nama,
): PpbOutlineItem {
  const name = (key?.value ?? nama ?? '').trim() || '?';
  const holding = { uri: range.uri, start: Math.min(range.start, selection.start), end: Math.max(range.end, selection.end) };
  return { kind, name, detail: detail?.trim() || undefined, key: key?.value, nama, range: holding, selection, children: [] };
}

/** Units and parties nested by `induk` where the parent is in the same file; a loop is cut at the top. */
function organisation(parties: readonly PartyDecl[]): PpbOutlineItem[] {
  const firstOf = new Map<string, PartyDecl>();
  for (const p of parties) if (!firstOf.has(p.id.value)) firstOf.set(p.id.value, p);
  const loops = (p: PartyDecl): boolean => {
    const seen = new Set<string>([p.id.value]);
    for (let up = p.induk?.value; up !== undefined && firstOf.has(up); up = firstOf.get(up)?.induk?.value) {
      if (seen.has(up)) return true;
      seen.add(up);
    }
    return false;
  };
  const nodes = new Map(parties.map((p) => [p, item(p.kind, p.id, p.nama, p.extent, p.id.span)] as const));
  const roots: PpbOutlineItem[] = [];
  for (const [p, node] of nodes) {
    const parent = p.induk ? firstOf.get(p.induk.value) : undefined;
    const parentNode = parent && parent !== p && !loops(p) ? nodes.get(parent) : undefined;
    (parentNode ? parentNode.children : roots).push(node);
  }
  return roots;
}

function stepItem(step: StepDecl, lang: Lang): PpbOutlineItem {
  const label = step.nama ?? step.id?.value ?? (step.jenis ? pick(STEP_KIND_NAMES[step.jenis], lang) : '?');
  const performers = step.pelaksana.length > 0 ? step.pelaksana.map((p) => p.value).join(' + ') : undefined;
  const detail = [step.nama !== undefined ? step.id?.value : undefined, performers].filter((x) => x !== undefined).join(' · ');
  const named = item('step', undefined, label, step.extent, step.id?.span ?? step.anchor, detail);
  return { ...named, key: step.id?.value, nama: step.nama };
}

function mapItem(m: MapDecl, lang: Lang): PpbOutlineItem {
  const node = item('map', m.kode, m.nama, m.extent, m.kode.span);
  node.children.push(...m.steps.map((s) => stepItem(s, lang)));
  for (const s of m.sop) {
    const sop = item('sop', s.kode, s.nama, s.extent, s.kode.span);
    sop.children.push(...(s.steps ?? []).map((step) => stepItem(step, lang)));
    node.children.push(sop);
  }
  return node;
}

/** Processes nested by `sub_proses`; each map under its process when that process is in this file. */
function processes(list: readonly ProcessDecl[], maps: readonly MapDecl[], lang: Lang): PpbOutlineItem[] {
  const byKey = new Map<string, PpbOutlineItem>();
  const walk = (p: ProcessDecl): PpbOutlineItem => {
    const node = item('process', p.kode, p.nama, p.extent, p.kode.span);
    const key = p.kode.key;
    if (!byKey.has(key)) byKey.set(key, node);
    node.children.push(...p.children.map(walk));
    return node;
  };
  const roots = list.map(walk);
  for (const m of maps) {
    const parentKey = mapParentKey(parseCode(m.kode.value));
    const parent = parentKey === undefined ? undefined : byKey.get(parentKey);
    (parent ? parent.children : roots).push(mapItem(m, lang));
  }
  return roots;
}

/** `tujuan` and their `sasaran`, read from the file's nodes (the model keeps codes, not extents). */
function goals(uri: string, root: unknown): PpbOutlineItem[] {
  const refOf = (node: unknown): Ref | undefined => {
    const kode = valueOf(node, 'kode');
    const value = textOf(kode);
    return value === undefined ? undefined : { value, span: spanOf(uri, kode) };
  };
  const out: PpbOutlineItem[] = [];
  for (const goal of itemsOf(valueOf(root, 'tujuan'))) {
    const kode = refOf(goal);
    if (!kode) continue;
    const node = item('goal', kode, textOf(valueOf(goal, 'nama')), isNode(goal) ? spanOf(uri, goal) : kode.span, kode.span);
    for (const target of itemsOf(valueOf(goal, 'sasaran'))) {
      const k = refOf(target);
      if (k) node.children.push(item('target', k, textOf(valueOf(target, 'nama')), isNode(target) ? spanOf(uri, target) : k.span, k.span));
    }
    out.push(node);
  }
  return out;
}

/** A block node's range runs on to the next line; an outline item ends with its last character. */
function trimmed(text: string, i: PpbOutlineItem): PpbOutlineItem {
  let end = i.range.end;
  while (end > i.selection.end && /\s/.test(text[end - 1] ?? '')) end--;
  return { ...i, range: { ...i.range, end }, children: i.children.map((c) => trimmed(text, c)) };
}

/** The outline of one file, in its current text: what a half-written file still holds is shown. */
export function documentSymbols(ws: PpbWorkspace, uri: string, lang: Lang): PpbOutlineItem[] {
  const fragment = currentFragment(ws, uri);
  const root = ws.parsed(uri)?.doc?.contents;
  if (!fragment) return [];
  const out: PpbOutlineItem[] = [];
  const instansi = pairOf(root, 'instansi');
  if (instansi && isNode(instansi.key)) {
    const keySpan = spanOf(uri, instansi.key);
    const kode = textOf(valueOf(instansi.value, 'kode')) ?? 'instansi';
    const range = { uri, start: keySpan.start, end: spanOf(uri, instansi.value, keySpan).end };
    out.push(item('instansi', { value: kode, span: keySpan }, textOf(valueOf(instansi.value, 'nama')), range, keySpan));
  }
  out.push(...organisation(fragment.parties), ...goals(uri, root), ...processes(fragment.processes, fragment.maps, lang));
  const text = ws.parsed(uri)?.text ?? '';
  return out.map((i) => trimmed(text, i));
}
