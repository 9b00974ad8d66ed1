import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { PpbDiagnostic } from './diagnostic';
import { severityOf } from './codes-catalog';
import { yamlSyntaxMessage } from './yaml-syntax-messages';

/** Aliases are legal YAML, but a file that expands them thousands of times is an attack. */
const MAX_ALIAS_COUNT = 1000;

export interface ParsedFile {
  readonly uri: string;
  readonly text: string;
  /** The first YAML document; PPB files hold one. */
  readonly doc: Document.Parsed | undefined;
  readonly lineCounter: LineCounter;
  /** Plain data of the document for the schema, or undefined when it cannot be built. */
  readonly data: unknown;
  /** YAML syntax errors: when present, the file's model is not trusted. */
  readonly syntaxErrors: readonly PpbDiagnostic[];
}

export function parseFile(uri: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    keepSourceTokens: true,
    prettyErrors: false,
    uniqueKeys: false, // duplicate keys get our own diagnostic (PPB003, PPB204)
  });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const syntaxErrors: PpbDiagnostic[] = [];
  const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
  for (const d of list) {
    for (const e of d.errors) {
      const start = clamp(e.pos[0]);
      const end = Math.max(clamp(e.pos[1]), start);
      syntaxErrors.push({ uri, start, end, severity: severityOf('PPB001'), code: 'PPB001', message: yamlSyntaxMessage(e.code, e.message) });
    }
  }
  const extra = list[1];
  if (extra !== undefined) {
    const marker = text.lastIndexOf('---', extra.range[0]);
    const start = marker >= 0 ? marker : clamp(extra.range[0]);
    syntaxErrors.push({
      uri,
      start,
      end: clamp(start + 3),
      severity: severityOf('PPB002'),
      code: 'PPB002',
      message: {
        id: 'Satu berkas PPB hanya berisi satu dokumen YAML. Pindahkan isi setelah `---` ke berkas *.ppb.yaml lain, atau hapus pemisah `---`.',
        en: 'A PPB file holds one YAML document. Move what follows `---` to another *.ppb.yaml file, or remove the `---` separator.',
      },
    });
  }
  let data: unknown = undefined;
  if (doc !== undefined && doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const start = clamp(doc.range[0]);
      syntaxErrors.push({
        uri,
        start,
        end: clamp(start + 1),
        severity: severityOf('PPB001'),
        code: 'PPB001',
        message: yamlSyntaxMessage('RESOURCE_EXHAUSTION', err instanceof Error ? err.message : String(err)),
      });
    }
  }
  return { uri, text, doc, lineCounter, data, syntaxErrors };
}
