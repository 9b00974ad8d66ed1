import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Localized, PpbTextEdit, PpbWorkspace } from '../../../server/src/service';
import { prepareRename, rename } from '../../../server/src/service/features/rename';
import type { Caret } from '../../support/caret';
import { collect, variant, VALID } from '../../support/check';
import { withSubProcess } from '../helpers';
import {
  applyEdits,
  caretIn,
  describeEdit,
  folderWorkspace,
  JUDGED_FOLDERS,
  mark,
  offsetIn,
  splitWithCaret,
  withSecondMap,
} from './fixtures';

type At = { ws: PpbWorkspace; caret: Caret };

function renamed({ ws, caret }: At, newName: string): readonly PpbTextEdit[] {
  const r = rename(ws, caret.uri, caret.offset, newName);
  assert.ok(r && 'edits' in r, `renamed, not refused: ${JSON.stringify(r)}`);
  return r.edits;
}

/**
 * Applies a rename to every file and sets the new texts: the workspace is then what the editor
 * would hold. Returns each edit as `file:line old text → new text`, read before the change.
 */
function applyRename(at: At, newName: string): string[] {
  const edits = renamed(at, newName);
  const described = edits.map((e) => describeEdit(at.ws, e));
  for (const uri of new Set(edits.map((e) => e.uri))) {
    at.ws.setFile(
      uri,
      applyEdits(
        at.ws.parsed(uri)?.text ?? '',
        edits.filter((e) => e.uri === uri),
      ),
    );
  }
  return described;
}

function refused({ ws, caret }: At, newName: string): Localized {
  const r = rename(ws, caret.uri, caret.offset, newName);
  assert.ok(r && 'refused' in r, `refused, not renamed: ${JSON.stringify(r)}`);
  assert.ok(r.refused.id.length > 0 && r.refused.en.length > 0 && r.refused.id !== r.refused.en, JSON.stringify(r.refused));
  return r.refused;
}

/** The rename makes exactly these edits, and leaves a model without diagnostics. */
function renamesCleanly(at: At, newName: string, expected: string[]): void {
  assert.deepEqual(applyRename(at, newName), expected);
  assert.deepEqual(collect(at.ws), []);
}

const one = (text: string): At => caretIn({ 'model.ppb.yaml': text });

describe('rename a unit or party id', () => {
  test('every use in every file changes, and the model stays clean', () => {
    const at = splitWithCaret('peta', 'pelaksana: camat', 13);
    renamesCleanly(at, 'kepala', [
      'instansi.ppb.yaml:6 camat → kepala',
      'instansi.ppb.yaml:10 camat → kepala',
      'peta.ppb.yaml:4 camat → kepala',
      'peta.ppb.yaml:23 camat → kepala',
      'peta.ppb.yaml:44 camat → kepala',
      'proses.ppb.yaml:9 camat → kepala',
    ]);
    for (const uri of at.ws.uris()) assert.doesNotMatch(at.ws.parsed(uri)?.text ?? '', /\bcamat\b/);
    assert.match(at.ws.parsed('file:///ws/instansi.ppb.yaml')?.text ?? '', /\n {2}kepala:\n {4}nama: Camat\n/);
  });

  test('a quoted id keeps its quotes', () => {
    const text = variant('induk: camat', 'induk: "camat"', variant('ke: camat', "ke: 'camat'"));
    const at = one(mark(text, 'camat:', 2));
    applyRename(at, 'kepala');
    const after = at.ws.parsed(at.caret.uri)?.text ?? '';
    assert.match(after, /induk: "kepala"/);
    assert.match(after, /ke: 'kepala'/);
    assert.deepEqual(collect(at.ws), []);
  });

  test('an external party, from its declaration', () => {
    const at = one(mark(VALID, 'bupati:', 2));
    assert.equal(applyRename(at, 'bupati_grobogan').length, 3);
    assert.deepEqual(collect(at.ws), []);
  });

  test('refused: an invalid id, a value YAML reads as something else, a name already taken', () => {
    const at = splitWithCaret('peta', 'pelaksana: camat', 13);
    for (const bad of ['Kepala', '2camat', 'kepala camat', 'kepala-camat', '']) {
      const why = refused(at, bad);
      assert.match(why.en, /is not a valid id/, bad);
      assert.match(why.id, /bukan id yang sah/, bad);
    }
    assert.match(refused(at, 'null').en, /YAML does not read `null` back as that text/);
    assert.match(refused(at, 'true').id, /YAML tidak membaca `true`/);
    const taken = refused(at, 'sekretariat');
    assert.equal(taken.en, '`sekretariat` is already taken by unit Sekretariat Kecamatan. Choose another name.');
    assert.equal(taken.id, '`sekretariat` sudah dipakai oleh unit Sekretariat Kecamatan. Pilih nama lain.');
    assert.match(refused(at, 'penyedia').en, /already taken by external party Penyedia Barang\/Jasa/);
  });

  test('the same name changes nothing', () => {
    assert.deepEqual(renamed(one(mark(VALID, 'camat:', 2)), 'camat'), []);
  });
});

