/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Longest name kept (ASCII here), leaving room for the extension. */
const MAX_BASE = 200;

/**
 * A file name (without extension) from a code written in YAML, so anything: only
 * `A-Z a-z 0-9 . _ -`, no run of dots, no leading dot or dash, never empty or a device name.
 * `KECKLB.06.03.CFM.02` stays as it is; `../../x` becomes `_._x`.
 */
export function safeBaseName(name: string): string {
  let base = name
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]+/, '_')
    .slice(0, MAX_BASE);
  if (base === '' || RESERVED.test(base.split('.')[0] ?? '')) base = `_${base}`;
  return base;
}

/**
 * The export names of a model's maps, in order: safe, and unique whatever the case (`_2`, `_3`)
 * when two codes clean up to the same name. Every writer (`ppb export`, the extension's export
 * of every map) names files `<export name>.<format>` by this one rule.
 */
export function uniqueExportNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = safeBaseName(name);
    let unique = base;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${base}_${n}`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
