import type { FileFragment } from '../model';
import type { PpbWorkspace } from '../workspace';

/**
 * What a file holds in its current text, with spans into that text. The workspace's index keeps
 * a broken file's last good model, whose spans no longer match the text the user sees; features
 * that point into a file (the cursor, edits, outlines) read the current text instead.
 */
export function currentFragment(ws: PpbWorkspace, uri: string): FileFragment | undefined {
  return ws.currentFragment(uri);
}

/** Whether the file's current text has a YAML syntax error (its model is the last good one). */
export function isBroken(ws: PpbWorkspace, uri: string): boolean {
  return (ws.parsed(uri)?.syntaxErrors.length ?? 0) > 0;
}
