import * as path from 'node:path';

/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Longest base name kept (bytes are ASCII here), leaving room for the extension. */
const MAX_BASE = 200;

/**
 * A file name from a diagram's export name (a code written in YAML, so anything): only
 * `A-Z a-z 0-9 . _ -`, no run of dots, no leading dot or dash, never empty or a device name.
 * `KECKLB.06.03.CFM.02` stays as it is; `../../x` becomes `_._x`.
 */
export function safeBaseName(exportName: string): string {
  let name = exportName
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]+/, '_')
    .slice(0, MAX_BASE);
  if (name === '' || RESERVED.test(name.split('.')[0] ?? '')) name = `_${name}`;
  return name;
}

/**
 * The files for a list of export names in `dir`: safe names, made unique (`_2`, `_3`) when two
 * codes clean up to the same name. Throws if a path would leave `dir` (it cannot; checked anyway).
 */
export function exportFiles(dir: string, exportNames: readonly string[], extension: string): string[] {
  const root = path.resolve(dir);
  const used = new Set<string>();
  return exportNames.map((exportName) => {
    const base = safeBaseName(exportName);
    let file = `${base}.${extension}`;
    for (let n = 2; used.has(file.toLowerCase()); n++) file = `${base}_${n}.${extension}`;
    used.add(file.toLowerCase());
    const full = path.resolve(root, file);
    if (path.dirname(full) !== root) throw new Error(`unsafe file name: ${JSON.stringify(exportName)}`);
    return full;
  });
}
