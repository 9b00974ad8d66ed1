import type { DiagnosticCode } from './codes-catalog';
import type { RelatedSpan, Span } from './diagnostic';
import type { Localized } from './localized';
import type { ModelIndex } from './model-index';

export interface RuleContext {
  readonly model: ModelIndex;
  readonly report: (code: DiagnosticCode, span: Span, message: Localized, related?: readonly RelatedSpan[]) => void;
}

/** A semantic rule: reads the whole model, reports with the codes it owns. */
export interface Rule {
  readonly codes: readonly DiagnosticCode[];
  check(ctx: RuleContext): void;
}
