import { isCollection, isPair, type Document } from 'yaml';
import { severityOf } from './codes-catalog';
import type { PpbDiagnostic } from './diagnostic';
import type { Localized } from './localized';
import { nestingBeyond } from './nesting-scan';

/**
 * What a file may hold before PPB stops checking it. Real PPB files are tens of kilobytes
 * (the Klambu sample is 75 kB in seven files); these limits are far above that and keep a
 * hostile file from taking the server's time or memory from the other files.
 */
export const LIMITS = {
  /** Characters (UTF-16 units) of one file; a larger file is refused, not parsed. */
  maxFileChars: 1_500_000,
  /** Mappings and lists inside each other; PPB needs about 8. */
  maxDepth: 100,
  /** Times aliases (`*name`) may be expanded while a file's values are built. */
  maxAliasCount: 1000,
} as const;

const kb = (n: number): string => `${Math.round(n / 1000).toLocaleString('en')} kB`;

/** The first line of a file, where a refusal is shown. */
function firstLine(uri: string, text: string): Pick<PpbDiagnostic, 'uri' | 'start' | 'end'> {
  const nl = text.search(/[\r\n]/);
  return { uri, start: 0, end: nl < 0 ? Math.min(text.length, 200) : Math.min(nl, 200) };
}

/** A file too large to check: said once, on its first line. */
export function tooLarge(uri: string, text: string): PpbDiagnostic | undefined {
  if (text.length <= LIMITS.maxFileChars) return undefined;
  return {
    ...firstLine(uri, text),
    severity: severityOf('PPB004'),
    code: 'PPB004',
    message: {
      id: `Berkas ini (${kb(text.length)}) melebihi batas ${kb(LIMITS.maxFileChars)} dan tidak diperiksa. Pecah menjadi beberapa berkas *.ppb.yaml.`,
      en: `This file (${kb(text.length)}) is over the ${kb(LIMITS.maxFileChars)} limit and is not checked. Split it into several *.ppb.yaml files.`,
    },
  };
}

/** PPB006 on the one character at `at` (-1: none). */
function notTextAt(uri: string, at: number, message: Localized): PpbDiagnostic | undefined {
  return at < 0 ? undefined : { uri, start: at, end: at + 1, severity: severityOf('PPB006'), code: 'PPB006', message };
}

/** A file with NUL characters is binary data, not YAML: refused, shown at the first NUL. */
export function binary(uri: string, text: string): PpbDiagnostic | undefined {
  return notTextAt(uri, text.indexOf('\u0000'), {
    id: 'Berkas ini berisi data biner (karakter NUL), bukan teks YAML, dan tidak diperiksa.',
    en: 'This file holds binary data (a NUL character), not YAML text, and is not checked.',
  });
}

/**
 * Bytes that were not UTF-8 arrive as U+FFFD. Only the first is reported: the file is still
 * checked, but what is written there is not what the author meant.
 */
export function notUtf8(uri: string, text: string): PpbDiagnostic | undefined {
  return notTextAt(uri, text.indexOf('\uFFFD'), {
    id: 'Di sini ada byte yang bukan UTF-8 (tampil sebagai \uFFFD). Simpan berkas sebagai UTF-8.',
    en: 'There are bytes here that are not UTF-8 (shown as \uFFFD). Save the file as UTF-8.',
  });
}

/**
 * The first node nested deeper than the limit, found without recursion (a recursive walk of a
 * 20,000-deep file would overflow the stack, which is what this guards against).
 */
function tooDeepNode(doc: Document.Parsed): [number, number] | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isCollection(node)) continue;
    if (depth > LIMITS.maxDepth) return node.range ? [node.range[0], node.range[1]] : [0, 0];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** A document nested too deeply to be read safely: reported where the limit is crossed. */
export function tooDeep(uri: string, doc: Document.Parsed, clamp: (n: number) => number): PpbDiagnostic | undefined {
  const range = tooDeepNode(doc);
  return range ? tooDeepAt(uri, clamp(range[0]), clamp(range[0] + 1)) : undefined;
}

export function tooDeepAt(uri: string, start: number, end: number): PpbDiagnostic {
  return {
    uri,
    start,
    end,
    severity: severityOf('PPB005'),
    code: 'PPB005',
    message: {
      id: `Daftar dan pemetaan bersarang lebih dari ${LIMITS.maxDepth} tingkat di sini; berkas tidak diperiksa lebih lanjut.`,
      en: `Lists and mappings are nested more than ${LIMITS.maxDepth} levels deep here; the file is not checked further.`,
    },
  };
}

/** Nesting seen in the text before parsing: the parser itself is slow and memory-hungry on it. */
export function nestedTooDeep(uri: string, text: string): PpbDiagnostic | undefined {
  const at = nestingBeyond(text, LIMITS.maxDepth);
  return at === undefined ? undefined : tooDeepAt(uri, at, at + 1);
}
