import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { pick, type Lang, type PpbDiagnostic, type PpbWorkspace, type Severity } from '../service';
import { rangeOf } from './spans';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Offsets become positions here, once, with the parser's own line table of each file. */
export function toLspDiagnostic(ws: PpbWorkspace, d: PpbDiagnostic, lang: Lang): Diagnostic {
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({
    location: { uri: r.span.uri, range: rangeOf(ws, r.span) },
    message: pick(r.message, lang),
  }));
  return {
    range: rangeOf(ws, d),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'ppb',
    message: pick(d.message, lang),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}
