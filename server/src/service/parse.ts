import { isScalar, LineCounter, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { PpbDiagnostic } from './diagnostic';
import { reparseItem, type ParseBase } from './item-reparse';
import { severityOf } from './codes-catalog';
import { lineStarts } from './lines';
import { binary, LIMITS, nestedTooDeep, notUtf8, tooDeep, tooDeepAt, tooLarge } from './limits';
import { yamlSyntaxMessage } from './yaml-syntax-messages';

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
  /** Problems of the text itself (bytes that were not UTF-8) that still let the file be checked. */
  readonly textProblems: readonly PpbDiagnostic[];
}

/**
 * The file's line table, counted here rather than by the parser: the parser's misses lines it
 * skips while recovering from some syntax errors, which put diagnostics past a line's end. Line
 * breaks are `\n`, `\r\n` and a lone `\r`, as LSP counts them (lines.ts).
 */
function lineTable(text: string): LineCounter {
  const lineCounter = new LineCounter();
  for (const start of lineStarts(text)) lineCounter.addNewLine(start);
  return lineCounter;
}

/** A file that is not parsed at all (too large, binary): one diagnostic, no document. */
function refused(uri: string, text: string, why: PpbDiagnostic): ParsedFile {
  return { uri, text, doc: undefined, lineCounter: lineTable(text), data: undefined, syntaxErrors: [why], textProblems: [] };
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

// No `keepSourceTokens`: nothing reads the CST behind the nodes, which costs about a tenth of a parse and memory per node.
const OPTIONS = {
  prettyErrors: false,
  // The library's warnings (a mapping used as a key, found by fuzzing) go to the process's
  // stderr, which the server shows as errors in the editor's log; the schema reports them.
  logLevel: 'error',
  uniqueKeys: false, // duplicate keys get our own diagnostic (PPB003, PPB204)
} as const;

/**
 * Parses a file. With `base` (the tree of the file's previous text, which this takes over), an
 * edit inside one list item parses only that item (item-reparse.ts), else the whole text. A
 * text over the limits is refused before either.
 */
export function parseFile(uri: string, text: string, base?: ParseBase): ParsedFile {
  const refusal = tooLarge(uri, text) ?? binary(uri, text) ?? nestedTooDeep(uri, text);
  if (refusal) return refused(uri, text, refusal);
  const lineCounter = lineTable(text);
  const textProblems = [notUtf8(uri, text)].filter((d) => d !== undefined);
  const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
  let list: Document.Parsed[];
  try {
    const spliced = base ? reparseItem(base, text, OPTIONS) : undefined;
    const docs = spliced ? [spliced] : parseAllDocuments(text, OPTIONS);
    list = Array.isArray(docs) ? docs : [];
  } catch (err) {
    // The parser recurses into nested collections; a stack overflow there means nesting.
    if (err instanceof RangeError) return refused(uri, text, tooDeepAt(uri, 0, clamp(1)));
    throw err;
  }
  const parsedFirst = list[0];
  // A document nested past the limit is dropped: every walk of its nodes could overflow the stack.
  const deep = parsedFirst && tooDeep(uri, parsedFirst, clamp);
  if (deep) return { uri, text, doc: undefined, lineCounter, data: undefined, syntaxErrors: [deep], textProblems };
  const doc = parsedFirst;
  const syntaxErrors: PpbDiagnostic[] = [];
  // The first syntax error only: the parser's later ones are mostly knock-on effects of it
  // (a tab on one line makes the next line "badly indented"), and fixing the first comes first.
  const first = list.flatMap((d) => d.errors).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const [start, end] = locateSyntaxError(first, list[0], clamp);
    syntaxErrors.push({
      uri,
      start,
      end,
      severity: severityOf('PPB001'),
      code: 'PPB001',
      message: yamlSyntaxMessage(first.code, first.message),
    });
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
      data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      // An alias to no anchor is found only when values are built; show it where it is written.
      if (err instanceof RangeError) {
        syntaxErrors.push(tooDeepAt(uri, clamp(doc.range[0]), clamp(doc.range[0] + 1)));
        return { uri, text, doc: undefined, lineCounter, data: undefined, syntaxErrors, textProblems };
      }
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
  return { uri, text, doc, lineCounter, data, syntaxErrors, textProblems };
}
