import type { Reference } from '../reference-table';
import type { PpbWorkspace } from '../workspace';
import { currentFragment } from './current-fragment';

/** What stands at the cursor in the file's current text: a name, where declared or used; the caret may touch its end. */
export function symbolAt(ws: PpbWorkspace, uri: string, offset: number): Reference | undefined {
  return currentFragment(ws, uri)?.references.at(offset);
}

/** The references of every file of the workspace, in its current text, that pass a test: file by file in order. */
export function findReferences(ws: PpbWorkspace, test: (r: Reference) => boolean): Reference[] {
  return ws
    .uris()
    .sort()
    .flatMap((uri) => (currentFragment(ws, uri)?.references.all ?? []).filter(test));
}

/** Every declaration and use of what a reference names, in every file of the workspace, file by file in order. */
export function occurrences(ws: PpbWorkspace, symbol: Pick<Reference, 'kind' | 'key'>): Reference[] {
  return findReferences(ws, (r) => r.kind === symbol.kind && r.key === symbol.key);
}