describe('rename a step id', () => {
  test('the id and the branches that lead to it change, in its own map only', () => {
    const at = one(mark(withSecondMap('susun'), 'Tidak: susun', 8));
    renamesCleanly(at, 'siapkan', ['model.ppb.yaml:56 susun → siapkan', 'model.ppb.yaml:68 susun → siapkan']);
    const after = at.ws.parsed(at.caret.uri)?.text ?? '';
    assert.match(after, /- id: siapkan\n/);
    assert.match(after, /- id: susun\n {8}nama: Langkah di peta lain/);
  });

  test('refused: an id another step of the map has (a step of another map does not count)', () => {
    const at = one(mark(withSecondMap('tulis'), 'id: susun', 5));
    assert.equal(refused(at, 'periksa').en, '`periksa` is already taken by another step of map KECKLB.06.03.CFM.02. Choose another name.');
    assert.equal(renamed(at, 'tulis').length, 2);
    assert.match(refused(at, 'Susun').en, /not a valid id/);
  });
});

describe('rename a code', () => {
  test('a sub-process takes its children, its maps and every reference to them along', () => {
    const nested = variant(
      '        lanjut: [KECKLB.06.04]\n',
      '        lanjut: [KECKLB.06.04]\n        sub_proses:\n          - kode: KECKLB.06.03.01\n            nama: Rincian\n            masukan: [A]\n            keluaran: [B]\n',
    );
    const text = variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.06.03.CFM.02', nested).replace(
      '  - kode: KECKLB.06.04.CFM.01',
      '  - kode: KECKLB.06.03.01.CFM.01',
    );
    const at = one(mark(text, 'kode: KECKLB.06.03\n', 8));
    const edits = applyRename(at, 'KECKLB.06.07');
    assert.deepEqual(edits, [
      'model.ppb.yaml:38 KECKLB.06.03 → KECKLB.06.07',
      'model.ppb.yaml:45 KECKLB.06.03.01 → KECKLB.06.07.01',
      'model.ppb.yaml:55 KECKLB.06.03.CFM.02 → KECKLB.06.07.CFM.02',
      'model.ppb.yaml:78 KECKLB.06.03.CFM.02 → KECKLB.06.07.CFM.02',
      'model.ppb.yaml:81 KECKLB.06.03.01.CFM.01 → KECKLB.06.07.01.CFM.01',
    ]);
    assert.doesNotMatch(at.ws.parsed(at.caret.uri)?.text ?? '', /KECKLB\.06\.03/);
    assert.deepEqual(
      collect(at.ws).filter((d) => d.severity === 'error'),
      [],
    );
  });

  test('a sub-process renamed from a `lanjut` that flows to it, across files', () => {
    renamesCleanly(splitWithCaret('proses', 'lanjut: [KECKLB.06.04]', 11), 'KECKLB.06.05', [
      'peta.ppb.yaml:25 KECKLB.06.04.CFM.01 → KECKLB.06.05.CFM.01',
      'peta.ppb.yaml:28 KECKLB.06.04.CFM.01 → KECKLB.06.05.CFM.01',
      'proses.ppb.yaml:16 KECKLB.06.04 → KECKLB.06.05',
      'proses.ppb.yaml:17 KECKLB.06.04 → KECKLB.06.05',
    ]);
  });

  test('a map: its code and the steps that continue in it', () => {
    const at = one(mark(VALID, 'peta: KECKLB.06.04.CFM.01', 9));
    applyRename(at, 'KECKLB.06.04.CFM.03');
    assert.equal((at.ws.parsed(at.caret.uri)?.text.match(/KECKLB\.06\.04\.CFM\.03/g) ?? []).length, 2);
    assert.deepEqual(collect(at.ws), []);
  });

  test('a Level 0 process renames every code below it, and `relasi.proses`', () => {
    const at = one(mark(VALID, 'kode: KECKLB.06\n', 8));
    const edits = applyRename(at, 'KECKLB.02');
    assert.equal(edits.length, 8);
    assert.ok(edits.includes('model.ppb.yaml:94 KECKLB.06 → KECKLB.02'), edits.join('\n'));
    assert.doesNotMatch(at.ws.parsed(at.caret.uri)?.text ?? '', /KECKLB\.06/);
    assert.deepEqual(collect(at.ws), []);
  });

  test('a variant code keeps its separators below it (BPSDM-5.2.5_CFM.01)', () => {
    const { ws, uri } = folderWorkspace('test/fixtures/judged/variant-bpsdm-pupr');
    const file = uri('bpsdm.ppb.yaml');
    const edits = rename(ws, file, offsetIn(ws, file, 'kode: BPSDM-5.2.5\n', 8), 'BPSDM-5.2.6');
    assert.ok(edits && 'edits' in edits);
    assert.deepEqual(
      edits.edits.map((e) => describeEdit(ws, e)),
      ['bpsdm.ppb.yaml:36 BPSDM-5.2.5 → BPSDM-5.2.6', 'bpsdm.ppb.yaml:43 BPSDM-5.2.5_CFM.01 → BPSDM-5.2.6_CFM.01'],
    );
  });

  test('refused: a new parent, a last segment that is not a number, a code already taken', () => {
    const at = one(mark(VALID, 'kode: KECKLB.06.03\n', 8));
    for (const bad of ['KECKLB.05.07', 'KECKLB.06.XX', 'KECKLB.06.03.01', 'KECKLB.06', 'KECKLB-06.07', 'KECKLB.06.0 7', 'LAIN.06.07']) {
      const why = refused(at, bad);
      assert.equal(
        why.en,
        'The new code must stay under its parent: only the last segment, a number, may change. Write `KECKLB.06.NN`, e.g. `KECKLB.06.07`.',
        bad,
      );
      assert.match(why.id, /hanya segmen terakhir, berupa nomor, yang dapat diganti/);
    }
    assert.equal(
      refused(at, 'KECKLB.06.04').en,
      '`KECKLB.06.04` is already taken by process Pengadaan Barang Milik Daerah. Choose another name.',
    );
    const map = one(mark(VALID, 'kode: KECKLB.06.03.CFM.02', 8));
    assert.match(refused(map, 'KECKLB.06.04.CFM.02').en, /Write `KECKLB\.06\.03\.CFM\.NN`/);
  });

  test('refused: a code whose map would land on a code already taken', () => {
    // An orphan map KECKLB.06.05.CFM.02 (its process is missing) blocks renaming KECKLB.06.03 to KECKLB.06.05.
    const text = variant(
      '  - kode: KECKLB.06.04.CFM.01',
      '  - kode: KECKLB.06.05.CFM.02',
      variant('peta: KECKLB.06.04.CFM.01', 'peta: KECKLB.06.05.CFM.02'),
    );
    const why = refused(one(mark(text, 'kode: KECKLB.06.03\n', 8)), 'KECKLB.06.05');
    assert.equal(why.en, '`KECKLB.06.05.CFM.02` is already taken by map Pengadaan Sarana Kantor. Choose another name.');
  });

  test('a renamed code keeps the numbering of its siblings possible', () => {
    const at = one(mark(withSubProcess('KECKLB.06.02'), 'kode: KECKLB.06.02', 8));
    assert.equal(renamed(at, 'KECKLB.06.9').length, 1);
  });
});

