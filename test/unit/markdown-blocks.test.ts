import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlocks } from '../../server/src/service/document/markdown-blocks';
import type { Block } from '../../server/src/service/document/outline';

/** Every text of the blocks, in order: what a writer would set on the page. */
function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.runs.map((run) => run.text);
      case 'heading':
        return [block.text];
      case 'list':
        return block.items.flatMap(function itemTexts(item): string[] {
          return [...item.runs.map((run) => run.text), ...(item.items ?? []).flatMap(itemTexts)];
        });
      case 'table':
        return [...block.header, ...block.rows.flatMap((row) => row.map((cell) => cell.text))];
      case 'figure':
      case 'signature':
        return [];
    }
  });
}

test('a paragraph keeps bold and italic, merges runs of one style, and reads breaks and inline code as text', () => {
  assert.deepEqual(markdownBlocks('Kecamatan **Klambu** melayani *warga* dengan ***cepat***.\nLagi `kode` di sini  \nakhir', 'bab1-a'), [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Kecamatan ' },
        { text: 'Klambu', bold: true },
        { text: ' melayani ' },
        { text: 'warga', italic: true },
        { text: ' dengan ' },
        { text: 'cepat', bold: true, italic: true },
        { text: '. Lagi kode di sini akhir' },
      ],
    },
  ]);
  assert.deepEqual(markdownBlocks('Satu.\n\nDua __tebal__ _miring_.', 'x'), [
    { kind: 'paragraph', runs: [{ text: 'Satu.' }] },
    {
      kind: 'paragraph',
      runs: [{ text: 'Dua ' }, { text: 'tebal', bold: true }, { text: ' ' }, { text: 'miring', italic: true }, { text: '.' }],
    },
  ]);
});

test('an ordered list nested in a bullet list is the item’s items; an item’s paragraphs are joined with a space', () => {
  const markdown = ['- Tujuan **satu**', '  1. sasaran a', '  2. sasaran b', '- Tujuan dua', '', '  dengan paragraf kedua', ''].join('\n');
  assert.deepEqual(markdownBlocks(markdown, 'x'), [
    {
      kind: 'list',
      ordered: false,
      items: [
        {
          runs: [{ text: 'Tujuan ' }, { text: 'satu', bold: true }],
          items: [{ runs: [{ text: 'sasaran a' }] }, { runs: [{ text: 'sasaran b' }] }],
        },
        { runs: [{ text: 'Tujuan dua dengan paragraf kedua' }] },
      ],
    },
  ]);
  assert.deepEqual(markdownBlocks('3. tiga\n4. empat\n', 'x'), [
    { kind: 'list', ordered: true, items: [{ runs: [{ text: 'tiga' }] }, { runs: [{ text: 'empat' }] }] },
  ]);
});

test('a table keeps its header and its cells as plain text, short rows filled, the columns alike', () => {
  const markdown = ['| No | Layanan | Waktu |', '|---:|:--------|-------|', '| 1 | **KTP** | 1 hari |', '| 2 | [KK](https://x.id) |'].join(
    '\n',
  );
  assert.deepEqual(markdownBlocks(markdown, 'x'), [
    {
      kind: 'table',
      header: ['No', 'Layanan', 'Waktu'],
      rows: [
        [{ text: '1' }, { text: 'KTP' }, { text: '1 hari' }],
        [{ text: '2' }, { text: 'KK' }, { text: '' }],
      ],
      widths: [1, 1, 1],
    },
  ]);
});

