import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import { pick, positionAt, type Lang, type PpbDiagnostic, type PpbWorkspace, type Severity } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Offsets of a file of the model become an LSP range, with the parser's own line table. */
export function toLspRange(ws: PpbWorkspace, uri: string, start: number, end: number): Range {
  const parsed = ws.parsed(uri);
  if (!parsed) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: positionAt(parsed, start), end: positionAt(parsed, end) };
}

/** Offsets become positions here, once, with the parser's own line table of each file. */
export function toLspDiagnostic(ws: PpbWorkspace, d: PpbDiagnostic, lang: Lang): Diagnostic {
  const range = (uri: string, start: number, end: number): Range => toLspRange(ws, uri, start, end);
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({
    location: { uri: r.span.uri, range: range(r.span.uri, r.span.start, r.span.end) },
    message: pick(r.message, lang),
  }));
  return {
    range: range(d.uri, d.start, d.end),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'ppb',
    message: pick(d.message, lang),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}
