import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown, inlineCode } from '../../../server/src/service/features/markdown';

test('user text keeps its letters and loses its Markdown meaning', () => {
  assert.equal(escapeMarkdown('Subbagian Umum dan Kepegawaian'), 'Subbagian Umum dan Kepegawaian');
  assert.equal(escapeMarkdown('*Bagian* _Umum_'), '\\*Bagian\\* \\_Umum\\_');
  assert.equal(escapeMarkdown('[klik](http://x)'), '\\[klik\\]\\(http://x\\)');
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert\\(1\\)\\>');
  assert.equal(escapeMarkdown('# Judul | kolom ~coret~ `kode` \\ & lain'), '\\# Judul \\| kolom \\~coret\\~ \\`kode\\` \\\\ \\& lain');
  assert.equal(escapeMarkdown('Sub-bagian + Seksi !'), 'Sub\\-bagian \\+ Seksi \\!');
});

test('user text stays on one line and does not start a list', () => {
  assert.equal(escapeMarkdown('Baris satu\n\n- baris dua\r\n'), 'Baris satu \\- baris dua');
  assert.equal(escapeMarkdown('1. Pendaftaran'), '1\\. Pendaftaran');
  assert.equal(escapeMarkdown('2) Verifikasi'), '2\\) Verifikasi');
});

test('an inline code span holds any text, backticks included', () => {
  assert.equal(inlineCode('KECKLB.06'), '`KECKLB.06`');
  assert.equal(inlineCode('a`b'), '``a`b``');
  assert.equal(inlineCode('`x`'), '`` `x` ``');
  assert.equal(inlineCode('a\nb'), '`a b`');
});
