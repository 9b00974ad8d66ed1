import { PpbWorkspace } from '../../server/src/service';

/** Where `|` stood in a caret fixture: the file's URI and the offset of the cursor. */
export interface Caret {
  readonly uri: string;
  readonly offset: number;
}

/** The URI tests give a fixture file named `name` (as `checkFiles` does). */
export const fixtureUri = (name: string): string => `file:///ws/${name}`;

/**
 * A workspace from caret fixtures: file name → text, where exactly one `|` in exactly one file
 * marks the cursor (it is removed from the text). A file may hold no `|`.
 */
export function withCaret(files: Record<string, string>, ws = new PpbWorkspace()): { ws: PpbWorkspace; caret: Caret } {
  let caret: Caret | undefined;
  for (const [name, marked] of Object.entries(files)) {
    const at = marked.indexOf('|');
    if (at >= 0) {
      if (caret || marked.indexOf('|', at + 1) >= 0) throw new Error('a caret fixture holds exactly one |');
      caret = { uri: fixtureUri(name), offset: at };
    }
    ws.setFile(fixtureUri(name), at >= 0 ? marked.slice(0, at) + marked.slice(at + 1) : marked);
  }
  if (!caret) throw new Error('no | in the caret fixture');
  return { ws, caret };
}
