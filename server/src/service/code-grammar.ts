/**
 * PPB codes: `PREFIX(.NN)+` with `.CFM.NN` for maps and `.SOP.NN` for their SOPs. Agencies also
 * write variants (`POM-05.01.CFM.01`, `BPSDM-5.2.5_CFM.01`, `POM-14.01/CFM.01/SOP.01`,
 * `POM-14.01CFM.01`): segments split on `.`, `-`, `_` or `/`, a `CFM` or `SOP` may be glued to
 * the number before it (an empty separator), and the hierarchy rules apply to the segments.
 */
export interface ParsedCode {
  readonly raw: string;
  readonly segments: readonly string[];
  /** The separators between segments, one fewer than the segments; `''` where `CFM`/`SOP` is glued to a number. */
  readonly separators: readonly string[];
  /** Canonical form used to compare codes: `.` separators, numbers without leading zeros. */
  readonly key: string;
}

const SEPARATOR = /[.\-_/]/;
/** A number with `CFM` or `SOP` written straight after it (`01CFM`): two segments. */
const GLUED = /^([0-9]+)(CFM|SOP)$/i;

export function parseCode(raw: string): ParsedCode {
  const segments: string[] = [];
  const separators: string[] = [];
  let current = '';
  const close = (separator?: string): void => {
    const glued = GLUED.exec(current);
    if (glued?.[1] !== undefined && glued[2] !== undefined) {
      segments.push(glued[1], glued[2]);
      separators.push('');
    } else {
      segments.push(current);
    }
    if (separator !== undefined) separators.push(separator);
    current = '';
  };
  for (const ch of raw.trim()) {
    if (SEPARATOR.test(ch)) close(ch);
    else current += ch;
  }
  close();
  return { raw, segments, separators, key: keyOfSegments(segments) };
}

/**
 * Whether a free text reads as a code (`KECKLB.06.04.CFM.01.SOP.01`, `POM-14.01/CFM.01`): one
 * word of letters and digits in two segments or more, one of them a number. An SOP's
 * `keterkaitan` holds such codes among titles written in words.
 */
export function readsAsCode(text: string): boolean {
  if (/\s/.test(text.trim())) return false;
  const { segments } = parseCode(text);
  return segments.length >= 2 && segments.every((s) => /^[A-Za-z0-9]+$/.test(s)) && segments.some(isNumberSegment);
}

export function isNumberSegment(segment: string): boolean {
  return /^[0-9]+$/.test(segment);
}

export function isMapSegment(segment: string): boolean {
  return segment.toUpperCase() === 'CFM';
}

export function isSopSegment(segment: string): boolean {
  return segment.toUpperCase() === 'SOP';
}

/** The first `count` segments as written, with the separators written between them. */
export function writtenHead(code: ParsedCode, count: number): string {
  return code.segments
    .slice(0, count)
    .map((s, i) => (i === 0 ? s : `${code.separators[i - 1] ?? '.'}${s}`))
    .join('');
}

function keyOfSegments(segments: readonly string[]): string {
  return segments.map((s) => (isNumberSegment(s) ? String(Number.parseInt(s, 10)) : s.toUpperCase())).join('.');
}

/** The canonical key of any code text (a code read from a file carries its key: `CodeRef`). */
export function codeKey(raw: string): string {
  return parseCode(raw).key;
}

/** For a map code `<parent>.CFM.NN`, the parent's key; undefined when the code is not in that shape. */
export function mapParentKey(code: ParsedCode): string | undefined {
  const n = code.segments.length;
  const cfm = code.segments[n - 2];
  const num = code.segments[n - 1];
  if (n < 4 || cfm === undefined || num === undefined || !isMapSegment(cfm) || !isNumberSegment(num)) return undefined;
  const parent = code.segments.slice(0, n - 2);
  if (parent.some(isMapSegment)) return undefined; // a map is never the parent of a map
  return keyOfSegments(parent);
}

/** Why a code is in a variant form, or undefined when it is in the canonical form. */
export interface VariantReasons {
  /** Separators other than a dot, each once, as written (a glued `CFM`/`SOP` is not one). */
  readonly separators: readonly string[];
  /** `CFM` or `SOP` written straight after a number, as written (`01CFM`). */
  readonly glued: readonly string[];
  /** Number segments that are not two digits. */
  readonly digits: readonly string[];
  /** `CFM` or `SOP` not in capitals, as written. */
  readonly lowerCase: readonly string[];
}

