import type { Span } from '../diagnostic';
import type { Localized } from '../localized';
import type { Reference } from '../reference-table';
import type { PpbTextEdit } from '../text-edit';
import type { PpbWorkspace } from '../workspace';
import { writtenValue } from '../written-value';
import { brokenHolder, brokenRefusal } from './broken-holder';
import { isWithin } from './code-family';
import { isCodeDeclaration, planCodeRename } from './code-rename';
import { procedureWords } from '../procedure-name';
import { stepsWithId } from './describe-step';
import { codeProblem, idProblem, yamlTextProblem } from './new-name';
import { editsOf, nameTaken, type RenamePlan } from './renamed-place';
import { findReferences, occurrences, symbolAt } from './symbol-at';

/** Why a rename cannot be done, in both languages; the edge picks one. */
export interface RenameRefusal {
  readonly refused: Localized;
}

/** What a rename changes: every occurrence in every file. */
export interface RenameEdits {
  readonly edits: readonly PpbTextEdit[];
}

/** A code is renamed with every code below it (its sub-processes and maps): it is their prefix. */
function renames(symbol: Reference, r: Reference): boolean {
  return r.kind === symbol.kind && (symbol.kind === 'code' ? isWithin(r.key, symbol.key) : r.key === symbol.key);
}

/** The places to rewrite, or why the name cannot be given. */
function plan(ws: PpbWorkspace, symbol: Reference, name: string): RenamePlan {
  const model = ws.index();
  const everywhere = (): RenamePlan => ({ places: occurrences(ws, symbol).map((reference) => ({ reference, newText: name })) });
  const refused = (why: Localized): RenamePlan => ({ refused: why });
  const textProblem = yamlTextProblem(name);
  switch (symbol.kind) {
    case 'party': {
      const problem = idProblem(name) ?? textProblem;
      if (problem) return refused(problem);
      const other = model.parties.get(name)?.[0];
      if (other)
        return refused(
          nameTaken(
            name,
            other.kind === 'unit'
              ? { id: `unit ${other.nama ?? name}`, en: `unit ${other.nama ?? name}` }
              : { id: `pihak luar ${other.nama ?? name}`, en: `external party ${other.nama ?? name}` },
          ),
        );
      return everywhere();
    }
    case 'step': {
      const problem = idProblem(name) ?? textProblem;
      if (problem) return refused(problem);
      const other = stepsWithId(model, symbol.in.procedure.kode.key, name)[0];
      if (other)
        return refused(
          nameTaken(name, {
            id: `langkah lain di ${procedureWords(other.procedure).named.id}`,
            en: `another step of ${procedureWords(other.procedure).named.en}`,
          }),
        );
      return everywhere();
    }
    case 'target': {
      if (textProblem) return refused(textProblem);
      const other = model.targets.get(name)?.[0];
      if (other)
        return refused(
          nameTaken(
            name,
            other.kind === 'tujuan' ? { id: 'sebuah tujuan', en: 'a goal (tujuan)' } : { id: 'sebuah sasaran', en: 'a target (sasaran)' },
          ),
        );
      return everywhere();
    }
    case 'code': {
      const problem = codeProblem(symbol.ref.value, name) ?? textProblem;
      if (problem) return refused(problem);
      const roots = findReferences(ws, (r) => r.key === symbol.key).filter(isCodeDeclaration);
      return planCodeRename(ws, symbol.key, roots, name);
    }
  }
}

/** Where the cursor's id or code can be renamed, and its current text; undefined where nothing can. */
export function prepareRename(
  ws: PpbWorkspace,
  uri: string,
  offset: number,
): { span: Span; placeholder: string } | RenameRefusal | undefined {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return undefined;
  const broken = brokenHolder(ws, (r) => renames(symbol, r));
  if (broken !== undefined) return { refused: brokenRefusal(broken) };
  return { span: writtenValue(ws.parsed(uri)?.text ?? '', symbol.ref).span, placeholder: symbol.ref.value };
}

/**
 * Renames the id or code under the cursor everywhere it is declared or used, in every file;
 * a code takes its sub-processes and maps with it.
 */
export function rename(ws: PpbWorkspace, uri: string, offset: number, newName: string): RenameEdits | RenameRefusal | undefined {
  const symbol = symbolAt(ws, uri, offset);
  if (!symbol) return undefined;
  const broken = brokenHolder(ws, (r) => renames(symbol, r));
  if (broken !== undefined) return { refused: brokenRefusal(broken) };
  const name = newName.trim();
  if (name === symbol.ref.value) return { edits: [] };
  const planned = plan(ws, symbol, name);
  return 'refused' in planned ? planned : { edits: editsOf(ws, planned.places) };
}
