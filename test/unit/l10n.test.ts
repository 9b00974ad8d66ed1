import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { previewStrings } from '../../client/src/preview/strings';
import { PREVIEW_TEXT, TEXT } from '../../client/src/texts';
import type { Localized } from '../../server/src/protocol/language';
import { REPO } from '../support/temp-model';

const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(read(file)) as Record<string, unknown>;

/** The extension host's sources, as text. */
function clientSources(): [string, string][] {
  const dir = path.join(REPO, 'client/src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.ts'))
    .map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]);
}

/** Every text of a table, its functions called with sample arguments. */
function texts(table: Record<string, Localized | ((...args: never[]) => Localized)>): [string, Localized][] {
  return Object.entries(table).map(([key, t]) => [key, typeof t === 'function' ? (t as (...a: unknown[]) => Localized)('A', 2, 'C') : t]);
}

describe('every string the extension shows follows ppb.bahasa', () => {
  test("nothing in the extension host goes through vscode.l10n, which follows VS Code's language instead", () => {
    for (const [file, text] of clientSources()) assert.doesNotMatch(text, /\bl10n\b/, file);
  });

  test('no message, dialog title, button or panel title is a bare literal', () => {
    const shown =
      /\b(show(Information|Warning|Error)Message|createWebviewPanel\([^,]+,|title:|placeHolder:|openLabel:|saveLabel:|description:|message:)\s*[`'"]/;
    for (const [file, text] of clientSources()) {
      text.split('\n').forEach((line, i) => assert.doesNotMatch(line, shown, `${file}:${i + 1}: ${line.trim()}`));
    }
  });

  test('each text has both languages, different where the words differ', () => {
    for (const [key, t] of [...texts(TEXT), ...texts(PREVIEW_TEXT)]) {
      assert.ok(t.id.trim() !== '' && t.en.trim() !== '', key);
      const places = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((x) => x[0]).sort();
      assert.deepEqual(places(t.id), places(t.en), `placeholders of ${key}`);
    }
    const same = [...texts(TEXT), ...texts(PREVIEW_TEXT)].filter(([, t]) => t.id === t.en).map(([k]) => k);
    assert.deepEqual(same, ['previewTitleOf', 'groupLevel0', 'groupLevel'], 'only names that read the same in both');
  });

  test("the preview's navigator, tooltips and buttons in Indonesian and in English", () => {
    const id = previewStrings('id');
    const en = previewStrings('en');
    assert.equal(id.groupRelasi, 'Peta Relasi');
    assert.equal(id.groupCfm, 'Peta Lintas Fungsi');
    assert.equal(id.zoomIn, 'Perbesar (+)');
    assert.equal(en.groupRelasi, 'Relation map');
    assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort());
  });

  test('package.json names only keys both package.nls files define', () => {
    const en = json('package.nls.json');
    const id = json('package.nls.id.json');
    assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort());
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(
      keys.filter((k) => !(k in en)),
      [],
    );
  });
});
