import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ppb.ppb';
/** Each wait is bounded: a test fails with what it was waiting for, it never hangs. */
export const WAIT_MS = 30_000;
/** The sample the workspace was copied from. */
const SAMPLE = path.join(__dirname, '../../../samples/klambu');

/** The workspace the runner opened: a scratch copy of samples/klambu (tests edit it). */
export function sample(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'The VS Code suite needs a scratch copy of samples/klambu open as the workspace folder.');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after `ms`
 * saying what it waited for and, from `explain`, what there was instead.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | PromiseLike<T | undefined | false>,
  explain?: () => string,
  ms = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`Timed out after ${ms / 1000} s waiting for ${what}${why}${explain ? `; instead: ${explain()}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

/** Opens a sample file in an editor and waits for the extension to be active. */
export async function openSample(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sample(relative));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await activeExtension();
  return editor;
}

/** The position of the `nth` (0-based) occurrence of `needle` in `doc`, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} (occurrence ${nth + 1}) is not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** Replaces the first `from` in `doc` by `to`, as typing would (the document becomes dirty). */
export async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = positionOf(doc, from);
  const end = doc.positionAt(doc.offsetAt(start) + from.length);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(start, end), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `VS Code refused to replace ${from} in ${doc.uri.path}`);
}

/** The PPB diagnostics of `uri` now. */
export function ppbDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ppb');
}

export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** What hovers show, as one text. */
export const hoverText = (hovers: vscode.Hover[]): string =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

/** The PPB diagnostics of `uri`, one line each, for failure messages. */
export function listDiagnostics(uri: vscode.Uri): string {
  const all = ppbDiagnostics(uri).map((d) => `${codeOf(d)} at ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
  return all.length === 0 ? 'no PPB diagnostics' : all.join('; ');
}

/** Puts every edited sample file back as it is on disk (tests never save), so each test starts from the sample. */
export async function revertEdits(): Promise<void> {
  // Only the sample files the tests edit: VS Code itself may hold its settings.json dirty for a moment, and refuses edits to it.
  for (const doc of vscode.workspace.textDocuments.filter(
    (d) => d.isDirty && d.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(d.uri) !== undefined,
  )) {
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), disk);
    assert.ok(await vscode.workspace.applyEdit(edit), `could not restore ${doc.uri.path}`);
    await doc.save();
  }
  // Restoring from disk is only right while the disk holds the sample: an edit saved meanwhile would be kept.
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const changed = readdirSync(SAMPLE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => readFileSync(path.join(folder.uri.fsPath, f), 'utf8') !== readFileSync(path.join(SAMPLE, f), 'utf8'));
  assert.deepEqual(changed, [], "sample files saved with a test's edits");
}
