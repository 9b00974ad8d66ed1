import { codeKey } from '../code-grammar';
import type { FileFragment, ProcessDecl, Ref } from '../model';
import type { PpbWorkspace } from '../workspace';
import { currentFragment } from './current-fragment';

export type PpbSymbolKind = 'party' | 'code' | 'step' | 'target';

export interface PpbSymbol {
  readonly kind: PpbSymbolKind;
  /** party: the id; code: codeKey(code); step: `${codeKey(mapCode)}#${stepId}`; target: the code */
  readonly key: string;
  /** The text at the cursor (the id or code as written) and where it stands. */
  readonly ref: Ref;
  readonly role: 'declaration' | 'reference';
}

/** Where symbols are read from: one file's fragment, or the whole model's index laid out the same way. */
export type SymbolSource = Pick<FileFragment, 'parties' | 'processes' | 'maps' | 'relations' | 'targets'>;

/** Step ids are scoped to their map. */
export function stepKey(mapCode: string, stepId: string): string {
  return `${codeKey(mapCode)}#${stepId}`;
}

/** The key of a step symbol's map: its key without `#id` (codes and ids may hold `#` as written). */
export function mapKeyOf(step: Pick<PpbSymbol, 'key' | 'ref'>): string {
  return step.key.slice(0, step.key.length - step.ref.value.length - 1);
}

/** Every declaration and use of an id or code in a source, in no particular order. */
export function symbolsIn(source: SymbolSource): PpbSymbol[] {
  const out: PpbSymbol[] = [];
  const add = (kind: PpbSymbolKind, key: string, ref: Ref | undefined, role: PpbSymbol['role']): void => {
    if (ref) out.push({ kind, key, ref, role });
  };
  const party = (ref: Ref | undefined, role: PpbSymbol['role'] = 'reference'): void => add('party', ref?.value ?? '', ref, role);
  const code = (ref: Ref | undefined, role: PpbSymbol['role'] = 'reference'): void => add('code', ref ? codeKey(ref.value) : '', ref, role);

  for (const p of source.parties) {
    party(p.id, 'declaration');
    party(p.induk);
  }
  const walk = (p: ProcessDecl): void => {
    code(p.kode, 'declaration');
    [...p.pelaksana, ...p.pemasok, ...p.pelanggan].forEach((r) => party(r));
    p.lanjut.forEach((r) => code(r));
    for (const s of p.sasaran) add('target', s.value, s, 'reference');
    p.children.forEach(walk);
  };
  source.processes.forEach(walk);
  for (const m of source.maps) {
    code(m.kode, 'declaration');
    m.lanes?.forEach((r) => party(r));
    for (const s of m.steps) {
      if (s.id) add('step', stepKey(m.kode.value, s.id.value), s.id, 'declaration');
      party(s.pelaksana);
      for (const t of [...s.lanjut, ...s.cabang.map((b) => b.target)]) add('step', stepKey(m.kode.value, t.value), t, 'reference');
      code(s.peta);
    }
  }
  for (const r of source.relations) {
    party(r.dari);
    party(r.ke);
    code(r.proses);
  }
  for (const t of source.targets) add('target', t.kode.value, t.kode, 'declaration');
  return out;
}

/** One table per extracted text, sorted by position. */
const tables = new WeakMap<FileFragment, readonly PpbSymbol[]>();

function fileSymbols(ws: PpbWorkspace, uri: string): readonly PpbSymbol[] {
  const fragment = currentFragment(ws, uri);
  if (!fragment) return [];
  let table = tables.get(fragment);
  if (!table) {
    table = symbolsIn(fragment).sort((a, b) => a.ref.span.start - b.ref.span.start);
    tables.set(fragment, table);
  }
  return table;
}

/** What stands at the cursor: an id or code, where declared or used; the caret may touch its end. */
export function symbolAt(ws: PpbWorkspace, uri: string, offset: number): PpbSymbol | undefined {
  let touching: PpbSymbol | undefined;
  for (const s of fileSymbols(ws, uri)) {
    const { start, end } = s.ref.span;
    if (start > offset) break;
    if (offset < end) return s;
    if (offset === end) touching = s;
  }
  return touching;
}

/** The symbols of every file of the workspace that pass a test, file by file in order. */
export function findSymbols(ws: PpbWorkspace, test: (s: PpbSymbol) => boolean): PpbSymbol[] {
  return ws
    .uris()
    .sort()
    .flatMap((uri) => fileSymbols(ws, uri).filter(test));
}

/** Every declaration and use of a symbol in every file of the workspace, file by file in order. */
export function occurrences(ws: PpbWorkspace, symbol: Pick<PpbSymbol, 'kind' | 'key'>): readonly PpbSymbol[] {
  return findSymbols(ws, (s) => s.kind === symbol.kind && s.key === symbol.key);
}
