import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLenses } from '../../../server/src/service/features/code-lens';
import { withCaret } from '../../support/caret';
import { VALID, variant } from '../../support/check';
import { simpleMap, splitValid, withMap } from '../helpers';

const FILE = 'model.ppb.yaml';

test('above a map, at its code: its size, and "Open preview" with the map\'s code', () => {
  const { ws, caret } = withCaret({ [FILE]: variant('  - kode: KECKLB.06.03.CFM.02\n', '  - kode: |KECKLB.06.03.CFM.02\n') });
  const lenses = codeLenses(ws, caret.uri, 'en');
  assert.deepEqual(
    lenses.slice(0, 2).map((l) => ({ start: l.span.start, title: l.title, command: l.command })),
    [
      { start: caret.offset, title: '5 steps · 3 lanes · 1 decision', command: undefined },
      { start: caret.offset, title: 'Open preview', command: { name: 'ppb.preview.open', arguments: ['KECKLB.06.03.CFM.02'] } },
    ],
  );
  assert.deepEqual(
    lenses.slice(2).map((l) => l.title),
    ['4 steps · 2 lanes · 0 decisions', 'Open preview'],
    'the second map of the file has its own',
  );
});

test('in Indonesian', () => {
  const { ws, caret } = withCaret({ [FILE]: variant('  - kode: KECKLB.06.04.CFM.01\n', '  - kode: |KECKLB.06.04.CFM.01\n') });
  const lenses = codeLenses(ws, caret.uri, 'id').filter((l) => l.span.start === caret.offset);
  assert.deepEqual(
    lenses.map((l) => l.title),
    ['4 langkah · 2 jalur · 0 keputusan', 'Buka pratinjau'],
  );
});

test('a map that lists no lanes counts its performers, as the diagram draws them; one of each is singular', () => {
  const { ws, caret } = withCaret({ [FILE]: withMap(simpleMap('|KECKLB.06.04.CFM.02')) });
  const lenses = codeLenses(ws, caret.uri, 'en').filter((l) => l.span.start === caret.offset);
  assert.deepEqual(
    lenses.map((l) => [l.title, l.command?.arguments]),
    [
      ['3 steps · 1 lane · 0 decisions', undefined],
      ['Open preview', ['KECKLB.06.04.CFM.02']],
    ],
  );
});

test('across files: only the maps written in the file asked for', () => {
  const { instansi, proses, peta } = splitValid();
  const { ws, caret } = withCaret({ 'instansi.ppb.yaml': instansi, 'proses.ppb.yaml': `${proses}|`, 'peta.ppb.yaml': peta });
  assert.deepEqual(codeLenses(ws, caret.uri, 'en'), []);
  assert.deepEqual(
    codeLenses(ws, 'file:///ws/peta.ppb.yaml', 'en').map((l) => l.command?.arguments?.[0] ?? l.title),
    ['5 steps · 3 lanes · 1 decision', 'KECKLB.06.03.CFM.02', '4 steps · 2 lanes · 0 decisions', 'KECKLB.06.04.CFM.01'],
  );
});

test('nothing while the file does not parse (its last good offsets would be off), and again once it does', () => {
  const { ws, caret } = withCaret({ [FILE]: `${VALID}|` });
  assert.equal(codeLenses(ws, caret.uri, 'en').length, 4);
  ws.setFile(caret.uri, variant('    nama: Penyediaan Bahan Logistik Kantor\n', '    nama: "Penyediaan Bahan\n'));
  assert.deepEqual(codeLenses(ws, caret.uri, 'en'), []);
  ws.setFile(caret.uri, VALID);
  assert.equal(codeLenses(ws, caret.uri, 'en').length, 4);
});
