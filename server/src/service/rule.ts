import type { DiagnosticCode } from './codes-catalog';
import type { RelatedSpan, Span } from './diagnostic';
import type { ProcedureFlow } from './flow';
import type { Localized } from './localized';
import type { MapDecl, PartyDecl, ProcessDecl, Procedure, RelationDecl } from './model';
import type { ModelIndex } from './model-index';
import type { References } from './reference-table';

/** Declarations a rule walks: a whole model's, or one file's. */
export interface Declarations {
  /** Every process and sub-process, at every level, parents before their children. */
  readonly processes: readonly ProcessDecl[];
  readonly maps: readonly MapDecl[];
  /** Steps in their order: every map's, and every SOP's own. */
  readonly procedures: readonly Procedure[];
  readonly partyList: readonly PartyDecl[];
  readonly relations: readonly RelationDecl[];
  /** Every place these declarations name a unit or party, a code, a step or a target. */
  readonly references: References;
}

export interface RuleContext {
  /** The whole model: its lookup tables (parties, codes, targets, prefix) answer every rule. */
  readonly model: ModelIndex;
  /** What to check: one file's declarations for a file rule, the model's for a model rule. */
  readonly own: Declarations;
  readonly report: (code: DiagnosticCode, span: Span, message: Localized, related?: readonly RelatedSpan[]) => void;
  /** The flow of a procedure's steps, worked out once per declaration by the workspace that runs the rules. */
  readonly flowOf: (procedure: Procedure) => ProcedureFlow;
}

/**
 * A semantic rule, reporting with the codes it owns.
 *
 * - `file`: walks only `own` and reports only on it, reading the rest of the model through its
 *   lookup tables. It runs once per file, and its findings for a file are kept while that file
 *   and the tables stay the same: an edit re-checks the edited file, not the whole model.
 * - `model`: needs the whole model at once (duplicates across files, the `induk` tree); it runs
 *   after every change.
 */
export interface Rule {
  readonly codes: readonly DiagnosticCode[];
  readonly scope: 'file' | 'model';
  check(ctx: RuleContext): void;
}
