import * as path from 'node:path';

/**
 * The files for a list of export names (safe and unique already: the service's catalog names
 * them) in `dir`. Throws if a path would leave `dir` (it cannot; checked anyway).
 */
export function exportFiles(dir: string, exportNames: readonly string[], extension: string): string[] {
  const root = path.resolve(dir);
  return exportNames.map((exportName) => {
    const full = path.resolve(root, `${exportName}.${extension}`);
    if (path.dirname(full) !== root) throw new Error(`unsafe file name: ${JSON.stringify(exportName)}`);
    return full;
  });
}
