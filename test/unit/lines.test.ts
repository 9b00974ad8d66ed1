import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { columnOf, lineEndOf, lineStartOf, lineStarts } from '../../server/src/service/lines';
import { offsetAt, positionAt } from '../../server/src/service';
import { parseFile } from '../../server/src/service/parse';

/** Texts whose lines end every way a file may end them, mixed. */
const TEXTS = ['', 'a', 'a\n', 'a: 1\nb: 2', 'a: 1\r\nb: 2\r\n', 'a\rb\rc', 'a\r\n\r\nb\n\rc\r', '\n\r\n\r', 'x: "1\r2"\ny: 3\n'];

test('lines end at \\r\\n, \\n and a lone \\r, as an LSP client counts them', () => {
  for (const text of TEXTS) {
    const client = TextDocument.create('file:///a.ppb.yaml', 'yaml', 1, text);
    const starts = lineStarts(text);
    assert.equal(starts.length, client.lineCount, JSON.stringify(text));
    starts.forEach((start, line) => assert.equal(start, client.offsetAt({ line, character: 0 }), `${JSON.stringify(text)} line ${line}`));
  }
});

test('the start, column and end of the line at each offset agree with the line table', () => {
  for (const text of TEXTS) {
    const starts = lineStarts(text);
    for (let offset = 0; offset <= text.length; offset++) {
      // Inside a `\r\n` the offset still belongs to the line the pair ends.
      const line = starts.filter((s) => s <= offset).length - 1;
      const start = starts[line] ?? 0;
      const where = `${JSON.stringify(text)} at ${offset}`;
      assert.equal(
        lineStartOf(text, offset),
        offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? lineStartOf(text, offset - 1) : start,
        where,
      );
      assert.equal(columnOf(text, offset), offset - lineStartOf(text, offset), where);
      const end = lineEndOf(text, offset);
      assert.ok(end >= offset && (end === text.length || text[end] === '\n' || text[end] === '\r'), where);
      assert.ok(!/[\r\n]/.test(text.slice(offset, end)), where);
    }
  }
});

test('positions sent to a client and offsets read back use the same table', () => {
  for (const text of TEXTS) {
    const parsed = parseFile('file:///a.ppb.yaml', text);
    const client = TextDocument.create('file:///a.ppb.yaml', 'yaml', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between the two characters of one line break: no position
      assert.deepEqual(positionAt(parsed, offset), client.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
      assert.equal(offsetAt(parsed, client.positionAt(offset)), offset, `${JSON.stringify(text)} at ${offset}`);
    }
  }
});
