import { isMap, isPair, isScalar } from 'yaml';
import { severityOf } from './codes-catalog';
import type { PpbDiagnostic } from './diagnostic';
import { eachNode } from './each-node';
import type { ParsedFile } from './parse';
import { spanOf, valueOf } from './yaml-nodes';

/**
 * PPB003: a key written twice in one mapping (YAML keeps only the last, silently). The id
 * mappings `unit` and `pemangku_kepentingan` are left to PPB204, which also spans files.
 */
export function duplicateKeys(parsed: ParsedFile): PpbDiagnostic[] {
  const root = parsed.doc?.contents;
  if (!root) return [];
  const idMaps = new Set<unknown>([valueOf(root, 'unit'), valueOf(root, 'pemangku_kepentingan')].filter(Boolean));
  const out: PpbDiagnostic[] = [];
  eachNode(root, (map) => {
    if (!isMap(map) || idMaps.has(map)) return;
    const seen = new Set<string>();
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (seen.has(key)) {
        out.push({
          ...spanOf(parsed.uri, pair.key),
          severity: severityOf('PPB003'),
          code: 'PPB003',
          message: {
            id: `Kunci \`${key}\` ditulis dua kali di sini; YAML hanya memakai yang terakhir. Hapus salah satunya atau gabungkan isinya.`,
            en: `Key \`${key}\` is written twice here; YAML keeps only the last one. Remove one or merge them.`,
          },
        });
      }
      seen.add(key);
    }
  });
  return out;
}
