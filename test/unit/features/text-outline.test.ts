import assert from 'node:assert/strict';
import { test } from 'node:test';
import { get, outline, textsOf } from '../../../server/src/service/features/text-outline';

test('a closer of the other kind inside a flow is stepped over, not read forever (fuzz seed 20261129)', () => {
  for (const text of ['keluaran: [Konsep, surat nar}asumber]\n', 'a: {k: ]v}\n', 'a: [}}}]\nb: [x]\n', 'a: {]]]: 1}\n']) {
    const root = outline(text);
    assert.ok(root !== undefined, text);
  }
  assert.deepEqual(textsOf(get(outline('keluaran: [Konsep, surat nar}asumber]\nb: 1\n'), 'keluaran')), ['Konsep', 'surat nar']);
  assert.deepEqual(textsOf(get(outline('a: [}}}]\nb: [x]\n'), 'b')), ['x']);
});

test('a text the service refuses (too deep) has no outline', () => {
  assert.equal(outline('a: ' + '['.repeat(500) + ']'.repeat(500)), undefined);
  assert.ok(outline('a: ' + '['.repeat(20) + ']'.repeat(20)) !== undefined);
});
