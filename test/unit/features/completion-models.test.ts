import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace } from '../../../server/src/service';
import { completions } from '../../../server/src/service/features/completion';
import { REPO } from '../../support/temp-model';

/**
 * Completion on models written by others (test/fixtures/judged, from FORMAT.md alone) and on
 * the Klambu sample: wherever a file names a unit, a step, a code or an enum value, completion
 * at that place offers what is written there, with its name.
 */
const JUDGED = path.join(REPO, 'test/fixtures/judged');
const MODELS = [
  path.join(REPO, 'samples/klambu'),
  ...readdirSync(JUDGED)
    .filter((f) => /^(valid|variant)-/.test(f))
    .map((f) => path.join(JUDGED, f)),
];

function ppbFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ppbFiles(full);
    return /\.ppb\.ya?ml$/.test(name) ? [full] : [];
  });
}

interface Written {
  readonly uri: string;
  readonly line: number;
  readonly key: string;
  readonly value: string;
  /** The offset right after the value. */
  readonly end: number;
  readonly inBranches: boolean;
}

/** Every `key: value` and every item of `key: [a, b]` of a file, with where the value ends. */
function written(uri: string, text: string): Written[] {
  const out: Written[] = [];
  let offset = 0;
  let branchIndent: number | undefined;
  text.split('\n').forEach((raw, line) => {
    const start = offset;
    offset += raw.length + 1;
    const m = /^(\s*)((?:- )?)([A-Za-z_][\w ]*?): (.*?)\s*(#.*)?$/.exec(raw);
    const indent = raw.length - raw.trimStart().length;
    if (branchIndent !== undefined && indent <= branchIndent) branchIndent = undefined;
    if (/^\s*cabang:\s*$/.test(raw)) branchIndent = indent;
    if (!m) return;
    const [, , , key = '', value = ''] = m;
    const valueAt = start + raw.indexOf(': ') + 2;
    const inBranches = branchIndent !== undefined && indent > branchIndent;
    if (value.startsWith('[') && value.endsWith(']')) {
      let from = valueAt + 1;
      for (const item of value.slice(1, -1).split(',')) {
        const trimmed = item.trim();
        const at = text.indexOf(trimmed, from);
        if (trimmed !== '' && at >= 0) out.push({ uri, line, key, value: trimmed, end: at + trimmed.length, inBranches });
        from = at + trimmed.length;
      }
    } else if (value !== '' && !/^["'|>]/.test(value)) {
      out.push({ uri, line, key, value, end: valueAt + value.length, inBranches });
    }
  });
  return out;
}

for (const dir of MODELS) {
  describe(`completion on ${path.relative(REPO, dir)}`, () => {
    const ws = new PpbWorkspace();
    const texts = new Map<string, string>();
    for (const file of ppbFiles(dir)) {
      const uri = `file:///model/${path.relative(dir, file)}`;
      const text = readFileSync(file, 'utf8');
      ws.setFile(uri, text);
      texts.set(uri, text);
    }
    const model = ws.index();
    const values = [...texts].flatMap(([uri, text]) => written(uri, text));
    const offered = (w: Written, lang: 'id' | 'en' = 'en') => completions(ws, w.uri, w.end, lang).find((i) => i.label === w.value);

    test('every unit or party named is offered where it is written, with its name', () => {
      const named = values.filter(
        (w) => ['pelaksana', 'pemasok', 'pelanggan', 'induk', 'dari', 'ke'].includes(w.key) && model.parties.has(w.value),
      );
      if (model.partyList.length > 0) assert.ok(named.length > 0);
      for (const w of named) {
        const item = offered(w);
        assert.ok(item, `${w.uri}:${w.line + 1} ${w.key}: ${w.value}`);
        assert.equal(item.detail, model.parties.get(w.value)?.[0]?.nama, `${w.uri}:${w.line + 1}`);
        assert.equal(item.replace.end, w.end);
      }
    });

    test('every step id a flow names is offered where it is written', () => {
      const steps = values.filter((w) => (w.key === 'lanjut' || w.inBranches) && /^[a-z][a-z0-9_]*$/.test(w.value));
      for (const w of steps) assert.ok(offered(w), `${w.uri}:${w.line + 1} ${w.key}: ${w.value}`);
    });

    test('every code a model links to is offered where it is written', () => {
      const links = values.filter((w) => ['peta', 'proses', 'sasaran'].includes(w.key) || (w.key === 'lanjut' && !/^[a-z]/.test(w.value)));
      for (const w of links) {
        const known =
          model.codes.has(
            w.value
              .toUpperCase()
              .replace(/[-_]/g, '.')
              .replace(/\.0+(\d)/g, '.$1'),
          ) || model.targets.has(w.value);
        if (known) assert.ok(offered(w), `${w.uri}:${w.line + 1} ${w.key}: ${w.value}`);
      }
    });

    test('every kategori and jenis is offered with its meaning, in both languages', () => {
      const enums = values.filter((w) => w.key === 'kategori' || w.key === 'jenis');
      if (model.processes.length > 0) assert.ok(enums.length > 0);
      for (const w of enums) {
        const en = offered(w, 'en');
        const id = offered(w, 'id');
        assert.ok(en?.documentation && id?.documentation, `${w.uri}:${w.line + 1}`);
        assert.notEqual(en.documentation, id.documentation);
      }
    });

    test('a blank line under every line gets an answer whose edits stay on that line', () => {
      for (const [uri, text] of texts) {
        const lines = text.split('\n');
        // Only the text matters here: no schema check, to keep the test quick.
        const single = new PpbWorkspace(() => []);
        lines.forEach((line, i) => {
          if (i % 4 !== 0) return;
          const indent = line.length - line.replace(/^\s*(- )?/, '').length;
          const before = lines.slice(0, i + 1).join('\n');
          const blank = `${before}\n${' '.repeat(indent)}`;
          single.setFile(uri, `${blank}\n${lines.slice(i + 1).join('\n')}`);
          for (const item of completions(single, uri, blank.length, 'en')) {
            assert.equal(item.replace.start, blank.length, `${uri}:${i + 2}`);
            assert.equal(item.replace.end, blank.length, `${uri}:${i + 2}`);
          }
        });
      }
    });
  });
}

describe('completion never throws on the broken models written by others', () => {
  for (const folder of readdirSync(JUDGED).filter((f) => f.startsWith('defect-'))) {
    test(folder, () => {
      const ws = new PpbWorkspace();
      const files = ppbFiles(path.join(JUDGED, folder)).map((file) => {
        const uri = `file:///model/${path.relative(path.join(JUDGED, folder), file)}`;
        ws.setFile(uri, readFileSync(file, 'utf8'));
        return uri;
      });
      for (const uri of files) {
        const length = ws.parsed(uri)?.text.length ?? 0;
        for (let offset = 0; offset <= length; offset += 5) {
          for (const item of completions(ws, uri, offset, 'id'))
            assert.ok(item.replace.start <= offset && offset <= item.replace.end, `${uri}@${offset}`);
        }
      }
    });
  }
});
