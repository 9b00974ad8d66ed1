import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { PpbWorkspace, type PpbTextEdit, type Span } from '../../../server/src/service';
import { symbolAt } from '../../../server/src/service/features/symbol-at';
import { writtenValue } from '../../../server/src/service/written-value';
import { createSchemaValidator } from '../../../server/src/service/schema-check';
import { fixtureUri, withCaret, type Caret } from '../../support/caret';
import { splitValid, withMap } from '../helpers';
import { REPO } from '../../support/temp-model';

/** The offset `at` characters into the `occurrence`-th `needle` of a text. */
function offsetOf(text: string, needle: string, at: number, occurrence: number): number {
  let from = -1;
  for (let i = 0; i < occurrence; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`test setup: "${needle}" not found ${occurrence} times`);
  }
  return from + at;
}

/** `text` with the caret `|` placed `at` characters into the `occurrence`-th `needle`. */
export function mark(text: string, needle: string, at = 1, occurrence = 1): string {
  const offset = offsetOf(text, needle, at, occurrence);
  return text.slice(0, offset) + '|' + text.slice(offset);
}

/** A caret fixture (test/support/caret.ts) in a workspace that shares one compiled schema with the others. */
export function caretIn(files: Record<string, string>): { ws: PpbWorkspace; caret: Caret } {
  return withCaret(files, new PpbWorkspace(validator()));
}

/** VALID with a second map, KECKLB.06.04.CFM.02, whose one activity has step id `id`. */
export function withSecondMap(id: string): string {
  return withMap(`  - kode: KECKLB.06.04.CFM.02
    nama: Peta lain
    langkah:
      - jenis: mulai
        pelaksana: subbag_umum
      - id: ${id}
        nama: Langkah di peta lain
        pelaksana: camat
        keluaran: [Nota]
      - jenis: selesai
        pelaksana: subbag_umum
`);
}

/** VALID split into three files, like a workspace folder, with the caret in one of them. */
export function splitWithCaret(
  file: 'instansi' | 'proses' | 'peta',
  needle: string,
  at = 1,
  occurrence = 1,
): { ws: PpbWorkspace; caret: Caret } {
  const parts = splitValid();
  const files: Record<string, string> = {};
  for (const name of ['instansi', 'proses', 'peta'] as const) {
    files[`${name}.ppb.yaml`] = name === file ? mark(parts[name], needle, at, occurrence) : parts[name];
  }
  return caretIn(files);
}

export const SPLIT = {
  instansi: fixtureUri('instansi.ppb.yaml'),
  proses: fixtureUri('proses.ppb.yaml'),
  peta: fixtureUri('peta.ppb.yaml'),
};

/** `file:line text` of a span: where it is and what it covers, for readable assertions. */
export function where(ws: PpbWorkspace, span: Span): string {
  const text = ws.parsed(span.uri)?.text ?? '';
  const line = text.slice(0, span.start).split('\n').length;
  return `${span.uri.replace(/^file:\/\/\/[^/]+\//, '')}:${line} ${text.slice(span.start, span.end)}`;
}

/** The text of a file after applying edits (non-overlapping spans in that file). */
export function applyEdits(text: string, edits: readonly PpbTextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * An edit of a name as `file:line old → new`: the whole name it falls in, before and after,
 * however few characters the edit itself replaces. Read before the edit is made.
 */
export function describeEdit(ws: PpbWorkspace, edit: PpbTextEdit): string {
  const name = symbolAt(ws, edit.uri, edit.start);
  const text = ws.parsed(edit.uri)?.text ?? '';
  if (!name) return `${where(ws, edit)} → ${edit.newText}`;
  const { span, asIs } = writtenValue(text, name.ref);
  const value = name.ref.value;
  const after = asIs ? value.slice(0, edit.start - span.start) + edit.newText + value.slice(edit.end - span.start) : edit.newText;
  return `${where(ws, name.ref.span)} → ${after}`;
}

function ppbFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ppbFiles(full);
    return /\.ppb\.ya?ml$/.test(name) ? [full] : [];
  });
}

let shared: ReturnType<typeof createSchemaValidator> | undefined;

/** One compiled schema for all the workspaces of a test run. */
export function validator(): ReturnType<typeof createSchemaValidator> {
  shared ??= createSchemaValidator();
  return shared;
}

/** A folder of the repository read from disk as a workspace: its URIs are `file:///<label>/<relative path>`. */
export function folderWorkspace(relative: string, label = path.basename(relative)): { ws: PpbWorkspace; uri: (file: string) => string } {
  const dir = path.join(REPO, relative);
  const ws = new PpbWorkspace(validator());
  const uri = (file: string): string => `file:///${label}/${file}`;
  for (const file of ppbFiles(dir)) ws.setFile(uri(path.relative(dir, file).split(path.sep).join('/')), readFileSync(file, 'utf8'));
  return { ws, uri };
}

/** The offset `at` characters into the `occurrence`-th `needle` of a workspace file. */
export function offsetIn(ws: PpbWorkspace, uri: string, needle: string, at = 1, occurrence = 1): number {
  const text = ws.parsed(uri)?.text;
  if (text === undefined) throw new Error(`test setup: no file ${uri}`);
  return offsetOf(text, needle, at, occurrence);
}

export const JUDGED_FOLDERS = readdirSync(path.join(REPO, 'test/fixtures/judged'))
  .filter((f) => statSync(path.join(REPO, 'test/fixtures/judged', f)).isDirectory())
  .sort();
