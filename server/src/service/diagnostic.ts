import type { Localized } from './localized';

export type Severity = 'error' | 'warning' | 'info';

/** A `[start, end)` span of character offsets in one file. */
export interface Span {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

/** Another place that explains a diagnostic (the other declaration of a duplicate, say). */
export interface RelatedSpan {
  readonly span: Span;
  readonly message: Localized;
}

/** What the service reports: offsets inside, positions are made at the edge. */
export interface PpbDiagnostic extends Span {
  readonly severity: Severity;
  readonly code: string;
  readonly message: Localized;
  readonly related?: readonly RelatedSpan[];
}