test('headings of every level are sub-headings, their ids counted from 1 under the prefix', () => {
  const markdown = '# Satu\n\n## Dua\n\n###### Enam\n\nSetext\n======\n\n#\n\n- ## dalam daftar\n\n### Tiga *miring*\n';
  const blocks = markdownBlocks(markdown, 'bab1-a');
  assert.deepEqual(
    blocks.filter((b) => b.kind === 'heading'),
    [
      { kind: 'heading', level: 3, text: 'Satu', id: 'bab1-a-1' },
      { kind: 'heading', level: 3, text: 'Dua', id: 'bab1-a-2' },
      { kind: 'heading', level: 3, text: 'Enam', id: 'bab1-a-3' },
      { kind: 'heading', level: 3, text: 'Setext', id: 'bab1-a-4' },
      { kind: 'heading', level: 3, text: 'Tiga miring', id: 'bab1-a-5' },
    ],
    'an empty heading is dropped; one inside a list item is the item’s text',
  );
  assert.deepEqual(
    blocks.find((b) => b.kind === 'list'),
    { kind: 'list', ordered: false, items: [{ runs: [{ text: 'dalam daftar' }] }] },
  );
});

test('hostile HTML stays literal text in the runs, never markup', () => {
  const blocks = markdownBlocks('<script>alert(1)</script>\n\nIni <b>x</b> dan <img src=x onerror=alert(1)> &amp; &lt;i&gt;', 'x');
  assert.deepEqual(blocks, [
    { kind: 'paragraph', runs: [{ text: '<script>alert(1)</script>' }] },
    { kind: 'paragraph', runs: [{ text: 'Ini <b>x</b> dan <img src=x onerror=alert(1)> & <i>' }] },
  ]);
  assert.deepEqual(texts(markdownBlocks('| <b>a</b> |\n|---|\n| <script>b</script> |\n\n- <i>c</i>\n', 'x')), [
    '<b>a</b>',
    '<script>b</script>',
    '<i>c</i>',
  ]);
});

test('a link keeps its text only, an image its alt text, an autolink its address as text', () => {
  assert.deepEqual(
    markdownBlocks('Lihat [situs **resmi**](https://evil.example/"onclick) dan ![logo kabupaten](logo.png) <https://grobogan.go.id>', 'x'),
    [
      {
        kind: 'paragraph',
        runs: [{ text: 'Lihat situs ' }, { text: 'resmi', bold: true }, { text: ' dan logo kabupaten https://grobogan.go.id' }],
      },
    ],
  );
});

test('a code fence and indented code are one paragraph per line, blank lines dropped', () => {
  assert.deepEqual(markdownBlocks('```yaml\nkode: KECKLB.01\n\nnama: <Layanan>\n```\n\n    baris terindentasi\n', 'x'), [
    { kind: 'paragraph', runs: [{ text: 'kode: KECKLB.01' }] },
    { kind: 'paragraph', runs: [{ text: 'nama: <Layanan>' }] },
    { kind: 'paragraph', runs: [{ text: 'baris terindentasi' }] },
  ]);
});

test('a block quote is its inner blocks; a thematic break is dropped', () => {
  assert.deepEqual(markdownBlocks('> Kutipan **penting**\n>\n> - butir\n\n---\n\nSesudah', 'x'), [
    { kind: 'paragraph', runs: [{ text: 'Kutipan ' }, { text: 'penting', bold: true }] },
    { kind: 'list', ordered: false, items: [{ runs: [{ text: 'butir' }] }] },
    { kind: 'paragraph', runs: [{ text: 'Sesudah' }] },
  ]);
});

test('Windows line endings read as Unix ones', () => {
  const unix = '# Judul\n\nBaris satu\nbaris dua\n\n- a\n- b\n\n| A |\n|---|\n| 1 |\n';
  const windows = unix.replace(/\n/g, '\r\n');
  assert.deepEqual(markdownBlocks(windows, 'x'), markdownBlocks(unix, 'x'));
  assert.deepEqual(markdownBlocks('Baris satu\r\nbaris dua\r\n', 'x'), [{ kind: 'paragraph', runs: [{ text: 'Baris satu baris dua' }] }]);
  assert.ok(texts(markdownBlocks(windows, 'x')).every((t) => !t.includes('\r')));
});

test('empty or blank input is no blocks', () => {
  assert.deepEqual(markdownBlocks('', 'x'), []);
  assert.deepEqual(markdownBlocks('  \n\t\r\n\n', 'x'), []);
  assert.deepEqual(markdownBlocks('---\n', 'x'), []);
});
