import { isScalar, LineCounter, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { PpbDiagnostic } from './diagnostic';
import { reparseItem, type ParseBase } from './item-reparse';
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

/**
 * Where to show a syntax error. An unclosed quote is found by the parser only at the end of
 * the file; the author needs the line where the quote opens.
 */
function locateSyntaxError(e: YAMLError, doc: Document.Parsed | undefined, clamp: (n: number) => number): [number, number] {
  let start = clamp(e.pos[0]);
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message) && doc) {
    visit(doc, {
      Scalar(_, node) {
        const r = node.range;
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[1] >= start && r[0] < start) start = r[0];
      },
    });
    return [start, start + 1];
  }
  return [start, Math.max(clamp(e.pos[1]), start)];
}

/** The range of the first alias (`*name`) whose anchor (`&name`) does not exist. */
function unresolvedAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (found || node.resolve(doc) !== undefined || !node.range) return;
      found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

const OPTIONS = {
  keepSourceTokens: true,
  prettyErrors: false,
  uniqueKeys: false, // duplicate keys get our own diagnostic (PPB003, PPB204)
} as const;

/** The line table the parser would have made: a line starts at 0 and after each `\n`. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * Parses a file. With `base` (the tree of the file's previous text, which this takes over), an
 * edit inside one list item parses only that item (item-reparse.ts), else the whole text.
 */
export function parseFile(uri: string, text: string, base?: ParseBase): ParsedFile {
  const spliced = base ? reparseItem(base, text, OPTIONS) : undefined;
  let lineCounter: LineCounter;
  let docs: Document.Parsed[] | undefined;
  if (spliced) {
    lineCounter = linesOf(text);
    docs = [spliced];
  } else {
    lineCounter = new LineCounter();
    docs = parseAllDocuments(text, { ...OPTIONS, lineCounter });
  }
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const syntaxErrors: PpbDiagnostic[] = [];
  const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
  // The first syntax error only: the parser's later ones are mostly knock-on effects of it
  // (a tab on one line makes the next line "badly indented"), and fixing the first comes first.
  const first = list.flatMap((d) => d.errors).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const [start, end] = locateSyntaxError(first, list[0], clamp);
    syntaxErrors.push({ uri, start, end, severity: severityOf('PPB001'), code: 'PPB001', message: yamlSyntaxMessage(first.code, first.message) });
  }
  // A second document counts only when it holds something (a trailing `---` is harmless).
  const extra = list.slice(1).find((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
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
      const detail = err instanceof Error ? err.message : String(err);
      // An alias to no anchor is found only when values are built; show it where it is written.
      const unresolved = /unresolved alias/i.test(detail) ? unresolvedAlias(doc) : undefined;
      const start = clamp(unresolved?.[0] ?? doc.range[0]);
      syntaxErrors.push({
        uri,
        start,
        end: clamp(unresolved?.[1] ?? start + 1),
        severity: severityOf('PPB001'),
        code: 'PPB001',
        message: yamlSyntaxMessage(unresolved ? 'BAD_ALIAS' : 'RESOURCE_EXHAUSTION', detail),
      });
    }
  }
  return { uri, text, doc, lineCounter, data, syntaxErrors };
}