export function variantReasons(code: ParsedCode): VariantReasons | undefined {
  const separators = [...new Set(code.separators.filter((s) => s !== '.' && s !== ''))];
  const glued = code.separators.flatMap((s, i) => (s === '' ? [`${code.segments[i] ?? ''}${code.segments[i + 1] ?? ''}`] : []));
  const digits = code.segments.filter((s) => isNumberSegment(s) && s.length !== 2);
  const lowerCase = code.segments.filter((s) => (isMapSegment(s) || isSopSegment(s)) && s !== s.toUpperCase());
  return separators.length + glued.length + digits.length + lowerCase.length > 0 ? { separators, glued, digits, lowerCase } : undefined;
}

/** The standard form of PermenPANRB 19/2018: dots, two-digit numbers, `CFM` and `SOP` in capitals. */
export function standardForm(code: ParsedCode): string {
  return code.segments
    .map((s) =>
      isNumberSegment(s) ? String(Number.parseInt(s, 10)).padStart(2, '0') : isMapSegment(s) || isSopSegment(s) ? s.toUpperCase() : s,
    )
    .join('.');
}

/**
 * A map code in the right shape, made from one that is not: the parent as written, then `CFM`
 * and the number, with the author's separators (`POM-14.02/CEM.02` → `POM-14.02/CFM.02`,
 * `KECKLB.06.03.05` → `KECKLB.06.03.CFM.05`).
 */
export function mapCodeLike(code: ParsedCode): string {
  const { segments, separators } = code;
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  const cfmAt = segments.findIndex(isMapSegment);
  // The parent: what stands before the first CFM; before a misprint in its place (`CEM`); or all but the number.
  const parentCount = cfmAt > 0 ? cfmAt : n >= 3 && !isNumberSegment(segments[n - 2] ?? '') ? n - 2 : isNumberSegment(last) ? n - 1 : n;
  const parent = writtenHead(code, parentCount);
  const before = separators[parentCount - 1] ?? '.';
  const after = n >= 2 && separators[n - 2] ? separators[n - 2] : '.';
  return `${parentCount < 2 ? `${parent}${before}01` : parent}${before}CFM${after}${isNumberSegment(last) && n > parentCount ? last : '01'}`;
}

/** A Level 0 code in the right shape, made from one that is not: the prefix as written and its first number (`KECKLB.07.01` → `KECKLB.07`). */
export function levelZeroCodeLike(code: ParsedCode, prefix: string): string {
  const number = code.segments.slice(1).find(isNumberSegment) ?? '01';
  return `${prefix}${code.separators[0] || '.'}${number}`;
}

/** A sub-process (`<parent>.NN`), a cross-functional map (`<parent>.CFM.NN`) or an SOP of a map (`<map>.SOP.NN`). */
export type ChildKind = 'sub' | 'map' | 'sop';

/** The number of `code` as a child of the code whose key is `parentKey`, or undefined when it is not one. */
export function childNumber(parentKey: string, code: string, kind: ChildKind): number | undefined {
  return childNumberOfKey(parentKey, codeKey(code), kind);
}

/** `childNumber` of a code given by its key. */
export function childNumberOfKey(parentKey: string, key: string, kind: ChildKind): number | undefined {
  if (!key.startsWith(`${parentKey}.`)) return undefined;
  const rest = key.slice(parentKey.length + 1).split('.');
  const [first, second] = rest;
  if (kind === 'sub') return rest.length === 1 && first !== undefined && isNumberSegment(first) ? Number(first) : undefined;
  const isWord = kind === 'map' ? isMapSegment : isSopSegment;
  return rest.length === 2 && first !== undefined && isWord(first) && second !== undefined && isNumberSegment(second)
    ? Number(second)
    : undefined;
}

/**
 * The separators a map code writes around its `CFM` (`/` and `.` in `POM-14.01/CFM.01`), a dot
 * where it writes none or glues `CFM` to a number: an SOP under the map is written with the same.
 */
export function cfmSeparators(map: ParsedCode): { before: string; after: string } {
  const at = map.segments.findIndex(isMapSegment);
  return { before: (at > 0 && map.separators[at - 1]) || '.', after: (at >= 0 && map.separators[at]) || '.' };
}
