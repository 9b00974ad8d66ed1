import type { Localized } from '../localized';
import type { Reference } from '../reference-table';
import type { PpbWorkspace } from '../workspace';
import { currentFragment, isBroken } from './current-fragment';

/**
 * A file with a YAML syntax error that holds a name passing `test`, in its text or in the last
 * good model the workspace keeps of it: its places cannot be found reliably, so a rename that
 * touches it is not made.
 */
export function brokenHolder(ws: PpbWorkspace, test: (r: Reference) => boolean): string | undefined {
  const broken = ws
    .uris()
    .filter((uri) => isBroken(ws, uri))
    .sort();
  if (broken.length === 0) return undefined;
  const lastGood = ws.index().references.all;
  const holds = (uri: string): boolean =>
    (currentFragment(ws, uri)?.references.all ?? []).some(test) || lastGood.some((r) => r.ref.span.uri === uri && test(r));
  return broken.find(holds);
}

/** Why nothing is renamed while the file at `uri` does not parse. */
export function brokenRefusal(uri: string): Localized {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  return {
    id: `Berkas ${name} memuat kesalahan sintaks YAML dan memakai nama ini. Perbaiki berkas itu dahulu, supaya tidak ada rujukan yang terlewat.`,
    en: `File ${name} has a YAML syntax error and uses this name. Fix that file first, so that no reference is missed.`,
  };
}
