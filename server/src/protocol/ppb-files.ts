/** A PPB file is any `*.ppb.yaml` or `*.ppb.yml` (FORMAT.md): the one test, for names, paths and URIs. */
export function isPpbFileName(nameOrPath: string): boolean {
  return /\.ppb\.ya?ml$/i.test(nameOrPath);
}

/** Glob for watchers, document selectors and workspace searches. */
export const PPB_GLOB = '**/*.ppb.{yaml,yml}';
