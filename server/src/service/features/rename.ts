import { codeKey, parseCode } from '../code-grammar';
import type { Span } from '../diagnostic';
import type { Localized } from '../localized';
import type { Ref } from '../model';
import type { ModelIndex } from '../model-index';
import type { PpbWorkspace } from '../workspace';
import { isWithin } from './code-family';
import { isBroken } from './current-fragment';
import { stepsWithId } from './describe-step';
import { codeProblem, idProblem, yamlTextProblem } from './new-name';
import { findSymbols, mapKeyOf, symbolAt, symbolsIn, type PpbSymbol } from './symbol-at';

export interface PpbTextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** Why a rename cannot be done, in both languages; the edge picks one. */
export interface RenameRefusal {
  readonly refused: Localized;
}

/** What a rename changes: every occurrence in every file. */
export interface RenameEdits {
  readonly edits: readonly PpbTextEdit[];
}

/** A code is renamed with every code below it (its sub-processes and maps): it is their prefix. */
function renames(symbol: Pick<PpbSymbol, 'kind' | 'key'>, s: PpbSymbol): boolean {
  return s.kind === symbol.kind && (symbol.kind === 'code' ? isWithin(s.key, symbol.key) : s.key === symbol.key);
}

/**
 * The range that holds the value's text: inside the quotes of a quoted scalar, so the new text
 * keeps the author's quoting. A value whose source is not its plain text (escapes, block
 * scalars) is replaced as a whole.
 */
function valueSpan(ws: PpbWorkspace, ref: Ref): Span {
  const source = ws.parsed(ref.span.uri)?.text.slice(ref.span.start, ref.span.end) ?? '';
  const quote = source[0];
  if ((quote === '"' || quote === "'") && source.length >= 2 && source.endsWith(quote) && source.slice(1, -1) === ref.value) {
    return { uri: ref.span.uri, start: ref.span.start + 1, end: ref.span.end - 1 };
  }
  return ref.span;
}

/**
 * A file with a YAML syntax error that holds the symbol, in its text or in the last good model
 * the workspace keeps of it: its occurrences cannot be found reliably, so nothing is renamed.
 */
function brokenHolder(ws: PpbWorkspace, symbol: PpbSymbol): string | undefined {
  const broken = ws.uris().filter((uri) => isBroken(ws, uri)).sort();
  if (broken.length === 0) return undefined;
  const model = ws.index();
  const lastGood = symbolsIn({ ...model, processes: model.processes.filter((p) => !p.parent), targets: model.targetList, parties: model.partyList });
  const now = findSymbols(ws, (s) => renames(symbol, s));
  return broken.find((uri) => now.some((s) => s.ref.span.uri === uri) || lastGood.some((s) => s.ref.span.uri === uri && renames(symbol, s)));
}

function taken(name: string, owner: Localized): Localized {
  return { id: `\`${name}\` sudah dipakai oleh ${owner.id}. Pilih nama lain.`, en: `\`${name}\` is already taken by ${owner.en}. Choose another name.` };
}

/** The new text of each occurrence, or why the name cannot be given. */
function plan(ws: PpbWorkspace, model: ModelIndex, symbol: PpbSymbol, name: string): { symbol: PpbSymbol; newText: string }[] | Localized {
  const same = findSymbols(ws, (s) => renames(symbol, s));
  const everywhere = (): { symbol: PpbSymbol; newText: string }[] => same.map((s) => ({ symbol: s, newText: name }));
  const textProblem = yamlTextProblem(name);
  switch (symbol.kind) {
    case 'party': {
      const problem = idProblem(name) ?? textProblem;
      if (problem) return problem;
      const other = model.parties.get(name)?.[0];
      if (other) return taken(name, other.kind === 'unit' ? { id: `unit ${other.nama ?? name}`, en: `unit ${other.nama ?? name}` } : { id: `pihak luar ${other.nama ?? name}`, en: `external party ${other.nama ?? name}` });
      return everywhere();
    }
    case 'step': {
      const problem = idProblem(name) ?? textProblem;
      if (problem) return problem;
      const other = stepsWithId(model, mapKeyOf(symbol), name)[0];
      if (other) return taken(name, { id: `langkah lain di peta ${other.map.kode.value}`, en: `another step of map ${other.map.kode.value}` });
      return everywhere();
    }
    case 'target': {
      if (textProblem) return textProblem;
      const other = model.targets.get(name)?.[0];
      if (other) return taken(name, other.kind === 'tujuan' ? { id: 'sebuah tujuan', en: 'a goal (tujuan)' } : { id: 'sebuah sasaran', en: 'a target (sasaran)' });
      return everywhere();
    }
    case 'code': {
      const problem = codeProblem(symbol.ref.value, name) ?? textProblem;
      if (problem) return problem;
      const depth = parseCode(symbol.ref.value).segments.length;
      const planned = same.map((s) => {
        const code = parseCode(s.ref.value);
        const rest = code.segments.slice(depth).map((seg, i) => `${code.separators[depth - 1 + i] ?? '.'}${seg}`);
        return { symbol: s, newText: name + rest.join('') };
      });
      const renamed = new Set(same.map((s) => s.key));
      for (const p of planned) {
        const key = codeKey(p.newText);
        const other = renamed.has(key) ? undefined : model.codes.get(key)?.[0];
        if (p.symbol.role === 'declaration' && other) {
          const what = other.kind === 'map' ? { id: 'peta', en: 'map' } : { id: 'proses', en: 'process' };
          return taken(p.newText, { id: `${what.id} ${other.decl.nama ?? other.decl.kode.value}`, en: `${what.en} ${other.decl.nama ?? other.decl.kode.value}` });
        }
      }
      return planned;
    }
  }
}

/** Where the cursor's id or code can be renamed, and its current text; undefined where nothing can. */
export function prepareRename(ws: PpbWorkspace, uri: string, offset: number): { span: Span; placeholder: string } | RenameRefusal | undefined {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return undefined;
  const broken = brokenHolder(ws, symbol);
  if (broken !== undefined) return { refused: brokenRefusal(broken) };
  return { span: valueSpan(ws, symbol.ref), placeholder: symbol.ref.value };
}

function brokenRefusal(uri: string): Localized {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  return {
    id: `Berkas ${name} memuat kesalahan sintaks YAML dan memakai nama ini. Perbaiki berkas itu dahulu, supaya tidak ada rujukan yang terlewat.`,
    en: `File ${name} has a YAML syntax error and uses this name. Fix that file first, so that no reference is missed.`,
  };
}

/**
 * Renames the id or code under the cursor everywhere it is declared or used, in every file;
 * a code takes its sub-processes and maps with it.
 */
export function rename(ws: PpbWorkspace, uri: string, offset: number, newName: string): RenameEdits | RenameRefusal | undefined {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return undefined;
  const broken = brokenHolder(ws, symbol);
  if (broken !== undefined) return { refused: brokenRefusal(broken) };
  const name = newName.trim();
  if (name === symbol.ref.value) return { edits: [] };
  const result = plan(ws, ws.index(), symbol, name);
  if (!Array.isArray(result)) return { refused: result };
  return { edits: result.map((p) => ({ span: valueSpan(ws, p.symbol.ref), newText: p.newText })) };
}
