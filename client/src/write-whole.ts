import * as vscode from 'vscode';

/**
 * Writes `bytes` to `target` whole or not at all, through VS Code's file system (local or
 * remote): into a new file beside it, then renamed over it. The caller has the user's consent
 * to replace `target` (the save dialog asked); on failure the temporary file is removed.
 */
export async function writeWhole(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const partial = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}.partial`);
  try {
    await vscode.workspace.fs.writeFile(partial, bytes);
    await vscode.workspace.fs.rename(partial, target, { overwrite: true });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(partial)).then(undefined, () => undefined);
    throw err;
  }
}