describe('rename a target', () => {
  test('its declaration and the processes that serve it', () => {
    const at = splitWithCaret('proses', 'sasaran: [S2]', 11);
    applyRename(at, 'S3');
    assert.deepEqual(collect(at.ws), []);
    assert.match(refused(splitWithCaret('proses', 'sasaran: [S2]', 11), 'S1').en, /already taken by a target \(sasaran\)/);
  });
});

describe('prepareRename', () => {
  test('the range and text of what is renamed; inside quotes for a quoted value', () => {
    const at = one(mark(variant('induk: camat', "induk: 'camat'"), "induk: 'camat'", 10));
    const p = prepareRename(at.ws, at.caret.uri, at.caret.offset);
    assert.ok(p && 'span' in p);
    assert.equal(p.placeholder, 'camat');
    assert.equal(at.ws.parsed(at.caret.uri)?.text.slice(p.span.start - 1, p.span.end + 1), "'camat'");
    const code = one(mark(VALID, 'peta: KECKLB.06.04.CFM.01', 9));
    const c = prepareRename(code.ws, code.caret.uri, code.caret.offset);
    assert.ok(c && 'span' in c);
    assert.equal(c.placeholder, 'KECKLB.06.04.CFM.01');
  });

  test('nothing to rename off an id or code', () => {
    for (const [needle, at] of [
      ['nama: Camat', 8],
      ['nama: Camat', 1],
      ['kategori: pendukung', 12],
      ['kode: KECKLB\n', 8],
    ] as const) {
      const { ws, caret } = one(mark(VALID, needle, at));
      assert.equal(prepareRename(ws, caret.uri, caret.offset), undefined, needle);
      assert.equal(rename(ws, caret.uri, caret.offset, 'baru'), undefined, needle);
    }
  });
});

