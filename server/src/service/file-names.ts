/** A PPB file is any `*.ppb.yaml` or `*.ppb.yml` (FORMAT.md). */
export function isPpbFileName(name: string): boolean {
  return /\.ppb\.ya?ml$/i.test(name);
}

/** Glob for watchers and document selectors. */
export const PPB_GLOB = '**/*.ppb.{yaml,yml}';
