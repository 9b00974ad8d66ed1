import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DOCUMENT_NAME, documentArgs } from '../../client/src/document-target';
import { documentFormat } from '../../server/src/protocol/document-format';

test('the document is a .docx or a .pdf, whatever the case of its extension', () => {
  assert.equal(documentFormat('/home/u/klambu/peta-proses-bisnis.pdf'), 'pdf');
  assert.equal(documentFormat('C:\\Users\\u\\Peta Proses Bisnis.DOCX'), 'docx');
  assert.equal(documentFormat('buku.v2.Pdf'), 'pdf');
  assert.equal(documentFormat(DEFAULT_DOCUMENT_NAME), 'pdf', 'the proposed name is accepted');
});

test('any other name is refused: no extension, another one, or a folder that looks like one', () => {
  for (const name of ['peta-proses-bisnis', 'peta.doc', 'peta.docx.txt', 'peta.odt', '/home/u/x.pdf/peta', 'C:\\x.docx\\peta', '.pdf.', ''])
    assert.equal(documentFormat(name), undefined, name);
});

test('ppb dokumen is called with the folder, the file and the language; --force and --draf only when asked', () => {
  const run = { folder: '/w/klambu', out: '/w/klambu/peta proses bisnis.docx', lang: 'id' as const, force: false, draft: false };
  assert.deepEqual(documentArgs(run), ['dokumen', '/w/klambu', '--out', '/w/klambu/peta proses bisnis.docx', '--lang', 'id']);
  assert.deepEqual(documentArgs({ ...run, lang: 'en', force: true, draft: true }), [
    'dokumen',
    '/w/klambu',
    '--out',
    '/w/klambu/peta proses bisnis.docx',
    '--lang',
    'en',
    '--force',
    '--draf',
  ]);
});