describe('rename with half-written YAML in the workspace', () => {
  const brokenUsingCamat = 'relasi:\n  - dari: camat\n    ke: [bupati\n';

  test('refused while a broken file uses the name, in its text or in its last good model', () => {
    const at = caretIn({ 'a.ppb.yaml': mark(VALID, 'camat:', 2), 'b.ppb.yaml': brokenUsingCamat });
    const p = prepareRename(at.ws, at.caret.uri, at.caret.offset);
    assert.ok(p && 'refused' in p);
    assert.equal(
      p.refused.en,
      'File b.ppb.yaml has a YAML syntax error and uses this name. Fix that file first, so that no reference is missed.',
    );
    assert.match(refused(at, 'kepala').id, /Berkas b\.ppb\.yaml memuat kesalahan sintaks YAML/);

    // A file that used the name when it last parsed, and is now cut short before it.
    const lastGood = caretIn({ 'a.ppb.yaml': mark(VALID, 'camat:', 2), 'b.ppb.yaml': 'relasi:\n  - dari: camat\n    ke: bupati\n' });
    lastGood.ws.setFile('file:///ws/b.ppb.yaml', 'relasi:\n  - [');
    assert.match(refused(lastGood, 'kepala').en, /File b\.ppb\.yaml has a YAML syntax error/);
  });

  test('allowed while the broken file does not use it; the broken file is left alone', () => {
    const at = caretIn({ 'a.ppb.yaml': mark(VALID, 'sekretariat:', 2), 'b.ppb.yaml': brokenUsingCamat });
    const edits = renamed(at, 'sekcam');
    assert.ok(edits.length === 4 && edits.every((e) => e.uri === 'file:///ws/a.ppb.yaml'), JSON.stringify(edits));
  });

  test('inside the broken file itself', () => {
    const { ws, caret } = caretIn({ 'a.ppb.yaml': VALID, 'b.ppb.yaml': 'relasi:\n  - dari: ca|mat\n    ke: [bupati\n' });
    const r = rename(ws, caret.uri, caret.offset, 'kepala');
    assert.ok(r && 'refused' in r);
  });
});

test('the Klambu sample: a unit renamed across all its files stays clean', () => {
  const { ws, uri } = folderWorkspace('samples/klambu');
  const instansi = uri('instansi.ppb.yaml');
  const caret = { uri: instansi, offset: offsetIn(ws, instansi, '  subbag_umum:', 3) };
  const count = [...ws.uris()].reduce((n, u) => n + (ws.parsed(u)?.text.match(/\bsubbag_umum\b/g)?.length ?? 0), 0);
  const edits = applyRename({ ws, caret }, 'subbag_umpeg');
  assert.equal(edits.length, count);
  assert.deepEqual([...new Set(edits.map((e) => e.split(':')[0]))].sort(), [
    'instansi.ppb.yaml',
    'peta-lintas-fungsi/kecklb-06.ppb.yaml',
    'proses.ppb.yaml',
  ]);
  for (const u of ws.uris()) assert.doesNotMatch(ws.parsed(u)?.text ?? '', /\bsubbag_umum\b/);
  for (const list of ws.diagnostics().values()) assert.deepEqual(list, []);
});

test('every valid judged model: renaming its first unit and its first process changes no diagnostic', () => {
  const summary = (ws: PpbWorkspace): string[] =>
    [...ws.diagnostics()].flatMap(([uri, list]) => list.map((d) => `${uri} ${d.code} ${d.severity}`)).sort();
  for (const folder of JUDGED_FOLDERS.filter((f) => f.startsWith('valid-') || f.startsWith('variant-'))) {
    const { ws } = folderWorkspace(`test/fixtures/judged/${folder}`);
    const before = summary(ws);
    const unit = ws.index().partyList[0];
    if (unit) {
      const edits = applyRename({ ws, caret: { uri: unit.id.span.uri, offset: unit.id.span.start } }, `${unit.id.value}_baru`);
      assert.ok(edits.length >= 1, folder);
    }
    const process = ws.index().processes[0]; // read after the first rename moved the text
    if (process) {
      const raw = process.kode.value;
      const renamedCode = `${raw.slice(0, raw.length - (raw.match(/[0-9]+$/)?.[0].length ?? 0))}99`;
      applyRename({ ws, caret: { uri: process.kode.span.uri, offset: process.kode.span.start } }, renamedCode);
    }
    assert.deepEqual(summary(ws), before, folder);
  }
});
