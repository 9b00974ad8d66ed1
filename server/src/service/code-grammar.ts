/**
 * PPB codes: `PREFIX(.NN)+` with `.CFM.NN` for maps. Agencies also write variants
 * (`POM-05.01.CFM.01`, `BPSDM-5.2.5_CFM.01`): segments split on `.`, `-` or `_`, and the
 * hierarchy rules apply to the segments.
 */
export interface ParsedCode {
  readonly raw: string;
  readonly segments: readonly string[];
  /** The separators between segments, one fewer than the segments. */
  readonly separators: readonly string[];
  /** Canonical form used to compare codes: `.` separators, numbers without leading zeros. */
  readonly key: string;
}

const SEPARATOR = /[.\-_]/;

export function parseCode(raw: string): ParsedCode {
  const segments: string[] = [];
  const separators: string[] = [];
  let current = '';
  for (const ch of raw.trim()) {
    if (SEPARATOR.test(ch)) {
      segments.push(current);
      separators.push(ch);
      current = '';
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return { raw, segments, separators, key: keyOfSegments(segments) };
}

export function isNumberSegment(segment: string): boolean {
  return /^[0-9]+$/.test(segment);
}

export function isMapSegment(segment: string): boolean {
  return segment.toUpperCase() === 'CFM';
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
export function variantReasons(code: ParsedCode): { separator: boolean; digits: string[]; cfmCase: boolean } | undefined {
  const separator = code.separators.some((s) => s !== '.');
  const digits = code.segments.filter((s) => isNumberSegment(s) && s.length !== 2);
  const cfmCase = code.segments.some((s) => isMapSegment(s) && s !== 'CFM');
  return separator || digits.length > 0 || cfmCase ? { separator, digits, cfmCase } : undefined;
}
